import { and, asc, count, countDistinct, desc, eq, exists, ilike, inArray, like, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { programs, provenance, type Program, type ProgramStatus, type Provenance } from '../db/schema/index.ts';
import { decodeCursor, encodeCursor, pageLimit } from './cursor.ts';
import { CatalogInputError, CatalogNotFoundError } from './errors.ts';

const PROGRAM_ID = /^[0-9a-f]{20}$/;
const STATUSES: readonly ProgramStatus[] = ['pending', 'valid', 'rejected', 'quarantined'];

export interface ProgramInput {
  /** First 20 hex digits of SHA-256 of the canonical body. */
  id: string;
  dialect: string;
  /** Blob key of the canonical source (write the blob first). */
  sourceKey: string;
  sourceBytes?: number;
  features?: Record<string, unknown>;
  family?: string | null;
  title?: string | null;
  tags?: string[];
}

export interface ProvenanceInput {
  programId: string;
  sourceId: string;
  externalId: string;
  url?: string | null;
  title?: string | null;
  author?: string | null;
  license: string;
  fetchedAt?: Date;
}

export interface ValidationUpdate {
  status: ProgramStatus;
  reason?: string | null;
  stats?: Record<string, unknown> | null;
  thumbnailKey?: string | null;
}

/** A program row as the crawl job writes it, many at a time (see {@link programQueries} `insertPrograms`). */
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

/** A provenance record as the crawl job writes it, many at a time. */
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

/** A validation outcome as the validate job records it (see `recordValidation`). */
export interface ValidationRecord {
  status: Exclude<ProgramStatus, 'pending'>;
  rejectReason: string | null;
  stats: Record<string, unknown> | null;
  thumbnailKey: string | null;
}

export type ProgramSort = 'newest' | 'oldest' | 'id';
export interface ListProgramsOptions {
  status?: ProgramStatus;
  source?: string;
  license?: string;
  family?: string;
  /** Case-insensitive substring of the title, or a prefix of the id. */
  q?: string;
  sort?: ProgramSort;
  limit?: number;
  cursor?: string;
}

/** The columns a listing returns (no features/stats: those come with getProgram). */
export const programSummaryColumns = {
  id: programs.id,
  title: programs.title,
  family: programs.family,
  dialect: programs.dialect,
  status: programs.status,
  rejectReason: programs.rejectReason,
  thumbnailKey: programs.thumbnailKey,
  sourceKey: programs.sourceKey,
  createdAt: programs.createdAt,
};
export type ProgramSummary = Pick<Program, keyof typeof programSummaryColumns>;

export interface CatalogStats {
  total: number;
  byStatus: Record<string, number>;
  bySource: Record<string, number>;
  byLicense: Record<string, number>;
  /** Rejected/quarantined programs by reason, grouped on the text before the first ':'. */
  byRejectReason: Record<string, number>;
  byFamily: Record<string, number>;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
const toRecord = (rows: { k: string | null; n: number }[]) =>
  Object.fromEntries(rows.map((r) => [r.k ?? '(none)', Number(r.n)]));

function checkStatus(status: string, field = 'status'): ProgramStatus {
  if (!STATUSES.includes(status as ProgramStatus)) {
    throw new CatalogInputError(field, `${JSON.stringify(status)} is not one of ${STATUSES.join(', ')}`);
  }
  return status as ProgramStatus;
}

/** Programs and their provenance. */
export function programQueries(db: Db) {
  return {
    /**
     * Inserts the program if no row has its id (content hash); never overwrites. Safe when two
     * processes ingest the same program at once (ON CONFLICT DO NOTHING): one row, one `created`.
     * @example
     * await blobs.put(key, body);  // blob first
     * const { created } = await catalog.upsertProgram({ id, dialect: 'shadertoy', sourceKey: key });
     */
    async upsertProgram(input: ProgramInput): Promise<{ created: boolean }> {
      if (!PROGRAM_ID.test(input.id ?? '')) throw new CatalogInputError('id', `${JSON.stringify(input.id)} is not a 20-hex-digit program id`);
      if (!input.sourceKey) throw new CatalogInputError('sourceKey', 'is required (write the source blob first)');
      if (!input.dialect) throw new CatalogInputError('dialect', 'is required');
      const r = await db
        .insert(programs)
        .values({
          id: input.id, dialect: input.dialect, sourceKey: input.sourceKey, sourceBytes: input.sourceBytes,
          features: input.features, family: input.family ?? null, title: input.title ?? null, tags: input.tags ?? [],
        })
        .onConflictDoNothing({ target: programs.id })
        .returning({ id: programs.id });
      return { created: r.length === 1 };
    },

    /**
     * Records where a program was found; idempotent on (sourceId, externalId) — a second call with
     * the same pair updates that record (e.g. the item now hashes to another program).
     * @example
     * await catalog.addProvenance({ programId: id, sourceId: 'shadertoy', externalId: 'XsX3zn', license: 'CC-BY-NC-SA-3.0' });
     */
    async addProvenance(input: ProvenanceInput): Promise<{ created: boolean }> {
      if (!input.externalId) throw new CatalogInputError('externalId', 'is required');
      if (!input.license) throw new CatalogInputError('license', 'is required');
      const values = {
        programId: input.programId, sourceId: input.sourceId, externalId: input.externalId, url: input.url ?? null,
        title: input.title ?? null, author: input.author ?? null, license: input.license, fetchedAt: input.fetchedAt ?? new Date(),
      };
      const { sourceId: _s, externalId: _e, ...update } = values;
      const [row] = await db
        .insert(provenance)
        .values(values)
        .onConflictDoUpdate({ target: [provenance.sourceId, provenance.externalId], set: update })
        .returning({ created: sql<boolean>`(xmax = 0)` });
      return { created: Boolean(row?.created) };
    },

    /**
     * Stores the outcome of validation.
     * @example await catalog.setProgramValidation(id, { status: 'valid', stats, thumbnailKey: 'thumbs/ab.png' });
     */
    async setProgramValidation(id: string, v: ValidationUpdate): Promise<void> {
      const status = checkStatus(v.status);
      if ((status === 'rejected' || status === 'quarantined') && !v.reason) {
        throw new CatalogInputError('reason', `is required when status is ${status}`);
      }
      const set: Partial<typeof programs.$inferInsert> = {
        status,
        rejectReason: status === 'valid' || status === 'pending' ? null : v.reason!,
        validatedAt: status === 'pending' ? null : new Date(),
        updatedAt: new Date(),
      };
      if (v.stats !== undefined) set.stats = v.stats;
      if (v.thumbnailKey !== undefined) set.thumbnailKey = v.thumbnailKey;
      const r = await db.update(programs).set(set).where(eq(programs.id, id)).returning({ id: programs.id });
      if (r.length === 0) throw new CatalogNotFoundError('program', id);
    },

    /** @example const p = await catalog.getProgram(id); p?.provenance[0].license */
    async getProgram(id: string): Promise<(Program & { provenance: Provenance[] }) | null> {
      const [row] = await db.select().from(programs).where(eq(programs.id, id));
      if (!row) return null;
      const prov = await db.select().from(provenance).where(eq(provenance.programId, id)).orderBy(provenance.fetchedAt, provenance.id);
      return { ...row, provenance: prov };
    },

    /**
     * Lists programs with filters and keyset pagination (stable under inserts).
     * @example
     * let page = await catalog.listPrograms({ status: 'valid', license: 'CC0-1.0', limit: 50 });
     * if (page.nextCursor) page = await catalog.listPrograms({ status: 'valid', license: 'CC0-1.0', cursor: page.nextCursor });
     */
    async listPrograms(opts: ListProgramsOptions = {}): Promise<{ items: ProgramSummary[]; nextCursor: string | null }> {
      const limit = pageLimit(opts.limit);
      const sort = opts.sort ?? 'newest';
      if (!['newest', 'oldest', 'id'].includes(sort)) throw new CatalogInputError('sort', `${JSON.stringify(sort)} is not one of newest, oldest, id`);
      const where: SQL[] = [];
      if (opts.status !== undefined) where.push(eq(programs.status, checkStatus(opts.status)));
      if (opts.family !== undefined) where.push(eq(programs.family, opts.family));
      const viaProvenance = (cond: SQL) =>
        exists(db.select({ one: sql`1` }).from(provenance).where(and(eq(provenance.programId, programs.id), cond)));
      if (opts.source !== undefined) where.push(viaProvenance(eq(provenance.sourceId, opts.source)));
      if (opts.license !== undefined) where.push(viaProvenance(eq(provenance.license, opts.license)));
      if (opts.q) {
        const q = escapeLike(opts.q);
        where.push(or(ilike(programs.title, `%${q}%`), like(programs.id, `${q.toLowerCase()}%`))!);
      }
      if (opts.cursor) {
        const pos = decodeCursor(opts.cursor);
        if (sort === 'id') where.push(sql`${programs.id} > ${pos.id}`);
        else {
          const op = sort === 'newest' ? sql`<` : sql`>`;
          where.push(sql`(${programs.createdAt}, ${programs.id}) ${op} (${String(pos.v)}::timestamptz, ${pos.id})`);
        }
      }
      const order = sort === 'id' ? [asc(programs.id)] : sort === 'newest' ? [desc(programs.createdAt), desc(programs.id)] : [asc(programs.createdAt), asc(programs.id)];
      const rows = await db.select(programSummaryColumns).from(programs).where(and(...where)).orderBy(...order).limit(limit + 1);
      const items = rows.slice(0, limit);
      const last = items[items.length - 1];
      const nextCursor = rows.length > limit && last ? encodeCursor({ v: last.createdAt.toISOString(), id: last.id }) : null;
      return { items, nextCursor };
    },

    /**
     * Inserts the rows that do not exist yet (as `pending`), in one statement; ON CONFLICT DO NOTHING,
     * so concurrent crawls create each program once. Returns the ids it created.
     * @example const created = await catalog.insertPrograms([{ id, dialect: 'shadertoy', sourceKey: key, sourceBytes: 120, features: {} }]);
     */
    async insertPrograms(rows: ProgramRow[]): Promise<string[]> {
      if (rows.length === 0) return [];
      const created = await db.insert(programs)
        .values(rows.map((r) => ({ ...r, tags: r.tags ?? [], status: 'pending' as const })))
        .onConflictDoNothing({ target: programs.id })
        .returning({ id: programs.id });
      return created.map((r) => r.id);
    },

    /**
     * Upserts provenance records on (sourceId, externalId), in one statement; unlike
     * {@link addProvenance}, the first fetch time is kept.
     * @example await catalog.upsertProvenance([{ programId: id, sourceId: 'local', externalId: 'a.glsl', url: 'file:///a.glsl', license: 'CC0-1.0', fetchedAt: new Date() }]);
     */
    async upsertProvenance(rows: ProvenanceRow[]): Promise<void> {
      if (rows.length === 0) return;
      await db.insert(provenance).values(rows).onConflictDoUpdate({
        target: [provenance.sourceId, provenance.externalId],
        set: {
          programId: sql`excluded.program_id`, url: sql`excluded.url`, title: sql`excluded.title`,
          author: sql`excluded.author`, license: sql`excluded.license`,
        },
      });
    },

    /** The status of each id that has a row. @example (await catalog.programStatuses([id])).get(id) // 'pending' */
    async programStatuses(ids: string[]): Promise<Map<string, ProgramStatus>> {
      if (ids.length === 0) return new Map();
      const rows = await db.select({ id: programs.id, status: programs.status }).from(programs).where(inArray(programs.id, ids));
      return new Map(rows.map((r) => [r.id, r.status]));
    },

    /** Id, source key and status of each id that has a row. @example const [p] = await catalog.getPrograms([id]); */
    async getPrograms(ids: string[]): Promise<Array<{ id: string; sourceKey: string; status: ProgramStatus }>> {
      if (ids.length === 0) return [];
      return db.select({ id: programs.id, sourceKey: programs.sourceKey, status: programs.status }).from(programs).where(inArray(programs.id, ids));
    },

    /**
     * Records a validation outcome only if the program is still pending (two validators never both
     * record one); returns whether it did. {@link setProgramValidation} sets any status unconditionally.
     * @example if (!(await catalog.recordValidation(id, { status: 'valid', rejectReason: null, stats, thumbnailKey }))) skipped++;
     */
    async recordValidation(id: string, r: ValidationRecord): Promise<boolean> {
      const done = await db.update(programs)
        .set({ status: r.status, rejectReason: r.rejectReason, stats: r.stats, thumbnailKey: r.thumbnailKey, validatedAt: new Date() })
        .where(and(eq(programs.id, id), eq(programs.status, 'pending')))
        .returning({ id: programs.id });
      return done.length > 0;
    },

    /** Programs awaiting validation, oldest first. @example for (const p of await catalog.pendingPrograms(100)) ... */
    async pendingPrograms(limit = 100): Promise<{ id: string; sourceKey: string; dialect: string }[]> {
      return db
        .select({ id: programs.id, sourceKey: programs.sourceKey, dialect: programs.dialect })
        .from(programs)
        .where(eq(programs.status, 'pending'))
        .orderBy(programs.createdAt, programs.id)
        .limit(pageLimit(limit, 100, 10_000_000));
    },

    /** Counts by status, source, license, reject reason and family. @example (await catalog.catalogStats()).byStatus.valid */
    async catalogStats(): Promise<CatalogStats> {
      const reason = sql<string>`split_part(${programs.rejectReason}, ':', 1)`;
      const [byStatus, bySource, byLicense, byReason, byFamily] = await Promise.all([
        db.select({ k: programs.status, n: count() }).from(programs).groupBy(programs.status),
        db.select({ k: provenance.sourceId, n: countDistinct(provenance.programId) }).from(provenance).groupBy(provenance.sourceId),
        db.select({ k: provenance.license, n: countDistinct(provenance.programId) }).from(provenance).groupBy(provenance.license),
        db.select({ k: reason, n: count() }).from(programs).where(sql`${programs.status} in ('rejected', 'quarantined')`).groupBy(reason),
        db.select({ k: programs.family, n: count() }).from(programs).groupBy(programs.family),
      ]);
      const status = toRecord(byStatus);
      return {
        total: Object.values(status).reduce((a, b) => a + b, 0),
        byStatus: status,
        bySource: toRecord(bySource),
        byLicense: toRecord(byLicense),
        byRejectReason: toRecord(byReason),
        byFamily: toRecord(byFamily),
      };
    },
  };
}
