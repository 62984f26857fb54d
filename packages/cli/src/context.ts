// What every command that touches the catalog needs, opened once from the one config.
import { loadConfig, type Config } from '@shadertrain/core/config';
import { openCatalog, type Catalog } from '@shadertrain/core/catalog/index';
import { openBlobStore, type BlobStore } from '@shadertrain/core/blob/index';
import type { Database } from '@shadertrain/core/db/client';
import { createJobCatalog, type JobCatalog } from '@shadertrain/functions/jobs/catalog';

export interface Context {
  config: Config;
  catalog: Catalog & { database: Database };
  /** The crawl/validate jobs' view of the same database. */
  jobs: JobCatalog;
  blobs: BlobStore;
  close(): Promise<void>;
}

/** Opens the catalog and blob store named by the config (PGlite + a local directory by default). */
export async function openContext(): Promise<Context> {
  const config = loadConfig();
  const catalog = await openCatalog(config.databaseUrl);
  return {
    config,
    catalog,
    jobs: createJobCatalog(catalog.database.db),
    blobs: openBlobStore(config.blobUrl),
    close: () => catalog.close(),
  };
}

/** Runs `fn` with an open context and always closes it. */
export async function withContext<T>(fn: (ctx: Context) => Promise<T>): Promise<T> {
  const ctx = await openContext();
  try { return await fn(ctx); } finally { await ctx.close(); }
}
