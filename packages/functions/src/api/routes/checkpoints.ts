// GET /checkpoints (sortable by an evaluation metric), /checkpoints/{id}, /checkpoints/{id}/download
import { createRoute, z } from '@hono/zod-openapi';
import { apiError } from '../errors.ts';
import { CheckpointPageSchema, CheckpointSchema, CursorParam, Limit, SafeId, evalProtocol } from '../schemas.ts';
import { API, errors, type ApiApp, type RouteContext } from './context.ts';

const downloadUrl = (id: string) => `${API}/checkpoints/${id}/download`;

/** A Node Readable (file store) or web stream as a web ReadableStream, without importing node:stream. */
function toWebStream(body: unknown): ReadableStream<Uint8Array> {
  if (body instanceof ReadableStream) return body;
  const it = (body as AsyncIterable<Uint8Array>)[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(ctrl) {
      const { value, done } = await it.next();
      if (done) ctrl.close();
      else ctrl.enqueue(value);
    },
    async cancel() {
      await it.return?.();
    },
  });
}

export function registerCheckpoints(app: ApiApp, ctx: RouteContext) {
  const list = createRoute({
    method: 'get', path: `${API}/checkpoints`, tags: ['checkpoints'],
    summary: 'Checkpoints; ranked by one evaluation (dataset, protocol, metric) when given, newest first otherwise',
    request: {
      query: z.object({
        dataset: z.string().max(128).optional(), protocol: evalProtocol.optional(), metric: z.string().max(64).optional(),
        order: z.enum(['desc', 'asc']).default('desc'), runId: SafeId.optional(), cursor: CursorParam, limit: Limit(ctx.maxPageSize, 50),
      }),
    },
    responses: { 200: { description: 'a page of checkpoints', content: { 'application/json': { schema: CheckpointPageSchema } } }, ...errors(400) },
  });
  app.openapi(list, async (c) => {
    const page = await c.var.catalog.listCheckpoints(c.req.valid('query'));
    return c.json({ ...page, items: page.items.map((r) => ({ ...r, downloadUrl: downloadUrl(r.id) })) }, 200);
  });

  const one = createRoute({
    method: 'get', path: `${API}/checkpoints/{id}`, tags: ['checkpoints'], summary: 'One checkpoint with its evaluations',
    request: { params: z.object({ id: SafeId }) },
    responses: { 200: { description: 'the checkpoint', content: { 'application/json': { schema: CheckpointSchema } } }, ...errors(400, 404) },
  });
  app.openapi(one, async (c) => {
    const { id } = c.req.valid('param');
    const r = await c.var.catalog.getCheckpoint(id);
    if (!r) throw apiError('not-found', `no checkpoint ${id}`, 'id');
    const { blobKey: _k, ...rest } = r;
    return c.json({ ...rest, downloadUrl: downloadUrl(id) } as z.infer<typeof CheckpointSchema>, 200);
  });

  const download = createRoute({
    method: 'get', path: `${API}/checkpoints/{id}/download`, tags: ['checkpoints'],
    summary: 'Download the checkpoint file: a redirect to a presigned URL (S3) or the bytes (file store)',
    request: { params: z.object({ id: SafeId }) },
    responses: {
      200: { description: 'the checkpoint bytes', content: { 'application/octet-stream': { schema: z.any().openapi({ type: 'string', format: 'binary' }) } } },
      302: { description: 'redirect to a presigned URL' }, 304: { description: 'not modified' }, ...errors(400, 404),
    },
  });
  app.openapi(download, async (c) => {
    const { id } = c.req.valid('param');
    const r = await c.var.catalog.getCheckpoint(id);
    if (!r) throw apiError('not-found', `no checkpoint ${id}`, 'id');
    const name = `${id}.pt`;
    if (ctx.blobs.presign) {
      const url = await ctx.blobs.presign(r.blobKey, ctx.presignSeconds);
      return c.body(null, 302, { location: url, 'cache-control': 'no-store' });
    }
    const etag = `"${r.sha256}"`;
    if (c.req.header('if-none-match') === etag) return c.body(null, 304, { etag });
    const s = await ctx.blobs.stream(r.blobKey);
    if (!s) throw apiError('not-found', `checkpoint file of ${id} is missing from the blob store`, 'id');
    return c.body(toWebStream(s.body), 200, {
      'content-type': 'application/octet-stream', 'content-length': String(s.bytes), etag,
      'content-disposition': `attachment; filename="${name}"`, 'cache-control': 'public, max-age=31536000, immutable',
    });
  });
}
