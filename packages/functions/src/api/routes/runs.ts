// GET /runs, /runs/{id} (with the metric series)
import { createRoute, z } from '@hono/zod-openapi';
import { apiError } from '../errors.ts';
import { CursorParam, Limit, RunPageSchema, RunSchema, SafeId, runStatus } from '../schemas.ts';
import { API, errors, type ApiApp, type RouteContext } from './context.ts';

export function registerRuns(app: ApiApp, ctx: RouteContext) {
  const list = createRoute({
    method: 'get', path: `${API}/runs`, tags: ['runs'], summary: 'Training runs, newest first',
    request: { query: z.object({ status: runStatus.optional(), cursor: CursorParam, limit: Limit(ctx.maxPageSize, 50) }) },
    responses: { 200: { description: 'a page of runs', content: { 'application/json': { schema: RunPageSchema } } }, ...errors(400) },
  });
  app.openapi(list, async (c) => c.json(await c.var.catalog.listRuns(c.req.valid('query')) as z.infer<typeof RunPageSchema>, 200));

  const one = createRoute({
    method: 'get', path: `${API}/runs/{id}`, tags: ['runs'], summary: 'One run: status, progress, metric series, evaluations',
    request: { params: z.object({ id: SafeId }) },
    responses: { 200: { description: 'the run', content: { 'application/json': { schema: RunSchema } } }, ...errors(400, 404) },
  });
  app.openapi(one, async (c) => {
    const { id } = c.req.valid('param');
    const r = await c.var.catalog.getRun(id);
    if (!r) throw apiError('not-found', `no run ${id}`, 'id');
    return c.json(r as z.infer<typeof RunSchema>, 200);
  });
}
