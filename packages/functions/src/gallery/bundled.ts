// Workers asset source: the same files, imported as text modules by wrangler (see the `rules` in
// packages/functions/wrangler.toml), so the Worker serves them without a filesystem.
import type { AssetSource } from '../api/deps.ts';
import { contentTypeOf } from './asset-names.ts';
// @ts-ignore text module (wrangler rule)
import previewJs from './assets/preview.js';
// @ts-ignore text module (wrangler rule)
import chartsJs from './assets/charts.js';
// @ts-ignore text module (wrangler rule)
import galleryCss from './assets/gallery.css';
// @ts-ignore text module (wrangler rule)
import wrapperFrag from '../../../core/glsl/wrapper.frag';
// @ts-ignore text module (wrangler rule)
import tileVert from '../../../core/glsl/tile.vert';
// @ts-ignore text module (wrangler rule)
import uplotJs from 'uplot/dist/uPlot.iife.min.js';
// @ts-ignore text module (wrangler rule)
import uplotCss from 'uplot/dist/uPlot.min.css';
// @ts-ignore text module (wrangler rule)
import swaggerJs from 'swagger-ui-dist/swagger-ui-bundle.js';
// @ts-ignore text module (wrangler rule)
import swaggerCss from 'swagger-ui-dist/swagger-ui.css';

const files: Record<string, string> = {
  'gallery/preview.js': previewJs, 'gallery/charts.js': chartsJs, 'gallery/gallery.css': galleryCss,
  'glsl/wrapper.frag': wrapperFrag, 'glsl/tile.vert': tileVert,
  'uplot/uPlot.iife.min.js': uplotJs, 'uplot/uPlot.min.css': uplotCss,
  'swagger-ui-dist/swagger-ui-bundle.js': swaggerJs, 'swagger-ui-dist/swagger-ui.css': swaggerCss,
};

export const bundledAssets: AssetSource = {
  async get(name) {
    const body = files[name];
    return body === undefined ? null : { body, contentType: contentTypeOf(name) };
  },
};
