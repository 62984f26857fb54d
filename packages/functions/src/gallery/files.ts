// Node asset source: reads the /assets files from disk once and keeps them in memory.
// (Node only; the Workers bundle uses bundled.ts instead, so it never imports node:fs.)
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { assetPath, ASSET_ENV, layout } from '@shadertrain/core/paths';
import type { AssetSource } from '../api/deps.ts';
import { contentTypeOf } from './asset-names.ts';

// The list of served files lives in asset-files.json, which scripts/bundle.mjs reads too.
import assetFiles from './asset-files.json' with { type: 'json' };

/** The vendor files served from node_modules in the source layout: asset name → [package, path in it]. */
export const VENDOR_ASSETS: Record<string, string[]> = assetFiles.vendor;
const OWN_ASSETS = assetFiles.own;

/**
 * Asset name → file on disk. Source layout: the gallery's own files from
 * packages/functions/src/gallery/assets, vendor files from node_modules. Bundle layout (or
 * SHADERTRAIN_ASSETS_DIR): one folder holding every file under its asset name (see
 * @shadertrain/core/paths and scripts/bundle.mjs). The GLSL files come from assetPath('glsl').
 */
export function assetPaths(): Record<string, string> {
  const paths: Record<string, string> = {
    'glsl/wrapper.frag': assetPath('glsl', 'wrapper.frag'),
    'glsl/tile.vert': assetPath('glsl', 'tile.vert'),
  };
  if (layout === 'source' && !process.env[ASSET_ENV.gallery]) {
    const require = createRequire(import.meta.url);
    const pkgDir = (name: string) => dirname(require.resolve(`${name}/package.json`));
    for (const f of OWN_ASSETS) paths[`gallery/${f}`] = assetPath('gallery', f);
    for (const [name, [pkg, file]] of Object.entries(VENDOR_ASSETS)) paths[name] = join(pkgDir(pkg), file);
  } else {
    for (const f of OWN_ASSETS) paths[`gallery/${f}`] = assetPath('gallery', 'gallery', f);
    for (const name of Object.keys(VENDOR_ASSETS)) paths[name] = assetPath('gallery', name);
  }
  return paths;
}

/**
 * @example
 * createApp({ ..., assets: fileAssets() });
 */
export function fileAssets(): AssetSource {
  const paths = assetPaths();
  const loaded = new Map<string, Promise<string>>();
  return {
    async get(name) {
      const path = paths[name];
      if (!path) return null;
      let p = loaded.get(name);
      if (!p) loaded.set(name, (p = readFile(path, 'utf8')));
      return { body: await p, contentType: contentTypeOf(name) };
    },
  };
}
