// The catalog's training side: snapshot program selection, snapshots, training runs (queue, claim,
// progress, finish), checkpoints and evaluations. Written by the trainer orchestrator
// (packages/trainer); every write is idempotent so a re-run after a crash changes nothing twice.
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import {
  checkpoints, evaluations, programs, provenance, snapshots, trainingRuns,
  type Checkpoint, type EvalProtocol, type MetricPoint, type NewCheckpoint, type RunStatus, type Snapshot, type TrainingRun,
} from '../db/schema/index.ts';

/** Which valid programs a snapshot may take. Empty lists mean "no restriction". */
export interface SnapshotProgramFilter {
  licenses?: string[];
  sources?: string[];
  families?: string[];
}

/** A valid program with the provenance that admits it (the first allowed license/source, sorted). */
export interface SnapshotCandidate {
  id: string;
  sourceKey: string;
  family: string | null;
  license: string;
  source: string;
  stats: Record<string, unknown> | null;
}

export interface NewEvaluationRow {
  checkpointId: string | null;
  runId: string;
  dataset: string;
  protocol: EvalProtocol;
  metric?: string;
  value: number;
  baseline?: number | null;
  details?: Record<string, unknown>;
}

const RUN_ID = sql.raw('"training_runs"."id"');

/**
 * The training repository over one database handle.
 *
 * @example
 * const training = createTrainingCatalog(db);
 * const run = await training.claimNextRun({ worker: 'host-1' });
 * if (run) await training.updateRunProgress(run.id, { step: 10 }, [{ step: 10, loss: 4.2 }]);
 */
export function createTrainingCatalog(db: Db) {
  return {
    /** Every valid program passing the filter, one row per program, ordered by id. */
    async listSnapshotCandidates(filter: SnapshotProgramFilter = {}): Promise<SnapshotCandidate[]> {
      const provWhere: SQL[] = [];
      if (filter.licenses?.length) provWhere.push(inArray(provenance.license, filter.licenses));
      if (filter.sources?.length) provWhere.push(inArray(provenance.sourceId, filter.sources));
      const where: SQL[] = [eq(programs.status, 'valid'), ...provWhere];
      if (filter.families?.length) where.push(inArray(programs.family, filter.families));
      // DISTINCT ON keeps one admitting provenance per program: the smallest (license, source).
      const rows = await db
        .selectDistinctOn([programs.id], {
          id: programs.id, sourceKey: programs.sourceKey, family: programs.family, stats: programs.stats,
          license: provenance.license, source: provenance.sourceId,
        })
        .from(programs)
        .innerJoin(provenance, eq(provenance.programId, programs.id))
        .where(and(...where))
        .orderBy(asc(programs.id), asc(provenance.license), asc(provenance.sourceId));
      return rows.map((r) => ({ ...r, stats: r.stats ?? null }));
    },

    async getSnapshot(id: string): Promise<Snapshot | null> {
      const [r] = await db.select().from(snapshots).where(eq(snapshots.id, id)).limit(1);
      return r ?? null;
    },

    /** Inserts the snapshot row unless it exists (ids are content hashes); returns the stored row. */
    async insertSnapshot(row: typeof snapshots.$inferInsert): Promise<Snapshot> {
      await db.insert(snapshots).values(row).onConflictDoNothing();
      const [r] = await db.select().from(snapshots).where(eq(snapshots.id, row.id)).limit(1);
      return r!;
    },

    async getRun(id: string): Promise<TrainingRun | null> {
      const [r] = await db.select().from(trainingRuns).where(eq(trainingRuns.id, id)).limit(1);
      return r ?? null;
    },

    /** Inserts a run (status `queued` unless given). */
    async insertRun(row: { id: string; snapshotId: string; config: Record<string, unknown>; status?: RunStatus; claimedBy?: string }): Promise<TrainingRun> {
      const running = row.status === 'running';
      const [r] = await db.insert(trainingRuns).values({
        id: row.id, snapshotId: row.snapshotId, config: row.config, status: row.status ?? 'queued',
        claimedBy: row.claimedBy ?? null, attempts: running ? 1 : 0,
        startedAt: running ? new Date() : null, heartbeatAt: running ? new Date() : null,
      }).returning();
      return r!;
    },

    /**
     * Atomically claims a queued run (the given one, or the oldest) for `worker`: status `running`,
     * attempts + 1, heartbeat now. With `staleMs`, a `running` run whose heartbeat is older is
     * claimable too (its trainer died). Returns null when there is nothing to claim.
     */
    async claimRun(opts: { worker: string; runId?: string; staleMs?: number }): Promise<TrainingRun | null> {
      const claimable = opts.staleMs
        ? sql`(${trainingRuns.status} = 'queued' or (${trainingRuns.status} = 'running' and ${trainingRuns.heartbeatAt} < now() - make_interval(secs => ${opts.staleMs / 1000})))`
        : sql`${trainingRuns.status} = 'queued'`;
      const pick = opts.runId
        ? sql`select ${RUN_ID} from ${trainingRuns} where ${RUN_ID} = ${opts.runId} and ${claimable} and not ${trainingRuns.cancelRequested} for update skip locked`
        : sql`select ${RUN_ID} from ${trainingRuns} where ${claimable} and not ${trainingRuns.cancelRequested} order by ${trainingRuns.createdAt}, ${RUN_ID} limit 1 for update skip locked`;
      const [r] = await db.update(trainingRuns)
        .set({
          status: 'running', claimedBy: opts.worker, attempts: sql`${trainingRuns.attempts} + 1`, error: null,
          startedAt: sql`coalesce(${trainingRuns.startedAt}, now())`, heartbeatAt: sql`now()`, finishedAt: null,
        })
        .where(sql`${RUN_ID} = (${pick})`)
        .returning();
      return r ?? null;
    },

    /**
     * Stores the latest progress, appends metric points (dropping stored points at or after the
     * first new step, so a resumed run does not repeat steps) and beats the heartbeat. Returns
     * whether cancellation was requested.
     */
    async updateRunProgress(id: string, progress: Record<string, unknown> | null, points: MetricPoint[] = []): Promise<{ cancelRequested: boolean }> {
      const set: Record<string, unknown> = { heartbeatAt: sql`now()` };
      if (progress) set.progress = progress;
      if (points.length) {
        const from = Math.min(...points.map((p) => p.step));
        set.metrics = sql`coalesce((select jsonb_agg(x order by o) from jsonb_array_elements(${trainingRuns.metrics}) with ordinality as t(x, o) where (x->>'step')::numeric < ${from}), '[]'::jsonb) || ${JSON.stringify(points)}::jsonb`;
      }
      const [r] = await db.update(trainingRuns).set(set).where(eq(trainingRuns.id, id)).returning({ cancelRequested: trainingRuns.cancelRequested });
      return { cancelRequested: r?.cancelRequested ?? false };
    },

    /** Ends a run: succeeded / failed (with the error) / cancelled. */
    async finishRun(id: string, status: 'succeeded' | 'failed' | 'cancelled', error: string | null = null): Promise<void> {
      await db.update(trainingRuns)
        .set({ status, error, finishedAt: sql`now()`, heartbeatAt: sql`now()`, claimedBy: null })
        .where(eq(trainingRuns.id, id));
    },

    /** Puts a claimed run back in the queue (graceful shutdown); it resumes from its checkpoint. */
    async requeueRun(id: string, note: string | null = null): Promise<void> {
      await db.update(trainingRuns)
        .set({ status: 'queued', claimedBy: null, error: note, heartbeatAt: sql`now()` })
        .where(eq(trainingRuns.id, id));
    },

    /** Asks the trainer running it to stop; a queued run is cancelled at once. */
    async requestCancel(id: string): Promise<void> {
      await db.update(trainingRuns).set({ cancelRequested: true }).where(eq(trainingRuns.id, id));
      await db.update(trainingRuns).set({ status: 'cancelled', finishedAt: sql`now()` })
        .where(and(eq(trainingRuns.id, id), eq(trainingRuns.status, 'queued')));
    },

    /** Inserts the checkpoint row unless (run, step) exists; returns the stored row. */
    async insertCheckpoint(row: NewCheckpoint): Promise<Checkpoint> {
      await db.insert(checkpoints).values(row).onConflictDoNothing();
      const [r] = await db.select().from(checkpoints)
        .where(and(eq(checkpoints.runId, row.runId), eq(checkpoints.step, row.step))).limit(1);
      return r!;
    },

    async getCheckpoint(id: string): Promise<Checkpoint | null> {
      const [r] = await db.select().from(checkpoints).where(eq(checkpoints.id, id)).limit(1);
      return r ?? null;
    },

    async listRunCheckpoints(runId: string): Promise<Checkpoint[]> {
      return db.select().from(checkpoints).where(eq(checkpoints.runId, runId)).orderBy(asc(checkpoints.step));
    },

    /** Inserts or replaces evaluation rows (unique on checkpoint, run, dataset, protocol, metric). */
    async upsertEvaluations(rows: NewEvaluationRow[]): Promise<void> {
      for (const r of rows) {
        await db.insert(evaluations)
          .values({ ...r, metric: r.metric ?? 'top1', baseline: r.baseline ?? null, details: r.details ?? {} })
          .onConflictDoUpdate({
            target: [evaluations.checkpointId, evaluations.runId, evaluations.dataset, evaluations.protocol, evaluations.metric],
            set: { value: r.value, baseline: r.baseline ?? null, details: r.details ?? {}, createdAt: sql`now()` },
          });
      }
    },

    async listEvaluations(filter: { runId?: string; checkpointId?: string }) {
      const where: SQL[] = [];
      if (filter.runId) where.push(eq(evaluations.runId, filter.runId));
      if (filter.checkpointId) where.push(eq(evaluations.checkpointId, filter.checkpointId));
      return db.select().from(evaluations).where(where.length ? and(...where) : undefined)
        .orderBy(asc(evaluations.dataset), asc(evaluations.protocol), asc(evaluations.id));
    },
  };
}

export type TrainingCatalog = ReturnType<typeof createTrainingCatalog>;
