import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { programs, provenance, snapshots, type Snapshot } from '../db/schema/index.ts';
import { pageLimit } from './cursor.ts';
import { CatalogInputError } from './errors.ts';
import { newId } from './ids.ts';

export interface SnapshotFilter { licenses?: string[]; sources?: string[]; families?: string[]; limit?: number }
export interface SnapshotProgram { id: string; sourceKey: string; family: string | null; licenses: string[] }
export interface SnapshotInput {
  id?: string;
  manifestKey: string;
  manifestSha256?: string;
  filter?: Record<string, unknown>;
  programCount: number;
  licenses: string[];
}

/** Snapshots: immutable training sets (the manifest blob is written first). */
export function snapshotQueries(db: Db) {
  return {
    /**
     * Valid programs matching the filter, ordered by id, each with the licenses (among those
     * allowed) under which it was found.
     * @example const picked = await catalog.selectSnapshotPrograms({ licenses: ['CC0-1.0'], limit: 1000 });
     */
    async selectSnapshotPrograms(f: SnapshotFilter = {}): Promise<SnapshotProgram[]> {
      const where: SQL[] = [eq(programs.status, 'valid')];
      if (f.licenses?.length) where.push(inArray(provenance.license, f.licenses));
      if (f.sources?.length) where.push(inArray(provenance.sourceId, f.sources));
      if (f.families?.length) where.push(inArray(programs.family, f.families));
      const q = db
        .select({
          id: programs.id, sourceKey: programs.sourceKey, family: programs.family,
          licenses: sql<string[]>`array_agg(distinct ${provenance.license} order by ${provenance.license})`,
        })
        .from(programs)
        .innerJoin(provenance, eq(provenance.programId, programs.id))
        .where(and(...where))
        .groupBy(programs.id)
        .orderBy(programs.id);
      return f.limit !== undefined ? q.limit(pageLimit(f.limit, 0, 10_000_000)) : q;
    },

    /**
     * Records a snapshot whose manifest is already in the blob store; idempotent on `id`.
     * @example const snap = await catalog.createSnapshot({ manifestKey: 'snapshots/s1.json', programCount: 3, licenses: ['CC0-1.0'] });
     */
    async createSnapshot(input: SnapshotInput): Promise<Snapshot> {
      if (!input.manifestKey) throw new CatalogInputError('manifestKey', 'is required (write the manifest blob first)');
      if (!Number.isInteger(input.programCount) || input.programCount < 0) throw new CatalogInputError('programCount', `${input.programCount} is not a non-negative integer`);
      const id = input.id ?? newId('snap');
      await db
        .insert(snapshots)
        .values({ id, manifestKey: input.manifestKey, manifestSha256: input.manifestSha256, filter: input.filter ?? {}, programCount: input.programCount, licenses: [...new Set(input.licenses)].sort() })
        .onConflictDoNothing({ target: snapshots.id });
      const [row] = await db.select().from(snapshots).where(eq(snapshots.id, id));
      return row!;
    },

    /** @example await catalog.getSnapshot('snap_…') */
    async getSnapshot(id: string): Promise<Snapshot | null> {
      const [row] = await db.select().from(snapshots).where(eq(snapshots.id, id));
      return row ?? null;
    },

    /** Newest first. @example await catalog.listSnapshots({ limit: 20 }) */
    async listSnapshots(opts: { limit?: number } = {}): Promise<Snapshot[]> {
      return db.select().from(snapshots).orderBy(desc(snapshots.createdAt), desc(snapshots.id)).limit(pageLimit(opts.limit));
    },
  };
}
