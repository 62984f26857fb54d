// What the crawl and validate jobs need from the catalog, as one small interface, and its
// implementation over the Drizzle schema of packages/core.
//
// NOTE for the catalog owner: packages/core/src/catalog has no write repository yet. These
// statements belong there ("the repository is the only place that writes SQL"); when it lands,
// `createJobCatalog` should become a thin adapter over it (the `JobCatalog` interface stays).
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@shadertrain/core/db/client';
import { crawlRuns, programs, provenance, sources, type ProgramStatus } from '@shadertrain/core/db/schema/index';
import type { Cursor } from '../sources/types.ts';

export interface ProgramRow {
  id: string;
  dialect: string;
  sourceKey: string;
  sourceBytes: number;
  features: Record<string, unknown>;
  title?: string | null;
  family?: string | null;
  tags?: string[];
}

export interface ProvenanceRow {
  programId: string;
  sourceId: string;
  externalId: string;
  url: string;
  title?: string | null;
  author?: string | null;
  license: string;
  fetchedAt: Date;
}

export interface CrawlCounts { fetched: number; new: number; duplicate: number; rejected: number; failed: number }
export interface CrawlError { externalId?: string; stage: 'source' | 'normalize' | 'store' | 'page'; reason: string; message?: string }

export interface CrawlRunPatch extends Partial<CrawlCounts> {
  status?: 'running' | 'succeeded' | 'failed';
  errors?: CrawlError[];
  cursorAfter?: Cursor | null;
  finished?: boolean;
}

export interface ValidationRecord {
  status: Exclude<ProgramStatus, 'pending'>;
  rejectReason: string | null;
  stats: Record<string, unknown> | null;
  thumbnailKey: string | null;
}

export interface JobCatalog {
  /** Creates the source row if missing (kind and config are kept up to date); returns its persisted cursor. */
  ensureSource(s: { id: string; kind: string; config?: Record<string, unknown> }): Promise<{ cursor: Cursor | null; config: Record<string, unknown> }>;
  saveCursor(sourceId: string, cursor: Cursor | null): Promise<void>;
  startCrawlRun(sourceId: string, cursorBefore: Cursor | null): Promise<string>;
  updateCrawlRun(runId: string, patch: CrawlRunPatch): Promise<void>;
  /** Status of each id that has a row. */
  programStatuses(ids: string[]): Promise<Map<string, ProgramStatus>>;
  /** Inserts the rows that do not exist yet (as `pending`); returns the ids it created. */
  insertPrograms(rows: ProgramRow[]): Promise<string[]>;
  /** Upserts on (sourceId, externalId); the first fetch time is kept. */
  upsertProvenance(rows: ProvenanceRow[]): Promise<void>;
  /** Pending programs, oldest first. */
  pendingPrograms(limit: number): Promise<Array<{ id: string; sourceKey: string }>>;
  getPrograms(ids: string[]): Promise<Array<{ id: string; sourceKey: string; status: ProgramStatus }>>;
  /** Records a validation outcome, only if the program is still pending; returns whether it did. */
  recordValidation(id: string, record: ValidationRecord): Promise<boolean>;
}

/**
 * The job catalog over an open Drizzle database (PGlite or PostgreSQL).
 *
 * @example
 * const { db } = await openDatabase('memory://');
 * const catalog = createJobCatalog(db);
 */
export function createJobCatalog(db: Db): JobCatalog {
  return {
    async ensureSource({ id, kind, config }) {
      await db.insert(sources).values({ id, kind, config: config ?? {} }).onConflictDoNothing();
      if (config !== undefined) await db.update(sources).set({ kind, config }).where(eq(sources.id, id));
      const [row] = await db.select({ cursor: sources.cursor, config: sources.config }).from(sources).where(eq(sources.id, id));
      return { cursor: (row?.cursor ?? null) as Cursor | null, config: row?.config ?? {} };
    },
    async saveCursor(sourceId, cursor) {
      // jsonb null (a JS null would become SQL NULL, also "from the start": same meaning).
      await db.update(sources).set({ cursor }).where(eq(sources.id, sourceId));
    },
    async startCrawlRun(sourceId, cursorBefore) {
      const [row] = await db.insert(crawlRuns).values({ sourceId, cursorBefore }).returning({ id: crawlRuns.id });
      return row!.id;
    },
    async updateCrawlRun(runId, patch) {
      const { finished, ...rest } = patch;
      await db.update(crawlRuns).set({ ...rest, ...(finished ? { finishedAt: new Date() } : {}) }).where(eq(crawlRuns.id, runId));
    },
    async programStatuses(ids) {
      if (ids.length === 0) return new Map();
      const rows = await db.select({ id: programs.id, status: programs.status }).from(programs).where(inArray(programs.id, ids));
      return new Map(rows.map((r) => [r.id, r.status]));
    },
    async insertPrograms(rows) {
      if (rows.length === 0) return [];
      const created = await db.insert(programs)
        .values(rows.map((r) => ({ ...r, tags: r.tags ?? [], status: 'pending' as const })))
        .onConflictDoNothing({ target: programs.id })
        .returning({ id: programs.id });
      return created.map((r) => r.id);
    },
    async upsertProvenance(rows) {
      if (rows.length === 0) return;
      await db.insert(provenance).values(rows).onConflictDoUpdate({
        target: [provenance.sourceId, provenance.externalId],
        set: {
          programId: sql`excluded.program_id`, url: sql`excluded.url`, title: sql`excluded.title`,
          author: sql`excluded.author`, license: sql`excluded.license`,
        },
      });
    },
    async pendingPrograms(limit) {
      return db.select({ id: programs.id, sourceKey: programs.sourceKey }).from(programs)
        .where(eq(programs.status, 'pending')).orderBy(asc(programs.createdAt), asc(programs.id)).limit(limit);
    },
    async getPrograms(ids) {
      if (ids.length === 0) return [];
      return db.select({ id: programs.id, sourceKey: programs.sourceKey, status: programs.status }).from(programs).where(inArray(programs.id, ids));
    },
    async recordValidation(id, r) {
      const done = await db.update(programs)
        .set({ status: r.status, rejectReason: r.rejectReason, stats: r.stats, thumbnailKey: r.thumbnailKey, validatedAt: new Date() })
        .where(and(eq(programs.id, id), eq(programs.status, 'pending')))
        .returning({ id: programs.id });
      return done.length > 0;
    },
  };
}
