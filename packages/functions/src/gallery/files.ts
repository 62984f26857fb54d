// Node asset source: reads the /assets files from disk once and keeps them in memory.
// (Node only; the Workers bundle uses bundled.ts instead, so it never imports node:fs.)
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AssetSource } from '../api/deps.ts';
import { contentTypeOf } from './asset-names.ts';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const pkgDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

/** Asset name → file on disk. */
export function assetPaths(): Record<string, string> {
  const glsl = join(dirname(fileURLToPath(import.meta.resolve('@shadertrain/core/glsl/wrapper.frag'))));
  const uplot = join(pkgDir('uplot'), 'dist');
  const swagger = pkgDir('swagger-ui-dist');
  return {
    'gallery/preview.js': join(here, 'assets/preview.js'),
    'gallery/charts.js': join(here, 'assets/charts.js'),
    'gallery/gallery.css': join(here, 'assets/gallery.css'),
    'glsl/wrapper.frag': join(glsl, 'wrapper.frag'),
    'glsl/tile.vert': join(glsl, 'tile.vert'),
    'uplot/uPlot.iife.min.js': join(uplot, 'uPlot.iife.min.js'),
    'uplot/uPlot.min.css': join(uplot, 'uPlot.min.css'),
    'swagger-ui-dist/swagger-ui.css': join(swagger, 'swagger-ui.css'),
    'swagger-ui-dist/swagger-ui-bundle.js': join(swagger, 'swagger-ui-bundle.js'),
  };
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
