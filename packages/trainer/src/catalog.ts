// The part of the catalog repository (packages/core/src/catalog) the trainer uses, by name.
import type { Db } from '@shadertrain/core/db/client';
import { createCatalog, type Catalog } from '@shadertrain/core/catalog/repository';

export type TrainerCatalog = Pick<Catalog,
  | 'selectSnapshotPrograms' | 'createSnapshot' | 'getSnapshot'
  | 'createTrainingRun' | 'claimNextTrainingRun' | 'claimTrainingRun' | 'getTrainingRun' | 'updateTrainingProgress' | 'appendMetrics'
  | 'finishTrainingRun' | 'requeueTrainingRun' | 'requeueStaleTrainingRuns'
  | 'addCheckpoint' | 'getCheckpoint' | 'addEvaluation'
>;

/**
 * The catalog repository over `db`, with everything the trainer calls.
 *
 * @example
 * const { db } = await openDatabase(cfg.databaseUrl);
 * await train({ catalog: trainerCatalog(db), blobs, config: cfg, snapshotId, settings: { steps: 100 } });
 */
export function trainerCatalog(db: Db): Catalog {
  return createCatalog(db);
}
