// The shadertrain HTTP app: the JSON API under /api/v1, its OpenAPI document and docs page, and the
// server-rendered gallery. One factory; the Node, Lambda and Workers handlers only build its options.
import { OpenAPIHono } from '@hono/zod-openapi';
import { swaggerUI } from '@hono/swagger-ui';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { registerGallery } from '../gallery/routes.tsx';
import { requireToken } from './auth.ts';
import { ResponseCache, cachedJson } from './cache.ts';
import type { ApiEnv, AppOptions } from './deps.ts';
import { apiError, errorResponse } from './errors.ts';
import { registerCatalog } from './routes/catalog.ts';
import { registerCheckpoints } from './routes/checkpoints.ts';
import { API, type RouteContext } from './routes/context.ts';
import { registerPrograms } from './routes/programs.ts';
import { registerRuns } from './routes/runs.ts';
import { registerSnapshots } from './routes/snapshots.ts';
import { WRITE_PATHS, registerWrites } from './routes/writes.ts';

const defaults = {
  cors: false as boolean | string[],
  cache: { maxEntries: 2000, ttlMs: 2000, itemTtlMs: 30_000 } as false | { maxEntries?: number; ttlMs?: number; itemTtlMs?: number },
  limits: { maxPageSize: 200, maxBodyBytes: 64 * 1024 },
  presignSeconds: 900,
};

/**
 * Builds the app.
 *
 * @example
 * const { db } = await openDatabase(url);
 * const app = createApp({ catalog: createCatalogReads(db), blobs: openBlobStore(blobUrl), config, assets: fileAssets() });
 * const res = await app.request('/api/v1/programs?limit=10');
 */
export function createApp(options: AppOptions) {
  // Options merged over defaults; an option passed as undefined keeps its default.
  const given = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as AppOptions;
  const opts = { ...defaults, ...given, limits: { ...defaults.limits, ...given.limits } };
  const token = opts.token ?? opts.config?.apiToken;
  const cache = opts.cache === false ? null : new ResponseCache(opts.cache.maxEntries ?? 2000, opts.cache.ttlMs ?? 2000, opts.cache.itemTtlMs ?? 30_000);
  const ctx: RouteContext = {
    blobs: opts.blobs, actions: opts.actions ?? {}, cache, maxPageSize: opts.limits.maxPageSize, presignSeconds: opts.presignSeconds,
  };

  const app = new OpenAPIHono<ApiEnv>({
    defaultHook: (result) => {
      if (result.success) return;
      const issue = result.error.issues[0]!;
      const field = issue.path.length ? issue.path.join('.') : result.target;
      throw apiError('bad-input', `${field}: ${issue.message}`, field);
    },
  });
  app.onError(errorResponse);
  app.notFound((c) => errorResponse(apiError('not-found', `no route for ${c.req.method} ${c.req.path}`), c));

  if (opts.cors) app.use(`${API}/*`, cors({ origin: opts.cors === true ? '*' : opts.cors, allowHeaders: ['Authorization', 'Content-Type', 'If-None-Match'], exposeHeaders: ['ETag'], maxAge: 600 }));
  // Cache hits are answered here, before anything they do not need (validation, the catalog).
  app.use(`${API}/*`, cachedJson(cache));
  // Only where a body can come: on node-server, touching a GET's body builds a full Request.
  app.on(['POST', 'PUT', 'PATCH', 'DELETE'], `${API}/*`, bodyLimit({
    maxSize: opts.limits.maxBodyBytes,
    onError: (c) => errorResponse(apiError('too-large', `request body is larger than ${opts.limits.maxBodyBytes} bytes`, 'body'), c),
  }));
  for (const path of WRITE_PATHS) app.on('POST', path, requireToken(token));
  const provider = opts.catalog;
  app.use('*', async (c, next) => {
    if (!c.req.path.startsWith('/assets/')) c.set('catalog', typeof provider === 'function' ? await provider(c) : provider);
    await next();
  });

  app.get('/healthz', (c) => c.json({ ok: true }));
  registerPrograms(app, ctx);
  registerCatalog(app);
  registerSnapshots(app, ctx);
  registerRuns(app, ctx);
  registerCheckpoints(app, ctx);
  registerWrites(app, ctx);

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });
  const doc = { openapi: '3.1.0', info: { title: 'shadertrain API', version: '1' } } as const;
  let docJson: string | null = null; // generated once: the routes do not change after createApp
  app.get('/openapi.json', (c) => {
    docJson ??= JSON.stringify(app.getOpenAPI31Document(doc));
    return c.body(docJson, 200, { 'content-type': 'application/json', 'cache-control': 'public, max-age=60' });
  });
  app.get('/docs', swaggerUI({ url: '/openapi.json', baseUrl: '/assets', persistAuthorization: true }));

  app.get('/assets/*', async (c) => {
    const name = decodeURIComponent(c.req.path.slice('/assets/'.length));
    const a = opts.assets && /^[A-Za-z0-9._/-]+$/.test(name) && !name.includes('..') ? await opts.assets.get(name) : null;
    if (!a) throw apiError('not-found', `no asset ${name}`);
    return c.body(a.body as string, 200, { 'content-type': a.contentType, 'cache-control': 'public, max-age=3600' });
  });
  registerGallery(app, ctx);
  return app;
}

export type App = ReturnType<typeof createApp>;
