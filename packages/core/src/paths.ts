/**
 * The one place that knows where the files the code reads from disk at run time live: the Drizzle
 * migrations, the GLSL wrapper, the Python worker (its PYTHONPATH root), the gallery's static
 * assets and the bundled corpus (programs/, for `shadertrain demo`). Three layouts:
 *
 * - an environment variable names the folder (`SHADERTRAIN_MIGRATIONS_DIR`, `SHADERTRAIN_GLSL_DIR`
 *   — the Python engine honours this one too —, `SHADERTRAIN_PYTHON_ROOT`, `SHADERTRAIN_ASSETS_DIR`,
 *   `SHADERTRAIN_PROGRAMS_DIR`);
 * - source (tsx runs this file): the folders of the repository, relative to packages/core/src;
 * - bundle (esbuild inlined this module into e.g. dist/shadertrain.mjs, see scripts/bundle.mjs):
 *   `migrations/`, `glsl/`, `python/`, `assets/`, `programs/` beside the bundle, or beside one of its parent
 *   folders (so `/opt/x/dist/shadertrain.mjs` finds `/opt/x/migrations`, and a Lambda bundle finds
 *   the folders that SST's `copyFiles` put at its root).
 *
 * The `gallery` folder holds the files the API serves under /assets/<name> by that name
 * (`gallery/preview.js`, `uplot/uPlot.iife.min.js`, `swagger-ui-dist/swagger-ui.css`, ...); in the
 * source layout only its `gallery/` part exists (packages/functions/src/gallery/assets) and the
 * vendor files come from node_modules (see packages/functions/src/gallery/files.ts).
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export type AssetKind = 'migrations' | 'glsl' | 'python' | 'gallery' | 'programs';

/** The environment variable that overrides each folder. */
export const ASSET_ENV: Record<AssetKind, string> = {
  migrations: 'SHADERTRAIN_MIGRATIONS_DIR',
  glsl: 'SHADERTRAIN_GLSL_DIR',
  python: 'SHADERTRAIN_PYTHON_ROOT',
  gallery: 'SHADERTRAIN_ASSETS_DIR',
  programs: 'SHADERTRAIN_PROGRAMS_DIR',
};

/** Folder names beside the bundle (scripts/bundle.mjs writes these). */
export const BUNDLE_DIRS: Record<AssetKind, string> = { migrations: 'migrations', glsl: 'glsl', python: 'python', gallery: 'assets', programs: 'programs' };

/** Folders of the source tree, relative to packages/core/src. */
const SOURCE_DIRS: Record<AssetKind, string> = {
  migrations: '../migrations',
  glsl: '../glsl',
  python: '../../trainer/python',
  gallery: '../../functions/src/gallery/assets',
  programs: '../../../programs',
};

const selfFile = fileURLToPath(import.meta.url);
const here = dirname(selfFile);

/** 'source' when this module runs as packages/core/src/paths.ts, else 'bundle'. */
export const layout: 'source' | 'bundle' = /[\\/]paths\.ts$/.test(selfFile) ? 'source' : 'bundle';

function bundleDir(name: string): string {
  for (let d = here; ; d = dirname(d)) {
    const p = join(d, name);
    if (existsSync(p)) return p;
    if (dirname(d) === d) return join(here, name); // not found: name the expected place in errors
  }
}

const cache = new Map<AssetKind, string>();

/** The folder of one kind, without the environment override (the default the override replaces). */
export function defaultAssetDir(kind: AssetKind): string {
  let d = cache.get(kind);
  if (!d) cache.set(kind, (d = layout === 'source' ? resolve(here, SOURCE_DIRS[kind]) : bundleDir(BUNDLE_DIRS[kind])));
  return d;
}

/**
 * Absolute path of a folder (or of a file in it) of one kind; the environment variable wins.
 *
 * @example
 * assetPath('migrations')                 // .../packages/core/migrations (source) or .../dist/migrations (bundle)
 * assetPath('glsl', 'wrapper.frag')
 */
export function assetPath(kind: AssetKind, ...parts: string[]): string {
  const env = process.env[ASSET_ENV[kind]];
  return join(env ? resolve(env) : defaultAssetDir(kind), ...parts);
}

/**
 * Environment for a Python child process (render server, trainer worker): the worker on
 * PYTHONPATH (before any inherited entries) and SHADERTRAIN_GLSL_DIR, so the engine reads the
 * same wrapper as this process wherever the two folders were copied.
 *
 * @example
 * spawn(python, ['-m', 'shadertrain.render', 'serve'], { env: { ...process.env, ...pythonEnv(process.env.PYTHONPATH) } });
 */
export function pythonEnv(inheritedPythonPath?: string): { PYTHONPATH: string; SHADERTRAIN_GLSL_DIR: string } {
  return {
    PYTHONPATH: [assetPath('python'), inheritedPythonPath].filter(Boolean).join(':'),
    SHADERTRAIN_GLSL_DIR: assetPath('glsl'),
  };
}
