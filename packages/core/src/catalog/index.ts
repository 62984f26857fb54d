export * from './repository.ts';
export type { SourceInput } from './sources.ts';
export * from './errors.ts';
export * from './cursor.ts';
export type { ProgramInput, ProvenanceInput, ValidationUpdate, ProgramRow, ProvenanceRow, ValidationRecord, ListProgramsOptions, ProgramSummary, ProgramSort, CatalogStats } from './programs.ts';
export type { CrawlCounts, CrawlFinish, CrawlRunPatch } from './crawl.ts';
export type { SnapshotFilter, SnapshotProgram, SnapshotInput } from './snapshots.ts';
export type { CheckpointInput, EvaluationInput, ListCheckpointsOptions } from './checkpoints.ts';
