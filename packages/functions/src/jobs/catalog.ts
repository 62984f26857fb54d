// What the crawl and validate jobs need from the catalog repository (packages/core/src/catalog),
// by name. The statements live in the repository; this is only the jobs' narrow view of it, so a
// test can hand the jobs a fake.
import type { Db } from '@shadertrain/core/db/client';
import { createCatalog, type Catalog } from '@shadertrain/core/catalog/repository';

export type { ProgramRow, ProvenanceRow, ValidationRecord } from '@shadertrain/core/catalog/programs';
export type { CrawlCounts, CrawlRunPatch } from '@shadertrain/core/catalog/crawl';

/** One problem of a crawl, as stored in the crawl run's `errors`. */
export interface CrawlError { externalId?: string; stage: 'source' | 'normalize' | 'store' | 'page'; reason: string; message?: string }

export type JobCatalog = Pick<Catalog,
  | 'ensureSource' | 'setSourceCursor' | 'startCrawlRun' | 'updateCrawlRun'
  | 'programStatuses' | 'insertPrograms' | 'upsertProvenance'
  | 'pendingPrograms' | 'getPrograms' | 'recordValidation'
>;

/**
 * The job catalog over an open Drizzle database (PGlite or PostgreSQL): the repository itself.
 *
 * @example
 * const { db } = await openDatabase('memory://');
 * const catalog = createJobCatalog(db);
 */
export function createJobCatalog(db: Db): JobCatalog {
  return createCatalog(db);
}
