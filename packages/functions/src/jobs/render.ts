// Where validation gets its renderers: packages/core's RenderClient, one killable Python render
// server per client (docs/architecture.md "Render client").
import { RenderClient, type RenderClientOptions } from '@shadertrain/core/render/client';

/**
 * `count` render clients (each spawns its server on first use); close them when done.
 *
 * @example
 * const renderers = openRenderers({ device: 'cpu', deadlineMs: 10_000 }, 2);
 * try { await validatePending({ catalog, blobs, render: renderers }); } finally { await Promise.all(renderers.map((r) => r.close())); }
 */
export function openRenderers(options: RenderClientOptions = {}, count = 1): RenderClient[] {
  return Array.from({ length: Math.max(1, count) }, () => new RenderClient(options));
}
