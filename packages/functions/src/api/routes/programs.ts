// GET /programs, /programs/{id}, /programs/{id}/thumbnail.png
import { createRoute, z } from '@hono/zod-openapi';
import { fnv1a } from '../cache.ts';
import { apiError } from '../errors.ts';
import { CursorParam, Limit, ProgramId, ProgramPageSchema, ProgramSchema, programStatus } from '../schemas.ts';
import { API, errors, type ApiApp, type RouteContext } from './context.ts';

/** The thumbnail URL of a program: versioned by its blob key, so the response can be cached forever. */
export const thumbnailUrl = (id: string, key: string | null) => (key ? `${API}/programs/${id}/thumbnail.png?v=${fnv1a(key)}` : null);

export function registerPrograms(app: ApiApp, ctx: RouteContext) {
  const list = createRoute({
    method: 'get', path: `${API}/programs`, tags: ['programs'], summary: 'List programs (keyset-paged, filtered)',
    request: {
      query: z.object({
        status: programStatus.optional(), source: z.string().max(128).optional(), license: z.string().max(128).optional(),
        family: z.string().max(128).optional(), q: z.string().min(1).max(200).optional(),
        sort: z.enum(['newest', 'oldest', 'id']).default('newest'), cursor: CursorParam, limit: Limit(ctx.maxPageSize, 50),
      }),
    },
    responses: { 200: { description: 'a page of programs', content: { 'application/json': { schema: ProgramPageSchema } } }, ...errors(400) },
  });
  app.openapi(list, async (c) => c.json(await c.var.catalog.listPrograms(c.req.valid('query')), 200));

  const one = createRoute({
    method: 'get', path: `${API}/programs/{id}`, tags: ['programs'], summary: 'One program with its normalized source, provenance and statistics',
    request: { params: z.object({ id: ProgramId }) },
    responses: { 200: { description: 'the program', content: { 'application/json': { schema: ProgramSchema } } }, ...errors(400, 404) },
  });
  app.openapi(one, async (c) => {
    const { id } = c.req.valid('param');
    const p = await c.var.catalog.getProgram(id);
    if (!p) throw apiError('not-found', `no program ${id}`, 'id');
    const src = await ctx.blobs.get(p.sourceKey);
    const { sourceKey: _s, thumbnailKey, ...rest } = p;
    return c.json({
      ...rest,
      source: src ? new TextDecoder().decode(src) : null,
      thumbnailUrl: thumbnailUrl(p.id, thumbnailKey),
      licenses: [...new Set(p.provenance.map((r) => r.license))],
    }, 200);
  });

  const thumb = createRoute({
    method: 'get', path: `${API}/programs/{id}/thumbnail.png`, tags: ['programs'], summary: 'The program thumbnail (PNG)',
    request: { params: z.object({ id: ProgramId }), query: z.object({ v: z.string().max(32).optional() }) },
    responses: { 200: { description: 'PNG image', content: { 'image/png': { schema: z.any().openapi({ type: 'string', format: 'binary' }) } } }, 304: { description: 'not modified' }, ...errors(400, 404) },
  });
  app.openapi(thumb, async (c) => {
    const { id } = c.req.valid('param');
    const { v } = c.req.valid('query');
    const p = await c.var.catalog.getProgram(id);
    if (!p?.thumbnailKey) throw apiError('not-found', `program ${id} has no thumbnail`, 'id');
    const version = fnv1a(p.thumbnailKey);
    const etag = `"${version}"`;
    // A URL that names the current version never changes (the key is content-addressed): cache it forever.
    const cacheControl = v === version ? 'public, max-age=31536000, immutable' : 'public, max-age=300';
    if (c.req.header('if-none-match') === etag) return c.body(null, 304, { etag, 'cache-control': cacheControl });
    const png = await ctx.blobs.get(p.thumbnailKey);
    if (!png) throw apiError('not-found', `thumbnail blob of program ${id} is missing`, 'id');
    return c.body(png as Uint8Array<ArrayBuffer>, 200, { 'content-type': 'image/png', etag, 'cache-control': cacheControl, 'content-length': String(png.byteLength) });
  });
}
