// POST /crawls, /snapshots, /runs, /runs/{id}/cancel — behind the bearer token (see createApp).
import { createRoute, z } from '@hono/zod-openapi';
import { apiError } from '../errors.ts';
import {
  CrawlQueuedSchema, CrawlRequestSchema, RunCancelledSchema, RunRequestSchema, RunSummarySchema, SafeId, SnapshotRequestSchema, SnapshotSchema,
} from '../schemas.ts';
import type { ApiActions } from '../deps.ts';
import { API, errors, type ApiApp, type RouteContext } from './context.ts';

/** The write paths, so createApp can put the token check in front of them. */
export const WRITE_PATHS = [`${API}/crawls`, `${API}/snapshots`, `${API}/runs`, `${API}/runs/:id/cancel`];

const security = [{ bearer: [] }];
const json = <T extends z.ZodType>(schema: T) => ({ required: true, content: { 'application/json': { schema } } });

function need<K extends keyof ApiActions>(ctx: RouteContext, name: K): NonNullable<ApiActions[K]> {
  const f = ctx.actions[name];
  if (!f) throw apiError('not-implemented', `${name} is not available on this deployment`, undefined, 501);
  return f.bind(ctx.actions) as NonNullable<ApiActions[K]>;
}

export function registerWrites(app: ApiApp, ctx: RouteContext) {
  const done = () => ctx.cache?.clear();
  const err = errors(400, 401, 403, 404, 413, 501);

  app.openapi(createRoute({
    method: 'post', path: `${API}/crawls`, tags: ['writes'], security, summary: 'Trigger a crawl of some or all sources',
    request: { body: json(CrawlRequestSchema) },
    responses: { 202: { description: 'queued', content: { 'application/json': { schema: CrawlQueuedSchema } } }, ...err },
  }), async (c) => {
    const r = await need(ctx, 'requestCrawl')(c.req.valid('json'));
    done();
    return c.json(r, 202);
  });

  app.openapi(createRoute({
    method: 'post', path: `${API}/snapshots`, tags: ['writes'], security, summary: 'Create a training snapshot from a filter',
    request: { body: json(SnapshotRequestSchema) },
    responses: { 201: { description: 'created', content: { 'application/json': { schema: SnapshotSchema } } }, ...err },
  }), async (c) => {
    const r = await need(ctx, 'createSnapshot')(c.req.valid('json'));
    done();
    return c.json(r, 201);
  });

  app.openapi(createRoute({
    method: 'post', path: `${API}/runs`, tags: ['writes'], security, summary: 'Queue a training run on a snapshot',
    request: { body: json(RunRequestSchema) },
    responses: { 201: { description: 'queued', content: { 'application/json': { schema: RunSummarySchema } } }, ...err },
  }), async (c) => {
    const r = await need(ctx, 'queueRun')(c.req.valid('json'));
    done();
    return c.json(r, 201);
  });

  app.openapi(createRoute({
    method: 'post', path: `${API}/runs/{id}/cancel`, tags: ['writes'], security, summary: 'Cancel a queued or running run',
    request: { params: z.object({ id: SafeId }) },
    responses: { 200: { description: 'cancellation recorded', content: { 'application/json': { schema: RunCancelledSchema } } }, ...err },
  }), async (c) => {
    const { id } = c.req.valid('param');
    const r = await need(ctx, 'cancelRun')(id);
    if (!r) throw apiError('not-found', `no run ${id}`, 'id');
    done();
    return c.json(r, 200);
  });
}
