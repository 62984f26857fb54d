// Cloudflare Workers entry point. The catalog is PostgreSQL through the `postgres` driver (Hyperdrive
// in production, a plain DATABASE_URL in dev), blobs are R2 through the S3 API. This file imports
// only what the Worker needs: no PGlite, no node:fs (db/client.ts and blob/file.ts stay out).
import postgres from 'postgres';
import { drizzle } from 'drizzle-orm/postgres-js';
import { S3BlobStore } from '@shadertrain/core/blob/s3';
import { createCatalogReads } from '@shadertrain/core/catalog/reads';
import type { Db } from '@shadertrain/core/db/client';
import * as schema from '@shadertrain/core/db/schema/index';
import { createApp } from '../api/app.ts';
import { bundledAssets } from '../gallery/bundled.ts';

export interface WorkerEnv {
  HYPERDRIVE?: { connectionString: string };
  DATABASE_URL?: string;
  /** R2's S3 endpoint, https://<account>.r2.cloudflarestorage.com (or any S3 endpoint in dev). */
  S3_ENDPOINT: string;
  S3_BUCKET: string;
  S3_PREFIX?: string;
  S3_REGION?: string;
  AWS_ACCESS_KEY_ID?: string;
  AWS_SECRET_ACCESS_KEY?: string;
  SHADERTRAIN_API_TOKEN?: string;
  /** Comma-separated allowed origins, or `*`. */
  CORS_ORIGINS?: string;
}
interface ExecutionContext { waitUntil(p: Promise<unknown>): void }

// The app is built once per isolate; a database connection is opened per request, because Workers
// do not let one request's I/O objects serve another (Hyperdrive pools the real connections).
let built: { env: WorkerEnv; app: ReturnType<typeof createApp> } | undefined;
const clients = new WeakMap<Request, postgres.Sql>();

function build(env: WorkerEnv) {
  const url = env.HYPERDRIVE?.connectionString ?? env.DATABASE_URL;
  if (!url) throw new Error('set a HYPERDRIVE binding or DATABASE_URL');
  const blobs = new S3BlobStore({
    endpoint: env.S3_ENDPOINT, bucket: env.S3_BUCKET, prefix: env.S3_PREFIX, region: env.S3_REGION ?? 'auto',
    credentials: { accessKeyId: env.AWS_ACCESS_KEY_ID ?? 'S3RVER', secretAccessKey: env.AWS_SECRET_ACCESS_KEY ?? 'S3RVER' },
  });
  const cors = env.CORS_ORIGINS ? (env.CORS_ORIGINS === '*' ? true : env.CORS_ORIGINS.split(',').map((s) => s.trim())) : false;
  return createApp({
    blobs, cors, token: env.SHADERTRAIN_API_TOKEN, assets: bundledAssets,
    catalog: (c) => {
      const sql = postgres(url, { max: 1, fetch_types: false, onnotice: () => {} });
      clients.set(c.req.raw, sql);
      return createCatalogReads(drizzle(sql, { schema }) as unknown as Db);
    },
  });
}

export default {
  async fetch(request: Request, env: WorkerEnv, ctx: ExecutionContext): Promise<Response> {
    if (built?.env !== env) built = { env, app: build(env) };
    try {
      return await built.app.fetch(request, env, ctx as never);
    } finally {
      const sql = clients.get(request);
      if (sql) ctx.waitUntil(sql.end({ timeout: 5 }));
    }
  },
};
