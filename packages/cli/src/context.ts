// What every command that touches the catalog needs, opened once from the one config.
// Modules load on first use: `shadertrain --help` should not pay for the database driver.
import type { Config } from '@shadertrain/core/config';
import type { Catalog } from '@shadertrain/core/catalog/index';
import type { BlobStore } from '@shadertrain/core/blob/index';
import type { Database } from '@shadertrain/core/db/client';

export interface Context {
  config: Config;
  /** The repository; the crawl/validate jobs take it as their `JobCatalog`. */
  catalog: Catalog & { database: Database };
  blobs: BlobStore;
  close(): Promise<void>;
}

/** Opens the catalog and blob store named by the config (PGlite + a local directory by default). */
export async function openContext(): Promise<Context> {
  const [{ loadConfig }, { openCatalog }, { openBlobStore }] = await Promise.all([
    import('@shadertrain/core/config'), import('@shadertrain/core/catalog/index'), import('@shadertrain/core/blob/index')]);
  const config = loadConfig();
  const catalog = await openCatalog(config.databaseUrl);
  return {
    config,
    catalog,
    blobs: openBlobStore(config.blobUrl),
    close: () => catalog.close(),
  };
}

/** Runs `fn` with an open context and always closes it. */
export async function withContext<T>(fn: (ctx: Context) => Promise<T>): Promise<T> {
  const ctx = await openContext();
  try { return await fn(ctx); } finally { await ctx.close(); }
}
