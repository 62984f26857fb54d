import { sql } from 'drizzle-orm';
import {
  bigint, boolean, doublePrecision, index, integer, jsonb, pgEnum, pgTable, text, unique,
} from 'drizzle-orm/pg-core';
import { createInsertSchema, createSelectSchema } from 'drizzle-zod';
import { timestamps, ts } from './columns.ts';
import { snapshots } from './snapshots.ts';

export const runStatus = pgEnum('training_run_status', ['queued', 'running', 'succeeded', 'failed', 'cancelled']);
export type RunStatus = (typeof runStatus.enumValues)[number];

export const evalProtocol = pgEnum('eval_protocol', ['linear', 'knn', 'fewshot']);
export type EvalProtocol = (typeof evalProtocol.enumValues)[number];

/** One point of a run's metric series, e.g. `{ step: 100, loss: 4.2, imagesPerSec: 900 }`. */
export type MetricPoint = { step: number } & Record<string, number>;

/** A training run, queued by the API/CLI and claimed by one trainer at a time. */
export const trainingRuns = pgTable(
  'training_runs',
  {
    id: text('id').primaryKey(),
    snapshotId: text('snapshot_id').notNull().references(() => snapshots.id),
    config: jsonb('config').$type<Record<string, unknown>>().notNull().default({}),
    status: runStatus('status').notNull().default('queued'),
    progress: jsonb('progress').$type<Record<string, unknown>>(),
    metrics: jsonb('metrics').$type<MetricPoint[]>().notNull().default([]),
    error: text('error'),
    cancelRequested: boolean('cancel_requested').notNull().default(false),
    claimedBy: text('claimed_by'),
    attempts: integer('attempts').notNull().default(0),
    startedAt: ts('started_at'),
    finishedAt: ts('finished_at'),
    heartbeatAt: ts('heartbeat_at'),
    ...timestamps,
  },
  (t) => [
    index('training_runs_status_created_idx').on(t.status, t.createdAt, t.id),
    index('training_runs_created_idx').on(t.createdAt, t.id),
  ],
);

/** A published checkpoint: blob first, then this row. Records its snapshot and licenses. */
export const checkpoints = pgTable(
  'checkpoints',
  {
    id: text('id').primaryKey(),
    runId: text('run_id').notNull().references(() => trainingRuns.id),
    snapshotId: text('snapshot_id').notNull().references(() => snapshots.id),
    step: integer('step').notNull(),
    blobKey: text('blob_key').notNull(),
    bytes: bigint('bytes', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    licenses: text('licenses').array().notNull().default(sql`'{}'::text[]`),
    meta: jsonb('meta').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    unique('checkpoints_run_step_uq').on(t.runId, t.step),
    index('checkpoints_created_idx').on(t.createdAt, t.id),
  ],
);

/**
 * One number from evaluating a checkpoint (or, with `checkpoint_id` null, a randomly initialised
 * backbone of a run) on a labeled dataset. `baseline` is the same protocol on random init.
 */
export const evaluations = pgTable(
  'evaluations',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    checkpointId: text('checkpoint_id').references(() => checkpoints.id, { onDelete: 'cascade' }),
    runId: text('run_id').references(() => trainingRuns.id),
    dataset: text('dataset').notNull(),
    protocol: evalProtocol('protocol').notNull(),
    metric: text('metric').notNull().default('top1'),
    value: doublePrecision('value').notNull(),
    baseline: doublePrecision('baseline'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    unique('evaluations_uq')
      .on(t.checkpointId, t.runId, t.dataset, t.protocol, t.metric)
      .nullsNotDistinct(),
    index('evaluations_rank_idx').on(t.dataset, t.protocol, t.metric, t.value),
  ],
);

export const trainingRunSelectSchema = createSelectSchema(trainingRuns);
export const trainingRunInsertSchema = createInsertSchema(trainingRuns);
export const checkpointSelectSchema = createSelectSchema(checkpoints);
export const checkpointInsertSchema = createInsertSchema(checkpoints);
export const evaluationSelectSchema = createSelectSchema(evaluations);
export const evaluationInsertSchema = createInsertSchema(evaluations);
export type TrainingRun = typeof trainingRuns.$inferSelect;
export type NewTrainingRun = typeof trainingRuns.$inferInsert;
export type Checkpoint = typeof checkpoints.$inferSelect;
export type NewCheckpoint = typeof checkpoints.$inferInsert;
export type Evaluation = typeof evaluations.$inferSelect;
export type NewEvaluation = typeof evaluations.$inferInsert;
