// GET /snapshots, /snapshots/{id}
import { createRoute, z } from '@hono/zod-openapi';
import { apiError } from '../errors.ts';
import { CursorParam, Limit, SafeId, SnapshotPageSchema, SnapshotSchema } from '../schemas.ts';
import { API, errors, type ApiApp, type RouteContext } from './context.ts';

export function registerSnapshots(app: ApiApp, ctx: RouteContext) {
  const list = createRoute({
    method: 'get', path: `${API}/snapshots`, tags: ['snapshots'], summary: 'Training snapshots, newest first',
    request: { query: z.object({ cursor: CursorParam, limit: Limit(ctx.maxPageSize, 50) }) },
    responses: { 200: { description: 'a page of snapshots', content: { 'application/json': { schema: SnapshotPageSchema } } }, ...errors(400) },
  });
  app.openapi(list, async (c) => c.json(await c.var.catalog.listSnapshots(c.req.valid('query')), 200));

  const one = createRoute({
    method: 'get', path: `${API}/snapshots/{id}`, tags: ['snapshots'], summary: 'One snapshot',
    request: { params: z.object({ id: SafeId }) },
    responses: { 200: { description: 'the snapshot', content: { 'application/json': { schema: SnapshotSchema } } }, ...errors(400, 404) },
  });
  app.openapi(one, async (c) => {
    const { id } = c.req.valid('param');
    const s = await c.var.catalog.getSnapshot(id);
    if (!s) throw apiError('not-found', `no snapshot ${id}`, 'id');
    return c.json(s, 200);
  });
}
