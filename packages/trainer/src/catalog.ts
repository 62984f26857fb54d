// The part of the catalog repository (packages/core/src/catalog) the trainer uses, by name.
//
// STOPGAP: the repository has no "claim this queued run" (only `claimNextTrainingRun`, the oldest),
// which `train({ runId })` and a freshly created CLI run need. `claimTrainingRun` below fills the
// gap until the repository has it (it is used only when the catalog lacks one); it belongs in
// packages/core/src/catalog/training.ts.
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@shadertrain/core/db/client';
import { trainingRuns, type TrainingRun } from '@shadertrain/core/db/schema/training';
import { createCatalog, type Catalog } from '@shadertrain/core/catalog/repository';

export type TrainerCatalog = Pick<Catalog,
  | 'selectSnapshotPrograms' | 'createSnapshot' | 'getSnapshot'
  | 'createTrainingRun' | 'claimNextTrainingRun' | 'getTrainingRun' | 'updateTrainingProgress' | 'appendMetrics'
  | 'finishTrainingRun' | 'requeueTrainingRun' | 'requeueStaleTrainingRuns'
  | 'addCheckpoint' | 'getCheckpoint' | 'addEvaluation'
> & {
  /** Atomically claims the queued run `id` for `workerId`; null if it is not queued. */
  claimTrainingRun(id: string, workerId: string): Promise<TrainingRun | null>;
};

function claimTrainingRunStopgap(db: Db) {
  return async (id: string, workerId: string): Promise<TrainingRun | null> => {
    const now = new Date();
    const [row] = await db
      .update(trainingRuns)
      .set({
        status: 'running', claimedBy: workerId, attempts: sql`${trainingRuns.attempts} + 1`,
        startedAt: sql`coalesce(${trainingRuns.startedAt}, now())`, heartbeatAt: now, updatedAt: now,
      })
      .where(and(eq(trainingRuns.id, id), eq(trainingRuns.status, 'queued')))
      .returning();
    return row ?? null;
  };
}

/**
 * The catalog repository over `db`, with everything the trainer calls.
 *
 * @example
 * const { db } = await openDatabase(cfg.databaseUrl);
 * await train({ catalog: trainerCatalog(db), blobs, config: cfg, snapshotId, settings: { steps: 100 } });
 */
export function trainerCatalog(db: Db): Catalog & TrainerCatalog {
  const c = createCatalog(db) as Catalog & Partial<Pick<TrainerCatalog, 'claimTrainingRun'>>;
  return { ...c, claimTrainingRun: c.claimTrainingRun ?? claimTrainingRunStopgap(db) };
}
