import { desc, eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { crawlRuns, sources, type CrawlRun, type CrawlStatus } from '../db/schema/index.ts';
import { pageLimit } from './cursor.ts';
import { CatalogInputError, CatalogNotFoundError } from './errors.ts';

export interface CrawlCounts { fetched: number; new: number; duplicate: number; rejected: number; failed: number }
export interface CrawlFinish {
  status: Exclude<CrawlStatus, 'running'>;
  counts?: Partial<CrawlCounts>;
  errors?: unknown[];
  /** When given, also stored as the source's cursor (in the same transaction). */
  cursorAfter?: unknown;
}

/** A partial update of a crawl run while it runs; `finished` stamps `finishedAt`. */
export interface CrawlRunPatch extends Partial<CrawlCounts> {
  status?: CrawlStatus;
  errors?: unknown[];
  cursorAfter?: unknown;
  finished?: boolean;
}

/** Crawl runs: one row per crawl of one source. */
export function crawlQueries(db: Db) {
  return {
    /**
     * Opens a crawl run; `cursorBefore` defaults to the source's current cursor.
     * @example const run = await catalog.startCrawlRun('shadertoy');
     */
    async startCrawlRun(sourceId: string, opts: { cursorBefore?: unknown } = {}): Promise<CrawlRun> {
      const [src] = await db.select({ cursor: sources.cursor }).from(sources).where(eq(sources.id, sourceId));
      if (!src) throw new CatalogNotFoundError('source', sourceId);
      const cursorBefore = 'cursorBefore' in opts ? opts.cursorBefore : src.cursor;
      const [row] = await db.insert(crawlRuns).values({ sourceId, cursorBefore: cursorBefore as never }).returning();
      return row!;
    },

    /**
     * Closes a crawl run with its counts and errors; moves the source cursor if `cursorAfter` is given.
     * @example await catalog.finishCrawlRun(run.id, { status: 'succeeded', counts: { fetched: 10, new: 7, duplicate: 3 }, cursorAfter: { from: 10 } });
     */
    async finishCrawlRun(id: string, f: CrawlFinish): Promise<CrawlRun> {
      if (f.status !== 'succeeded' && f.status !== 'failed') throw new CatalogInputError('status', `${JSON.stringify(f.status)} must be succeeded or failed`);
      for (const [k, v] of Object.entries(f.counts ?? {})) {
        if (!Number.isInteger(v) || (v as number) < 0) throw new CatalogInputError(`counts.${k}`, `${v} is not a non-negative integer`);
      }
      return db.transaction(async (tx) => {
        const [row] = await tx
          .update(crawlRuns)
          .set({
            status: f.status, finishedAt: new Date(), ...f.counts, errors: f.errors ?? [],
            ...(f.cursorAfter !== undefined ? { cursorAfter: f.cursorAfter as never } : {}),
          })
          .where(eq(crawlRuns.id, id))
          .returning();
        if (!row) throw new CatalogNotFoundError('crawl run', id);
        if (f.cursorAfter !== undefined) await tx.update(sources).set({ cursor: f.cursorAfter as never }).where(eq(sources.id, row.sourceId));
        return row;
      });
    },

    /**
     * Records a running crawl's progress (counts, errors, cursor so far) without the checks and the
     * source-cursor move of {@link finishCrawlRun}; the crawl job saves the source cursor per page itself.
     * @example await catalog.updateCrawlRun(run.id, { fetched: 40, new: 12, cursorAfter: { from: 40 } });
     */
    async updateCrawlRun(id: string, patch: CrawlRunPatch): Promise<void> {
      const { finished, ...rest } = patch;
      await db.update(crawlRuns)
        .set({ ...rest, ...(finished ? { finishedAt: new Date() } : {}) })
        .where(eq(crawlRuns.id, id));
    },

    /** Newest first. @example await catalog.listCrawlRuns({ sourceId: 'shadertoy', limit: 20 }) */
    async listCrawlRuns(opts: { sourceId?: string; limit?: number } = {}): Promise<CrawlRun[]> {
      const q = db.select().from(crawlRuns);
      return (opts.sourceId ? q.where(eq(crawlRuns.sourceId, opts.sourceId)) : q)
        .orderBy(desc(crawlRuns.startedAt), desc(crawlRuns.id))
        .limit(pageLimit(opts.limit));
    },

    /** @example await catalog.getCrawlRun(id) */
    async getCrawlRun(id: string): Promise<CrawlRun | null> {
      const [row] = await db.select().from(crawlRuns).where(eq(crawlRuns.id, id));
      return row ?? null;
    },
  };
}
