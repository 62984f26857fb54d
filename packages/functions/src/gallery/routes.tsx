// Gallery routes: server-rendered pages over the same catalog reads as the API.
import { z } from '@hono/zod-openapi';
import { apiError } from '../api/errors.ts';
import type { ApiApp, RouteContext } from '../api/routes/context.ts';
import { CheckpointsPage } from './checkpoints.tsx';
import { GridPage, ProgramPage } from './programs.tsx';
import { RunPage, RunsPage } from './runs.tsx';

const gridQuery = z.object({
  status: z.enum(['pending', 'valid', 'rejected', 'quarantined']).optional().catch(undefined),
  source: z.string().max(128).optional(), license: z.string().max(128).optional(), family: z.string().max(128).optional(),
  q: z.string().max(200).optional(), cursor: z.string().max(512).optional(),
});
const blank = (v: string | undefined) => (v === undefined || v === '' ? undefined : v);
const html = { 'cache-control': 'public, max-age=5' };

export function registerGallery(app: ApiApp, ctx: RouteContext) {
  app.get('/', async (c) => {
    const raw = gridQuery.parse(c.req.query());
    const query = { status: raw.status, source: blank(raw.source), license: blank(raw.license), family: blank(raw.family), q: blank(raw.q), cursor: blank(raw.cursor), limit: 60 };
    const [page, stats] = await Promise.all([c.var.catalog.listPrograms(query), c.var.catalog.catalogStats({ crawls: 0 })]);
    const families = await c.var.catalog.listFamilies();
    return c.html(<GridPage page={page} query={query} sources={Object.keys(stats.bySource)} licenses={Object.keys(stats.byLicense)} families={families} />, 200, html);
  });

  app.get('/programs/:id', async (c) => {
    const id = c.req.param('id');
    if (!/^[0-9a-f]{6,64}$/.test(id)) throw apiError('bad-input', 'a program id is lowercase hex', 'id');
    const p = await c.var.catalog.getProgram(id);
    if (!p) throw apiError('not-found', `no program ${id}`, 'id');
    const src = await ctx.blobs.get(p.sourceKey);
    return c.html(<ProgramPage program={p} source={src ? new TextDecoder().decode(src) : null} />, 200, html);
  });

  app.get('/runs', async (c) => c.html(<RunsPage page={await c.var.catalog.listRuns({ limit: 100 })} />, 200, html));

  app.get('/runs/:id', async (c) => {
    const r = await c.var.catalog.getRun(c.req.param('id'));
    if (!r) throw apiError('not-found', `no run ${c.req.param('id')}`, 'id');
    return c.html(<RunPage run={r} />, 200, html);
  });

  app.get('/checkpoints', async (c) => {
    const q = z.object({
      dataset: z.string().max(128).optional(), protocol: z.enum(['linear', 'knn', 'fewshot']).optional().catch(undefined), metric: z.string().max(64).optional(),
    }).parse(c.req.query());
    const page = await c.var.catalog.listCheckpoints({ ...q, limit: 100 });
    return c.html(<CheckpointsPage page={page} dataset={q.dataset} protocol={q.protocol} />, 200, html);
  });
}
