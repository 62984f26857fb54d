// What the API needs from the outside world. Handlers (Node, Lambda, Workers) build these.
import type { Context } from 'hono';
import type { BlobStore } from '@shadertrain/core/blob/types';
import type { CatalogReads } from '@shadertrain/core/catalog/reads';
import type { z } from '@hono/zod-openapi';
import type {
  CrawlQueuedSchema, CrawlRequestSchema, RunCancelledSchema, RunRequestSchema, RunSummarySchema, SnapshotRequestSchema, SnapshotSchema,
} from './schemas.ts';

/** The writes the API can trigger. Each is optional: a missing one answers 501 `not-implemented`. */
export interface ApiActions {
  /** Records a queued crawl request (or starts one): the `onCrawl` hook. */
  requestCrawl?(input: z.infer<typeof CrawlRequestSchema>): Promise<z.infer<typeof CrawlQueuedSchema>>;
  createSnapshot?(input: z.infer<typeof SnapshotRequestSchema>): Promise<z.infer<typeof SnapshotSchema>>;
  queueRun?(input: z.infer<typeof RunRequestSchema>): Promise<z.infer<typeof RunSummarySchema>>;
  /** null when the run does not exist. */
  cancelRun?(id: string): Promise<z.infer<typeof RunCancelledSchema> | null>;
}

/** Static files the gallery and /docs serve: looked up by name (see gallery/assets.ts for the names). */
export interface AssetSource {
  get(name: string): Promise<{ body: string | Uint8Array; contentType: string } | null>;
}

export type CatalogProvider = CatalogReads | ((c: Context) => CatalogReads | Promise<CatalogReads>);

export interface AppOptions {
  /** The read side of the catalog, or a function giving one per request (Workers: one connection per request). */
  catalog: CatalogProvider;
  blobs: BlobStore;
  actions?: ApiActions;
  /** `config.apiToken` is the bearer token unless `token` is given; without one, every write answers 401. */
  config?: { apiToken?: string };
  token?: string;
  /** false (default): no CORS headers; true: any origin; or a list of allowed origins. */
  cors?: boolean | string[];
  assets?: AssetSource;
  /** In-process response cache for GET routes (cache.ts); false turns it off. ttlMs (2 s) bounds how
   * stale lists and runs can be after a write elsewhere, itemTtlMs (30 s) one program or checkpoint. */
  cache?: false | { maxEntries?: number; ttlMs?: number; itemTtlMs?: number };
  limits?: { maxPageSize?: number; maxBodyBytes?: number };
  /** Lifetime of presigned checkpoint download URLs. */
  presignSeconds?: number;
}

export type ApiEnv = { Variables: { catalog: CatalogReads } };
