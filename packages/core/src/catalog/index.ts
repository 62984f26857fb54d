export * from './repository.ts';
export * from './errors.ts';
export * from './cursor.ts';
export type { ProgramInput, ProvenanceInput, ValidationUpdate, ListProgramsOptions, ProgramSummary, ProgramSort, CatalogStats } from './programs.ts';
export type { CrawlCounts, CrawlFinish } from './crawl.ts';
export type { SnapshotFilter, SnapshotProgram, SnapshotInput } from './snapshots.ts';
export type { CheckpointInput, EvaluationInput, ListCheckpointsOptions } from './checkpoints.ts';
