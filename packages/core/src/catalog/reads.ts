// Read queries for the HTTP API and the gallery. Every query selects only the columns its caller
// shows, pages by keyset (never OFFSET), and lets PostgreSQL build any JSON it returns, so a page
// costs one index range scan and no per-row work in JavaScript.
import { and, asc, desc, eq, gt, ilike, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import {
  checkpoints, crawlRuns, evaluations, programs, provenance, snapshots, sources, trainingRuns,
  type MetricPoint, type ProgramStatus, type RunStatus,
} from '../db/schema/index.ts';
import { ShadertrainError } from '../errors.ts';
import { decodeCursor, encodeCursor, type KeysetPosition } from './cursor.ts';
import type { ProgramSort } from './programs.ts';

export type { ProgramSort };

export type Page<T> = { items: T[]; nextCursor: string | null };

export interface ProgramListQuery {
  status?: ProgramStatus;
  source?: string;
  license?: string;
  family?: string;
  /** Case-insensitive text match on title, family and id prefix. */
  q?: string;
  sort?: ProgramSort;
  cursor?: string;
  limit?: number;
}
export interface ProgramSummary {
  id: string;
  title: string | null;
  family: string | null;
  dialect: string;
  status: ProgramStatus;
  tags: string[];
  hasThumbnail: boolean;
  createdAt: string;
}

// Correlated subqueries need table-qualified columns (drizzle renders bare names in a select).
const PROGRAM_ID = sql.raw('"programs"."id"');
const SOURCE_ID = sql.raw('"sources"."id"');

const iso = (d: Date | string | null): string | null => (d === null ? null : d instanceof Date ? d.toISOString() : new Date(d).toISOString());
const likeEscape = (s: string) => s.replace(/[\\%_]/g, (m) => `\\${m}`);

/** Builds the keyset page: fetches limit+1 rows, returns limit and the cursor of the last one. */
function page<R, T>(rows: R[], limit: number, map: (r: R) => T, key: (r: R) => KeysetPosition): Page<T> {
  const more = rows.length > limit;
  const slice = more ? rows.slice(0, limit) : rows;
  return { items: slice.map(map), nextCursor: more ? encodeCursor(key(slice[slice.length - 1]!)) : null };
}

/**
 * The catalog's read side. One object per database handle; every method is one or two queries.
 *
 * @example
 * const reads = createCatalogReads(db);
 * const { items, nextCursor } = await reads.listPrograms({ status: 'valid', limit: 50 });
 */
export function createCatalogReads(db: Db) {
  return {
    async listPrograms(query: ProgramListQuery = {}): Promise<Page<ProgramSummary>> {
      const limit = query.limit ?? 50;
      const sort = query.sort ?? 'newest';
      const where: SQL[] = [];
      if (query.status) where.push(eq(programs.status, query.status));
      if (query.family) where.push(eq(programs.family, query.family));
      if (query.source) {
        where.push(sql`exists (select 1 from ${provenance} where "provenance"."program_id" = ${PROGRAM_ID} and "provenance"."source_id" = ${query.source})`);
      }
      if (query.license) {
        where.push(sql`exists (select 1 from ${provenance} where "provenance"."program_id" = ${PROGRAM_ID} and "provenance"."license" = ${query.license})`);
      }
      if (query.q) {
        const pat = `%${likeEscape(query.q)}%`;
        where.push(or(ilike(programs.title, pat), ilike(programs.family, pat), ilike(programs.id, `${likeEscape(query.q.toLowerCase())}%`))!);
      }
      if (query.cursor) {
        const c = decodeCursor(query.cursor);
        if (sort === 'id') where.push(gt(programs.id, c.id));
        else {
          const at = new Date(String(c.v));
          if (Number.isNaN(at.getTime())) throw new ShadertrainError('bad-input', 'cursor does not match sort', { field: 'cursor' });
          const cmp = sort === 'newest' ? lt : gt;
          where.push(or(cmp(programs.createdAt, at), and(eq(programs.createdAt, at), cmp(programs.id, c.id)))!);
        }
      }
      const order = sort === 'id' ? [asc(programs.id)] : sort === 'newest' ? [desc(programs.createdAt), desc(programs.id)] : [asc(programs.createdAt), asc(programs.id)];
      const rows = await db
        .select({
          id: programs.id, title: programs.title, family: programs.family, dialect: programs.dialect,
          status: programs.status, tags: programs.tags, thumbnailKey: programs.thumbnailKey, createdAt: programs.createdAt,
        })
        .from(programs)
        .where(where.length ? and(...where) : undefined)
        .orderBy(...order)
        .limit(limit + 1);
      return page(
        rows,
        limit,
        (r) => ({
          id: r.id, title: r.title, family: r.family, dialect: r.dialect, status: r.status, tags: r.tags,
          hasThumbnail: r.thumbnailKey !== null, createdAt: iso(r.createdAt)!,
        }),
        (r) => ({ v: sort === 'id' ? r.id : iso(r.createdAt)!, id: r.id }),
      );
    },

    /** One program with its provenance records (null when unknown). */
    async getProgram(id: string) {
      // Both queries at once: one round trip of latency on PostgreSQL instead of two.
      const [[p], prov] = await Promise.all([
        db.select().from(programs).where(eq(programs.id, id)).limit(1),
        db
          .select({
            sourceId: provenance.sourceId, externalId: provenance.externalId, url: provenance.url, title: provenance.title,
            author: provenance.author, license: provenance.license, fetchedAt: provenance.fetchedAt,
          })
          .from(provenance)
          .where(eq(provenance.programId, id))
          .orderBy(asc(provenance.fetchedAt), asc(provenance.id)),
      ]);
      if (!p) return null;
      return {
        id: p.id, title: p.title, family: p.family, dialect: p.dialect, status: p.status, rejectReason: p.rejectReason,
        tags: p.tags, sourceKey: p.sourceKey, sourceBytes: p.sourceBytes, thumbnailKey: p.thumbnailKey,
        features: p.features ?? null, stats: p.stats ?? null,
        validatedAt: iso(p.validatedAt), createdAt: iso(p.createdAt)!, updatedAt: iso(p.updatedAt)!,
        provenance: prov.map((r) => ({ ...r, fetchedAt: iso(r.fetchedAt)! })),
      };
    },

    /** Counts by status, source, license and rejection reason, plus the latest crawls. */
    async catalogStats(opts: { crawls?: number } = {}) {
      const [byStatus, bySource, byLicense, byReason, crawls, total] = await Promise.all([
        db.select({ key: programs.status, count: sql<number>`count(*)::int` }).from(programs).groupBy(programs.status),
        db.select({ key: provenance.sourceId, count: sql<number>`count(distinct ${provenance.programId})::int` }).from(provenance).groupBy(provenance.sourceId),
        db.select({ key: provenance.license, count: sql<number>`count(distinct ${provenance.programId})::int` }).from(provenance).groupBy(provenance.license),
        // Rejection reasons are grouped by their kind: the text before the first ':' ('compile-error: …').
        db.select({ key: sql<string>`split_part(${programs.rejectReason}, ':', 1)`, count: sql<number>`count(*)::int` })
          .from(programs).where(sql`${programs.rejectReason} is not null`).groupBy(sql`1`),
        db.select({
          id: crawlRuns.id, sourceId: crawlRuns.sourceId, status: crawlRuns.status, startedAt: crawlRuns.startedAt,
          finishedAt: crawlRuns.finishedAt, fetched: crawlRuns.fetched, new: crawlRuns.new, duplicate: crawlRuns.duplicate,
          rejected: crawlRuns.rejected, failed: crawlRuns.failed,
        }).from(crawlRuns).orderBy(desc(crawlRuns.startedAt), desc(crawlRuns.id)).limit(opts.crawls ?? 20),
        db.select({ n: sql<number>`count(*)::int` }).from(programs),
      ]);
      const obj = (rows: { key: string | null; count: number }[]) =>
        Object.fromEntries(rows.filter((r) => r.key !== null).sort((a, b) => b.count - a.count).map((r) => [r.key!, r.count]));
      return {
        programs: total[0]?.n ?? 0,
        byStatus: obj(byStatus), bySource: obj(bySource), byLicense: obj(byLicense), byRejectReason: obj(byReason),
        crawls: crawls.map((c) => ({ ...c, startedAt: iso(c.startedAt)!, finishedAt: iso(c.finishedAt) })),
      };
    },

    /** The distinct program families, alphabetically (for filters). */
    async listFamilies(): Promise<string[]> {
      const rows = await db.selectDistinct({ f: programs.family }).from(programs).where(sql`${programs.family} is not null`).orderBy(asc(programs.family));
      return rows.map((r) => r.f!);
    },

    /** Every source with its program count and last crawl. */
    async listSources() {
      const rows = await db
        .select({
          id: sources.id, kind: sources.kind, cursor: sources.cursor, createdAt: sources.createdAt, updatedAt: sources.updatedAt,
          programs: sql<number>`(select count(distinct ${provenance.programId})::int from ${provenance} where "provenance"."source_id" = ${SOURCE_ID})`,
          lastCrawlAt: sql<string | null>`(select max(${crawlRuns.startedAt}) from ${crawlRuns} where "crawl_runs"."source_id" = ${SOURCE_ID})`,
        })
        .from(sources)
        .orderBy(asc(sources.id));
      return rows.map((r) => ({
        id: r.id, kind: r.kind, cursor: r.cursor ?? null, programs: r.programs, lastCrawlAt: iso(r.lastCrawlAt),
        createdAt: iso(r.createdAt)!, updatedAt: iso(r.updatedAt)!,
      }));
    },

    async listSnapshots(query: { cursor?: string; limit?: number } = {}) {
      const limit = query.limit ?? 50;
      const where: SQL[] = [];
      if (query.cursor) {
        const c = decodeCursor(query.cursor);
        const at = new Date(String(c.v));
        where.push(or(lt(snapshots.createdAt, at), and(eq(snapshots.createdAt, at), lt(snapshots.id, c.id)))!);
      }
      const rows = await db.select().from(snapshots).where(where.length ? and(...where) : undefined)
        .orderBy(desc(snapshots.createdAt), desc(snapshots.id)).limit(limit + 1);
      return page(rows, limit, (r) => ({
        id: r.id, manifestKey: r.manifestKey, manifestSha256: r.manifestSha256, filter: r.filter, programCount: r.programCount,
        licenses: r.licenses, createdAt: iso(r.createdAt)!,
      }), (r) => ({ v: iso(r.createdAt)!, id: r.id }));
    },

    async getSnapshot(id: string) {
      const [r] = await db.select().from(snapshots).where(eq(snapshots.id, id)).limit(1);
      return r ? { id: r.id, manifestKey: r.manifestKey, manifestSha256: r.manifestSha256, filter: r.filter, programCount: r.programCount, licenses: r.licenses, createdAt: iso(r.createdAt)! } : null;
    },

    /** Training runs, newest first, without their metric series. */
    async listRuns(query: { status?: RunStatus; cursor?: string; limit?: number } = {}) {
      const limit = query.limit ?? 50;
      const where: SQL[] = [];
      if (query.status) where.push(eq(trainingRuns.status, query.status));
      if (query.cursor) {
        const c = decodeCursor(query.cursor);
        const at = new Date(String(c.v));
        where.push(or(lt(trainingRuns.createdAt, at), and(eq(trainingRuns.createdAt, at), lt(trainingRuns.id, c.id)))!);
      }
      const rows = await db
        .select({
          id: trainingRuns.id, snapshotId: trainingRuns.snapshotId, status: trainingRuns.status, progress: trainingRuns.progress,
          config: trainingRuns.config, error: trainingRuns.error, cancelRequested: trainingRuns.cancelRequested,
          startedAt: trainingRuns.startedAt, finishedAt: trainingRuns.finishedAt, createdAt: trainingRuns.createdAt,
        })
        .from(trainingRuns).where(where.length ? and(...where) : undefined)
        .orderBy(desc(trainingRuns.createdAt), desc(trainingRuns.id)).limit(limit + 1);
      return page(rows, limit, (r) => ({
        ...r, progress: r.progress ?? null, startedAt: iso(r.startedAt), finishedAt: iso(r.finishedAt), createdAt: iso(r.createdAt)!,
      }), (r) => ({ v: iso(r.createdAt)!, id: r.id }));
    },

    /** One run with its metric series, its random-init evaluations and its checkpoints' ids. */
    async getRun(id: string) {
      const [r] = await db.select().from(trainingRuns).where(eq(trainingRuns.id, id)).limit(1);
      if (!r) return null;
      const [evals, cps] = await Promise.all([
        db.select().from(evaluations).where(or(eq(evaluations.runId, id), inArray(evaluations.checkpointId,
          db.select({ id: checkpoints.id }).from(checkpoints).where(eq(checkpoints.runId, id))))),
        db.select({ id: checkpoints.id, step: checkpoints.step }).from(checkpoints).where(eq(checkpoints.runId, id)).orderBy(asc(checkpoints.step)),
      ]);
      const stepOf = new Map(cps.map((c) => [c.id, c.step]));
      return {
        id: r.id, snapshotId: r.snapshotId, status: r.status, progress: r.progress ?? null, config: r.config,
        metrics: (r.metrics ?? []) as MetricPoint[], error: r.error, cancelRequested: r.cancelRequested,
        startedAt: iso(r.startedAt), finishedAt: iso(r.finishedAt), createdAt: iso(r.createdAt)!, updatedAt: iso(r.updatedAt)!,
        checkpoints: cps,
        evaluations: evals.map((e) => ({
          checkpointId: e.checkpointId, step: e.checkpointId ? (stepOf.get(e.checkpointId) ?? null) : null,
          dataset: e.dataset, protocol: e.protocol, metric: e.metric, value: e.value,
          // A checkpoint's baseline is the same protocol on the run's random init, when not stored on the row.
          baseline: e.baseline ?? (e.checkpointId ? evals.find((x) => x.checkpointId === null && x.dataset === e.dataset && x.protocol === e.protocol && x.metric === e.metric)?.value ?? null : null),
        })),
      };
    },

    /**
     * Checkpoints, optionally ranked by one evaluation (`dataset`, `protocol`, `metric`), best first.
     * Unranked: newest first. Each row carries its headline evaluations and the random-init baseline.
     */
    async listCheckpoints(query: { dataset?: string; protocol?: 'linear' | 'knn' | 'fewshot'; metric?: string; order?: 'desc' | 'asc'; runId?: string; cursor?: string; limit?: number } = {}) {
      const limit = query.limit ?? 50;
      const ranked = Boolean(query.dataset || query.protocol || (query.metric && query.metric !== 'top1'));
      const where: SQL[] = [];
      if (query.runId) where.push(eq(checkpoints.runId, query.runId));
      const score = evaluations.value;
      const dir = query.order ?? 'desc';
      let rows: { id: string; runId: string; snapshotId: string; step: number; bytes: number; sha256: string; licenses: string[]; createdAt: Date; score: number | null }[];
      const base = {
        id: checkpoints.id, runId: checkpoints.runId, snapshotId: checkpoints.snapshotId, step: checkpoints.step, bytes: checkpoints.bytes,
        sha256: checkpoints.sha256, licenses: checkpoints.licenses, createdAt: checkpoints.createdAt,
      };
      if (ranked) {
        where.push(eq(evaluations.metric, query.metric ?? 'top1'));
        if (query.dataset) where.push(eq(evaluations.dataset, query.dataset));
        if (query.protocol) where.push(eq(evaluations.protocol, query.protocol));
        if (query.cursor) {
          const c = decodeCursor(query.cursor);
          const v = Number(c.v);
          const cmp = dir === 'desc' ? lt : gt;
          where.push(or(cmp(score, v), and(eq(score, v), gt(checkpoints.id, c.id)))!);
        }
        rows = await db.select({ ...base, score }).from(checkpoints)
          .innerJoin(evaluations, eq(evaluations.checkpointId, checkpoints.id))
          .where(and(...where))
          .orderBy(dir === 'desc' ? desc(score) : asc(score), asc(checkpoints.id)).limit(limit + 1);
      } else {
        if (query.cursor) {
          const c = decodeCursor(query.cursor);
          const at = new Date(String(c.v));
          where.push(or(lt(checkpoints.createdAt, at), and(eq(checkpoints.createdAt, at), lt(checkpoints.id, c.id)))!);
        }
        rows = (await db.select(base).from(checkpoints).where(where.length ? and(...where) : undefined)
          .orderBy(desc(checkpoints.createdAt), desc(checkpoints.id)).limit(limit + 1)).map((r) => ({ ...r, score: null }));
      }
      const ids = rows.slice(0, limit).map((r) => r.id);
      const runIds = [...new Set(rows.slice(0, limit).map((r) => r.runId))];
      const evals = ids.length
        ? await db.select({
          checkpointId: evaluations.checkpointId, runId: evaluations.runId, dataset: evaluations.dataset, protocol: evaluations.protocol,
          metric: evaluations.metric, value: evaluations.value, baseline: evaluations.baseline,
        }).from(evaluations).where(or(inArray(evaluations.checkpointId, ids), and(isNull(evaluations.checkpointId), inArray(evaluations.runId, runIds))))
        : [];
      const byCp = new Map<string, typeof evals>();
      const randomInit = new Map<string, typeof evals>();
      for (const e of evals) {
        const m = e.checkpointId ? byCp : randomInit;
        const k = (e.checkpointId ?? e.runId)!;
        m.set(k, [...(m.get(k) ?? []), e]);
      }
      return page(rows, limit, (r) => ({
        id: r.id, runId: r.runId, snapshotId: r.snapshotId, step: r.step, bytes: r.bytes, sha256: r.sha256, licenses: r.licenses,
        createdAt: iso(r.createdAt)!, score: r.score,
        evaluations: (byCp.get(r.id) ?? []).map(({ checkpointId: _c, runId: _r, ...e }) => {
          const rnd = (randomInit.get(r.runId) ?? []).find((x) => x.dataset === e.dataset && x.protocol === e.protocol && x.metric === e.metric);
          return { ...e, baseline: e.baseline ?? rnd?.value ?? null };
        }),
      }), (r) => (ranked ? { v: r.score!, id: r.id } : { v: iso(r.createdAt)!, id: r.id }));
    },

    /** One checkpoint with all its evaluations (random-init baselines filled in from its run). */
    async getCheckpoint(id: string) {
      const [r] = await db.select().from(checkpoints).where(eq(checkpoints.id, id)).limit(1);
      if (!r) return null;
      const evals = await db.select().from(evaluations)
        .where(or(eq(evaluations.checkpointId, id), and(isNull(evaluations.checkpointId), eq(evaluations.runId, r.runId))))
        .orderBy(asc(evaluations.dataset), asc(evaluations.protocol), asc(evaluations.metric));
      const rnd = evals.filter((e) => e.checkpointId === null);
      return {
        id: r.id, runId: r.runId, snapshotId: r.snapshotId, step: r.step, blobKey: r.blobKey, bytes: r.bytes, sha256: r.sha256,
        licenses: r.licenses, meta: r.meta, createdAt: iso(r.createdAt)!,
        evaluations: evals.filter((e) => e.checkpointId !== null).map((e) => ({
          dataset: e.dataset, protocol: e.protocol, metric: e.metric, value: e.value,
          baseline: e.baseline ?? rnd.find((x) => x.dataset === e.dataset && x.protocol === e.protocol && x.metric === e.metric)?.value ?? null,
          details: e.details, createdAt: iso(e.createdAt)!,
        })),
      };
    },
  };
}

export type CatalogReads = ReturnType<typeof createCatalogReads>;
