// The static files the app serves under /assets/<name>: the gallery's own scripts and CSS, the one
// GLSL wrapper of packages/core, uPlot and Swagger UI from node_modules (never a CDN).
export const ASSET_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.frag': 'text/plain; charset=utf-8', '.vert': 'text/plain; charset=utf-8',
};
export const contentTypeOf = (name: string) => ASSET_TYPES[name.slice(name.lastIndexOf('.'))] ?? 'application/octet-stream';
