// The one place where the jobs find their resources: packages/core's config (environment,
// defaults) with, when deployed by SST, the resources linked to the function layered on top.
//
// SST passes linked resources as `SST_RESOURCE_<Name>` JSON environment variables and, for
// bundled Lambda functions, in an AES-256-GCM file named by `SST_KEY_FILE` (key in `SST_KEY`).
// The `sst` npm package's `Resource` reads exactly these; we read them here instead because that
// package drags the SST CLI binary in as an optional dependency (≈100 MB) for ~40 lines of parsing.
import { readFileSync } from 'node:fs';
import { createDecipheriv } from 'node:crypto';
import { loadConfig, type Config, type ConfigOverrides } from '@shadertrain/core/config';
import { openDatabase } from '@shadertrain/core/db/client';
import { openBlobStore } from '@shadertrain/core/blob/open';
import type { BlobStore } from '@shadertrain/core/blob/types';
import { createJobCatalog, type JobCatalog } from './catalog.ts';
import { noopEnqueue, sqsEnqueue, type Enqueue } from './queue.ts';

/** Names of the linked resources, as declared in infra/ (infra tests check both sides agree). */
export const LINKS = {
  bucket: 'CatalogBucket',
  database: 'CatalogDatabase',
  queue: 'ValidationQueue',
  shadertoyApiKey: 'ShadertoyApiKey',
  apiToken: 'ApiToken',
} as const;

type Linked = Record<string, Record<string, unknown>>;

/**
 * Every resource linked to this process (empty outside an SST deployment).
 *
 * @example
 * linkedResources({ SST_RESOURCE_CatalogBucket: '{"name":"app-bucket"}' }).CatalogBucket.name // 'app-bucket'
 */
export function linkedResources(env: NodeJS.ProcessEnv = process.env): Linked {
  const out: Linked = {};
  for (const [k, v] of Object.entries(env)) {
    if (k.startsWith('SST_RESOURCE_') && v) out[k.slice('SST_RESOURCE_'.length)] = JSON.parse(v) as Record<string, unknown>;
  }
  if (env.SST_KEY && env.SST_KEY_FILE) {
    const data = readFileSync(env.SST_KEY_FILE);
    const decipher = createDecipheriv('aes-256-gcm', Buffer.from(env.SST_KEY, 'base64'), Buffer.alloc(12, 0));
    decipher.setAuthTag(data.subarray(-16));
    const plain = Buffer.concat([decipher.update(data.subarray(0, -16)), decipher.final()]);
    Object.assign(out, JSON.parse(plain.toString('utf8')) as Linked);
  }
  return out;
}

export interface JobSettings {
  config: Config;
  /** The validation queue (deployed); absent locally. */
  queueUrl?: string;
}

/**
 * The configuration the jobs run with: linked resources win over the environment.
 *
 * @example
 * jobSettings().config.databaseUrl // postgres://… from the linked CatalogDatabase when deployed
 */
export function jobSettings(env: NodeJS.ProcessEnv = process.env, overrides: ConfigOverrides = {}): JobSettings {
  const r = linkedResources(env);
  const linked: ConfigOverrides = {};
  const bucket = r[LINKS.bucket];
  if (bucket?.name) linked.blobUrl = `s3://${String(bucket.name)}/`;
  const pg = r[LINKS.database];
  if (pg?.host) {
    const user = encodeURIComponent(String(pg.username));
    const pass = encodeURIComponent(String(pg.password));
    linked.databaseUrl = `postgres://${user}:${pass}@${String(pg.host)}:${String(pg.port ?? 5432)}/${String(pg.database)}?sslmode=require`;
  }
  const key = r[LINKS.shadertoyApiKey]?.value;
  if (typeof key === 'string' && key) linked.shadertoyApiKey = key;
  const token = r[LINKS.apiToken]?.value;
  if (typeof token === 'string' && token) linked.apiToken = token;
  // Lambda's file system is read-only except /tmp.
  if (env.AWS_LAMBDA_FUNCTION_NAME && !env.SHADERTRAIN_HOME) linked.home = '/tmp/shadertrain';
  const queueUrl = r[LINKS.queue]?.url;
  return { config: loadConfig({ ...linked, ...overrides }, env), queueUrl: typeof queueUrl === 'string' ? queueUrl : undefined };
}

export interface JobContext {
  settings: JobSettings;
  catalog: JobCatalog;
  blobs: BlobStore;
  enqueue: Enqueue;
  close(): Promise<void>;
}

/**
 * Opens what the jobs need (database, blob store, queue) from {@link jobSettings}.
 *
 * @example
 * const ctx = await openJobContext();
 * try { await crawl({ source, catalog: ctx.catalog, blobs: ctx.blobs, enqueue: ctx.enqueue }); } finally { await ctx.close(); }
 */
export async function openJobContext(settings: JobSettings = jobSettings()): Promise<JobContext> {
  const database = await openDatabase(settings.config.databaseUrl, { maxConnections: 2 });
  return {
    settings,
    catalog: createJobCatalog(database.db),
    blobs: openBlobStore(settings.config.blobUrl),
    enqueue: settings.queueUrl ? sqsEnqueue({ queueUrl: settings.queueUrl }) : noopEnqueue,
    close: () => database.close(),
  };
}
