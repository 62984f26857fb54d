// GET /stats (catalog statistics) and /sources.
import { createRoute } from '@hono/zod-openapi';
import { SourceListSchema, StatsSchema } from '../schemas.ts';
import { API, type ApiApp } from './context.ts';

export function registerCatalog(app: ApiApp) {
  const stats = createRoute({
    method: 'get', path: `${API}/stats`, tags: ['catalog'], summary: 'Catalog statistics: by status, source, license, rejection reason; crawl history',
    responses: { 200: { description: 'statistics', content: { 'application/json': { schema: StatsSchema } } } },
  });
  app.openapi(stats, async (c) => c.json(await c.var.catalog.catalogStats(), 200));

  const sources = createRoute({
    method: 'get', path: `${API}/sources`, tags: ['catalog'], summary: 'Program sources with counts and last crawl',
    responses: { 200: { description: 'sources', content: { 'application/json': { schema: SourceListSchema } } } },
  });
  app.openapi(sources, async (c) => c.json({ items: await c.var.catalog.listSources() }, 200));
}
