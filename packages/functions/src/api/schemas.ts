// Zod schemas of every API parameter, body and response. The OpenAPI document is generated from them.
import { z } from '@hono/zod-openapi';

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'not-found' }),
      message: z.string(),
      field: z.string().optional(),
    }),
  })
  .openapi('Error');

const iso = z.string().openapi({ format: 'date-time', example: '2025-01-01T00:00:00.000Z' });
const json = z.record(z.string(), z.unknown());

export const ProgramId = z.string().regex(/^[0-9a-f]{6,64}$/, 'a program id is lowercase hex').openapi({ example: '3f2a9c0d1e4b5a6978c1' });
export const SafeId = z.string().min(1).max(128).regex(/^[A-Za-z0-9._:-]+$/, 'ids use letters, digits and . _ : -');
export const Limit = (max: number, dflt: number) =>
  z.coerce.number().int().min(1).max(max).default(dflt).openapi({ example: dflt, description: `page size, 1..${max}` });
export const CursorParam = z.string().max(512).optional().openapi({ description: 'nextCursor of the previous page' });

export const programStatus = z.enum(['pending', 'valid', 'rejected', 'quarantined']);
export const runStatus = z.enum(['queued', 'running', 'succeeded', 'failed', 'cancelled']);
export const evalProtocol = z.enum(['linear', 'knn', 'fewshot']);

export const ProgramSummarySchema = z
  .object({
    id: z.string(), title: z.string().nullable(), family: z.string().nullable(), dialect: z.string(),
    status: programStatus, tags: z.array(z.string()), hasThumbnail: z.boolean(), createdAt: iso,
  })
  .openapi('ProgramSummary');

export const ProgramPageSchema = z
  .object({ items: z.array(ProgramSummarySchema), nextCursor: z.string().nullable() })
  .openapi('ProgramPage');

export const ProvenanceSchema = z
  .object({
    sourceId: z.string(), externalId: z.string(), url: z.string().nullable(), title: z.string().nullable(),
    author: z.string().nullable(), license: z.string(), fetchedAt: iso,
  })
  .openapi('Provenance');

export const ProgramSchema = z
  .object({
    id: z.string(), title: z.string().nullable(), family: z.string().nullable(), dialect: z.string(), status: programStatus,
    rejectReason: z.string().nullable(), tags: z.array(z.string()), sourceBytes: z.number().int().nullable(),
    source: z.string().nullable().openapi({ description: 'the normalized GLSL body (null if its blob is missing)' }),
    thumbnailUrl: z.string().nullable(), features: json.nullable(), stats: json.nullable(),
    licenses: z.array(z.string()), provenance: z.array(ProvenanceSchema),
    validatedAt: iso.nullable(), createdAt: iso, updatedAt: iso,
  })
  .openapi('Program');

const counts = z.record(z.string(), z.number().int());
export const CrawlRunSchema = z
  .object({
    id: z.string(), sourceId: z.string(), status: z.enum(['running', 'succeeded', 'failed']), startedAt: iso, finishedAt: iso.nullable(),
    fetched: z.number().int(), new: z.number().int(), duplicate: z.number().int(), rejected: z.number().int(), failed: z.number().int(),
  })
  .openapi('CrawlRun');
export const StatsSchema = z
  .object({
    programs: z.number().int(), byStatus: counts, bySource: counts, byLicense: counts, byRejectReason: counts,
    crawls: z.array(CrawlRunSchema),
  })
  .openapi('CatalogStats');

export const SourceSchema = z
  .object({
    id: z.string(), kind: z.string(), cursor: z.unknown().nullable(), programs: z.number().int(), lastCrawlAt: iso.nullable(),
    createdAt: iso, updatedAt: iso,
  })
  .openapi('Source');
export const SourceListSchema = z.object({ items: z.array(SourceSchema) }).openapi('SourceList');

export const SnapshotSchema = z
  .object({
    id: z.string(), manifestKey: z.string(), manifestSha256: z.string().nullable(), filter: json, programCount: z.number().int(),
    licenses: z.array(z.string()), createdAt: iso,
  })
  .openapi('Snapshot');
export const SnapshotPageSchema = z.object({ items: z.array(SnapshotSchema), nextCursor: z.string().nullable() }).openapi('SnapshotPage');

export const RunSummarySchema = z
  .object({
    id: z.string(), snapshotId: z.string(), status: runStatus, progress: json.nullable(), config: json, error: z.string().nullable(),
    cancelRequested: z.boolean(), startedAt: iso.nullable(), finishedAt: iso.nullable(), createdAt: iso,
  })
  .openapi('RunSummary');
export const RunPageSchema = z.object({ items: z.array(RunSummarySchema), nextCursor: z.string().nullable() }).openapi('RunPage');
export const MetricPointSchema = z.record(z.string(), z.number()).openapi('MetricPoint', { description: '{ step, loss, ... }' });
export const RunEvaluationSchema = z
  .object({
    checkpointId: z.string().nullable(), step: z.number().int().nullable(), dataset: z.string(), protocol: evalProtocol,
    metric: z.string(), value: z.number(), baseline: z.number().nullable(),
  })
  .openapi('RunEvaluation');
export const RunSchema = RunSummarySchema.extend({
  metrics: z.array(MetricPointSchema), updatedAt: iso,
  checkpoints: z.array(z.object({ id: z.string(), step: z.number().int() })),
  evaluations: z.array(RunEvaluationSchema),
}).openapi('Run');

export const EvaluationBriefSchema = z
  .object({ dataset: z.string(), protocol: evalProtocol, metric: z.string(), value: z.number(), baseline: z.number().nullable() })
  .openapi('EvaluationBrief');
export const CheckpointSummarySchema = z
  .object({
    id: z.string(), runId: z.string(), snapshotId: z.string(), step: z.number().int(), bytes: z.number().int(), sha256: z.string(),
    licenses: z.array(z.string()), createdAt: iso, score: z.number().nullable(), evaluations: z.array(EvaluationBriefSchema),
    downloadUrl: z.string(),
  })
  .openapi('CheckpointSummary');
export const CheckpointPageSchema = z
  .object({ items: z.array(CheckpointSummarySchema), nextCursor: z.string().nullable() })
  .openapi('CheckpointPage');
export const CheckpointSchema = z
  .object({
    id: z.string(), runId: z.string(), snapshotId: z.string(), step: z.number().int(), bytes: z.number().int(), sha256: z.string(),
    licenses: z.array(z.string()), meta: json, createdAt: iso, downloadUrl: z.string(),
    evaluations: z.array(EvaluationBriefSchema.extend({ details: json, createdAt: iso })),
  })
  .openapi('Checkpoint');

// Write bodies and results.
export const CrawlRequestSchema = z
  .object({ sources: z.array(SafeId).max(32).optional().openapi({ description: 'source ids; all when absent' }) })
  .strict()
  .openapi('CrawlRequest');
export const CrawlQueuedSchema = z
  .object({ id: z.string(), status: z.literal('queued'), sources: z.array(z.string()).nullable(), requestedAt: iso })
  .openapi('CrawlQueued');
export const SnapshotRequestSchema = z
  .object({
    id: SafeId.optional(),
    filter: z
      .object({
        status: programStatus.optional(), licenses: z.array(z.string().max(64)).max(64).optional(),
        sources: z.array(SafeId).max(64).optional(), families: z.array(z.string().max(64)).max(256).optional(),
        limit: z.number().int().min(1).max(10_000_000).optional(),
      })
      .strict()
      .default({}),
  })
  .strict()
  .openapi('SnapshotRequest');
export const RunRequestSchema = z
  .object({ snapshotId: SafeId, id: SafeId.optional(), config: json.default({}) })
  .strict()
  .openapi('RunRequest');
export const RunCancelledSchema = z
  .object({ id: z.string(), status: runStatus, cancelRequested: z.boolean() })
  .openapi('RunCancelled');
