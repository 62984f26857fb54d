import { and, asc, desc, eq, lt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { snapshots, trainingRuns, type MetricPoint, type RunStatus, type TrainingRun } from '../db/schema/index.ts';
import { pageLimit } from './cursor.ts';
import { CatalogInputError, CatalogNotFoundError } from './errors.ts';
import { newId } from './ids.ts';

/** Training runs: a queue of runs claimed atomically by trainers. */
export function trainingQueries(db: Db) {
  const get = async (id: string): Promise<TrainingRun | null> => {
    const [row] = await db.select().from(trainingRuns).where(eq(trainingRuns.id, id));
    return row ?? null;
  };
  const mustGet = async (id: string) => {
    const row = await get(id);
    if (!row) throw new CatalogNotFoundError('training run', id);
    return row;
  };
  /** Moves the queued run that `which` selects to running, for `workerId`; null if none is queued. */
  const claim = async (which: SQL, workerId: string): Promise<TrainingRun | null> => {
    const now = new Date();
    const [row] = await db
      .update(trainingRuns)
      .set({
        status: 'running', claimedBy: workerId, attempts: sql`${trainingRuns.attempts} + 1`,
        startedAt: sql`coalesce(${trainingRuns.startedAt}, now())`, heartbeatAt: now, updatedAt: now,
      })
      .where(and(which, eq(trainingRuns.status, 'queued')))
      .returning();
    return row ?? null;
  };
  return {
    /**
     * Queues a run on a snapshot.
     * @example const run = await catalog.createTrainingRun({ snapshotId: snap.id, config: { method: 'moco', arch: 'resnet18' } });
     */
    async createTrainingRun(input: { id?: string; snapshotId: string; config?: Record<string, unknown> }): Promise<TrainingRun> {
      const [snap] = await db.select({ id: snapshots.id }).from(snapshots).where(eq(snapshots.id, input.snapshotId));
      if (!snap) throw new CatalogInputError('snapshotId', `snapshot ${JSON.stringify(input.snapshotId)} does not exist`);
      const [row] = await db.insert(trainingRuns).values({ id: input.id ?? newId('run'), snapshotId: input.snapshotId, config: input.config ?? {} }).returning();
      return row!;
    },

    /**
     * Atomically claims the oldest queued run (FOR UPDATE SKIP LOCKED): two trainers never get the same one.
     * @example const run = await catalog.claimNextTrainingRun('trainer-gpu-1'); if (run) { ... }
     */
    async claimNextTrainingRun(workerId: string): Promise<TrainingRun | null> {
      const next = db
        .select({ id: trainingRuns.id })
        .from(trainingRuns)
        .where(eq(trainingRuns.status, 'queued'))
        .orderBy(asc(trainingRuns.createdAt), asc(trainingRuns.id))
        .limit(1)
        .for('update', { skipLocked: true });
      // `= (scalar subquery)` is an InitPlan evaluated once; `IN (subquery)` may be re-run per row.
      return claim(eq(trainingRuns.id, sql`(${next})`), workerId);
    },

    /**
     * Atomically claims the queued run `id` for `workerId` (a run the caller just queued, or one named
     * on the command line); null if it is not queued.
     * @example const run = await catalog.claimTrainingRun(id, 'trainer-gpu-1');
     */
    async claimTrainingRun(id: string, workerId: string): Promise<TrainingRun | null> {
      return claim(eq(trainingRuns.id, id), workerId);
    },

    /**
     * Stores progress and beats the heartbeat; returns whether a cancel was requested.
     * @example const { cancelRequested } = await catalog.updateTrainingProgress(run.id, { step: 100, imagesPerSec: 900 });
     */
    async updateTrainingProgress(id: string, progress?: Record<string, unknown>): Promise<{ cancelRequested: boolean }> {
      const now = new Date();
      const [row] = await db
        .update(trainingRuns)
        .set({ heartbeatAt: now, updatedAt: now, ...(progress !== undefined ? { progress } : {}) })
        .where(eq(trainingRuns.id, id))
        .returning({ cancelRequested: trainingRuns.cancelRequested });
      if (!row) throw new CatalogNotFoundError('training run', id);
      return row;
    },

    /**
     * Appends points to the run's metric series (atomic jsonb concatenation).
     * @example await catalog.appendMetrics(run.id, [{ step: 100, loss: 4.1 }]);
     */
    async appendMetrics(id: string, points: MetricPoint[]): Promise<void> {
      for (const [i, p] of points.entries()) {
        if (!Number.isFinite(p?.step)) throw new CatalogInputError(`points[${i}].step`, 'must be a finite number');
        for (const [k, v] of Object.entries(p)) {
          if (typeof v !== 'number') throw new CatalogInputError(`points[${i}].${k}`, `${JSON.stringify(v)} is not a number`);
        }
      }
      const r = await db
        .update(trainingRuns)
        .set({ metrics: sql`${trainingRuns.metrics} || ${JSON.stringify(points)}::jsonb`, updatedAt: new Date() })
        .where(eq(trainingRuns.id, id))
        .returning({ id: trainingRuns.id });
      if (r.length === 0) throw new CatalogNotFoundError('training run', id);
    },

    /**
     * Ends a running run. Returns null if it was no longer running (e.g. already finished).
     * @example await catalog.finishTrainingRun(run.id, { status: 'failed', error: 'worker exited with 1' });
     */
    async finishTrainingRun(id: string, f: { status: Extract<RunStatus, 'succeeded' | 'failed' | 'cancelled'>; error?: string }): Promise<TrainingRun | null> {
      if (!['succeeded', 'failed', 'cancelled'].includes(f.status)) throw new CatalogInputError('status', `${JSON.stringify(f.status)} must be succeeded, failed or cancelled`);
      const now = new Date();
      const [row] = await db
        .update(trainingRuns)
        .set({ status: f.status, error: f.error ?? null, finishedAt: now, updatedAt: now })
        .where(and(eq(trainingRuns.id, id), eq(trainingRuns.status, 'running')))
        .returning();
      if (!row) await mustGet(id);
      return row ?? null;
    },

    /**
     * Cancels: a queued run at once; a running one is flagged (`cancelRequested`) for its trainer to stop.
     * @example const run = await catalog.cancelTrainingRun(id); run.status // 'cancelled' or 'running'
     */
    async cancelTrainingRun(id: string): Promise<TrainingRun> {
      const now = new Date();
      const [queued] = await db
        .update(trainingRuns)
        .set({ status: 'cancelled', finishedAt: now, updatedAt: now, cancelRequested: true })
        .where(and(eq(trainingRuns.id, id), eq(trainingRuns.status, 'queued')))
        .returning();
      if (queued) return queued;
      const [running] = await db
        .update(trainingRuns)
        .set({ cancelRequested: true, updatedAt: now })
        .where(and(eq(trainingRuns.id, id), eq(trainingRuns.status, 'running')))
        .returning();
      return running ?? mustGet(id);
    },

    /**
     * Puts a running run back in the queue (trainer stopping on SIGTERM after a checkpoint).
     * @example await catalog.requeueTrainingRun(run.id);
     */
    async requeueTrainingRun(id: string): Promise<TrainingRun> {
      const [row] = await db
        .update(trainingRuns)
        .set({ status: 'queued', claimedBy: null, updatedAt: new Date() })
        .where(and(eq(trainingRuns.id, id), eq(trainingRuns.status, 'running')))
        .returning();
      return row ?? mustGet(id);
    },

    /**
     * Requeues running runs whose heartbeat is older than `olderThanSec` (their trainer died).
     * @example const ids = await catalog.requeueStaleTrainingRuns(300);
     */
    async requeueStaleTrainingRuns(olderThanSec: number): Promise<string[]> {
      const cutoff = new Date(Date.now() - olderThanSec * 1000);
      const rows = await db
        .update(trainingRuns)
        .set({ status: 'queued', claimedBy: null, updatedAt: new Date() })
        .where(and(eq(trainingRuns.status, 'running'), lt(trainingRuns.heartbeatAt, cutoff)))
        .returning({ id: trainingRuns.id });
      return rows.map((r) => r.id);
    },

    /** @example await catalog.getTrainingRun(id) */
    getTrainingRun: get,

    /** Newest first. @example await catalog.listTrainingRuns({ status: 'running' }) */
    async listTrainingRuns(opts: { status?: RunStatus; snapshotId?: string; limit?: number } = {}): Promise<TrainingRun[]> {
      const conds = [];
      if (opts.status) conds.push(eq(trainingRuns.status, opts.status));
      if (opts.snapshotId) conds.push(eq(trainingRuns.snapshotId, opts.snapshotId));
      return db.select().from(trainingRuns).where(and(...conds)).orderBy(desc(trainingRuns.createdAt), desc(trainingRuns.id)).limit(pageLimit(opts.limit));
    },
  };
}
