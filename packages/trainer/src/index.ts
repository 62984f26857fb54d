// Public API of @shadertrain/trainer: the TypeScript orchestrator of the Python worker.
export { createSnapshot, readManifest, buildManifest, sampleCandidates, canonicalFilter, manifestKey } from './snapshot.ts';
export type { SnapshotFilter, SnapshotManifest, ManifestProgram, CreateSnapshotOptions, SnapshotResult } from './snapshot.ts';
export { materializeSnapshot, snapshotCacheDir } from './materialize.ts';
export type { MaterializeOptions, Materialized } from './materialize.ts';
export { spawnWorker, workerCommand, parseEventLine, LineSplitter, EXIT_PREEMPTED, WORKER_EVENT_KINDS } from './worker.ts';
export type { WorkerEvent, WorkerExit, WorkerProcess, SpawnWorkerOptions, ProgressEvent, CheckpointEvent, EvaluationEvent } from './worker.ts';
export { train, queueRun, executeRun, runDir, runStateKey, newRunId } from './run.ts';
export type { TrainerContext, TrainOptions, RunOptions, RunOutcome, TrainerEvent, WorkerOverride } from './run.ts';
export { publishCheckpoint, recordEvaluation, checkpointKey, hashFile } from './publish.ts';
export { serveTrainer } from './service.ts';
export type { ServeOptions } from './service.ts';
export { evaluateCheckpoint, downloadCheckpoint } from './evaluate.ts';
export type { EvaluateCheckpointOptions, EvaluateResult } from './evaluate.ts';
export { parseTrainSettings, trainSettingsSchema, workerConfig } from './settings.ts';
export type { TrainSettings, TrainSettingsInput } from './settings.ts';
export { trainerCatalog } from './catalog.ts';
export type { TrainerCatalog } from './catalog.ts';
export { emfLine, publishQueueDepth } from './metrics.ts';
