import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import {
  checkpoints, evaluations, snapshots, trainingRuns, type Checkpoint, type EvalProtocol, type Evaluation,
} from '../db/schema/index.ts';
import { pageLimit } from './cursor.ts';
import { CatalogInputError, CatalogNotFoundError } from './errors.ts';
import { newId } from './ids.ts';

export interface CheckpointInput {
  id?: string;
  runId: string;
  step: number;
  /** Blob key of the uploaded checkpoint (upload first). */
  blobKey: string;
  bytes: number;
  sha256: string;
  /** Defaults to the run's snapshot. */
  snapshotId?: string;
  /** Defaults to the snapshot's licenses. */
  licenses?: string[];
  meta?: Record<string, unknown>;
}

export interface EvaluationInput {
  checkpointId?: string | null;
  runId?: string | null;
  dataset: string;
  protocol: EvalProtocol;
  metric?: string;
  value: number;
  baseline?: number | null;
  details?: Record<string, unknown>;
}

export interface ListCheckpointsOptions {
  runId?: string;
  snapshotId?: string;
  /** Rank by one evaluation metric; checkpoints without it come last. */
  sortBy?: { dataset: string; protocol: EvalProtocol; metric?: string };
  order?: 'desc' | 'asc';
  limit?: number;
}

const PROTOCOLS: readonly EvalProtocol[] = ['linear', 'knn', 'fewshot'];

/** Checkpoints and their evaluations. */
export function checkpointQueries(db: Db) {
  return {
    /**
     * Records a checkpoint whose blob is already uploaded; idempotent on (runId, step).
     * @example const { checkpoint } = await catalog.addCheckpoint({ runId, step: 1000, blobKey, bytes, sha256 });
     */
    async addCheckpoint(input: CheckpointInput): Promise<{ checkpoint: Checkpoint; created: boolean }> {
      if (!Number.isInteger(input.step) || input.step < 0) throw new CatalogInputError('step', `${input.step} is not a non-negative integer`);
      if (!/^[0-9a-f]{64}$/.test(input.sha256 ?? '')) throw new CatalogInputError('sha256', `${JSON.stringify(input.sha256)} is not a hex SHA-256`);
      if (!input.blobKey) throw new CatalogInputError('blobKey', 'is required (upload the checkpoint first)');
      const [run] = await db.select({ snapshotId: trainingRuns.snapshotId }).from(trainingRuns).where(eq(trainingRuns.id, input.runId));
      if (!run) throw new CatalogInputError('runId', `training run ${JSON.stringify(input.runId)} does not exist`);
      const snapshotId = input.snapshotId ?? run.snapshotId;
      let licenses = input.licenses;
      if (!licenses) {
        const [snap] = await db.select({ licenses: snapshots.licenses }).from(snapshots).where(eq(snapshots.id, snapshotId));
        licenses = snap?.licenses ?? [];
      }
      const inserted = await db
        .insert(checkpoints)
        .values({ id: input.id ?? newId('ckpt'), runId: input.runId, snapshotId, step: input.step, blobKey: input.blobKey, bytes: input.bytes, sha256: input.sha256, licenses, meta: input.meta ?? {} })
        .onConflictDoNothing({ target: [checkpoints.runId, checkpoints.step] })
        .returning();
      if (inserted[0]) return { checkpoint: inserted[0], created: true };
      const [existing] = await db.select().from(checkpoints).where(and(eq(checkpoints.runId, input.runId), eq(checkpoints.step, input.step)));
      return { checkpoint: existing!, created: false };
    },

    /** With its evaluations. @example const c = await catalog.getCheckpoint(id); c?.evaluations */
    async getCheckpoint(id: string): Promise<(Checkpoint & { evaluations: Evaluation[] }) | null> {
      const [row] = await db.select().from(checkpoints).where(eq(checkpoints.id, id));
      if (!row) return null;
      const evals = await db.select().from(evaluations).where(eq(evaluations.checkpointId, id)).orderBy(evaluations.dataset, evaluations.protocol, evaluations.metric);
      return { ...row, evaluations: evals };
    },

    /**
     * Lists checkpoints, optionally ranked by one evaluation (`score`).
     * @example await catalog.listCheckpoints({ sortBy: { dataset: 'fashion-mnist', protocol: 'linear' }, limit: 10 })
     */
    async listCheckpoints(opts: ListCheckpointsOptions = {}): Promise<(Checkpoint & { score: number | null })[]> {
      const conds: SQL[] = [];
      if (opts.runId) conds.push(eq(checkpoints.runId, opts.runId));
      if (opts.snapshotId) conds.push(eq(checkpoints.snapshotId, opts.snapshotId));
      const limit = pageLimit(opts.limit);
      const dir = opts.order === 'asc' ? asc : desc;
      if (!opts.sortBy) {
        const rows = await db.select().from(checkpoints).where(and(...conds)).orderBy(dir(checkpoints.createdAt), dir(checkpoints.id)).limit(limit);
        return rows.map((r) => ({ ...r, score: null }));
      }
      const { dataset, protocol, metric = 'top1' } = opts.sortBy;
      if (!PROTOCOLS.includes(protocol)) throw new CatalogInputError('sortBy.protocol', `${JSON.stringify(protocol)} is not one of ${PROTOCOLS.join(', ')}`);
      const rows = await db
        .select({ c: checkpoints, score: evaluations.value })
        .from(checkpoints)
        .leftJoin(evaluations, and(eq(evaluations.checkpointId, checkpoints.id), eq(evaluations.dataset, dataset), eq(evaluations.protocol, protocol), eq(evaluations.metric, metric)))
        .where(and(...conds))
        .orderBy(opts.order === 'asc' ? sql`${evaluations.value} asc nulls last` : sql`${evaluations.value} desc nulls last`, desc(checkpoints.createdAt), desc(checkpoints.id))
        .limit(limit);
      return rows.map((r) => ({ ...r.c, score: r.score }));
    },

    /**
     * Records (or replaces) one evaluation number; `checkpointId` null = random-init baseline of `runId`.
     * @example await catalog.addEvaluation({ checkpointId, dataset: 'fashion-mnist', protocol: 'knn', value: 0.71, baseline: 0.62 });
     */
    async addEvaluation(input: EvaluationInput): Promise<Evaluation> {
      if (!PROTOCOLS.includes(input.protocol)) throw new CatalogInputError('protocol', `${JSON.stringify(input.protocol)} is not one of ${PROTOCOLS.join(', ')}`);
      if (!Number.isFinite(input.value)) throw new CatalogInputError('value', `${input.value} is not a finite number`);
      if (!input.dataset) throw new CatalogInputError('dataset', 'is required');
      let runId = input.runId ?? null;
      if (input.checkpointId) {
        const [c] = await db.select({ runId: checkpoints.runId }).from(checkpoints).where(eq(checkpoints.id, input.checkpointId));
        if (!c) throw new CatalogNotFoundError('checkpoint', input.checkpointId);
        runId ??= c.runId;
      } else if (!runId) {
        throw new CatalogInputError('checkpointId', 'a checkpointId or (for a random-init baseline) a runId is required');
      }
      const values = {
        checkpointId: input.checkpointId ?? null, runId, dataset: input.dataset, protocol: input.protocol, metric: input.metric ?? 'top1',
        value: input.value, baseline: input.baseline ?? null, details: input.details ?? {},
      };
      const [row] = await db
        .insert(evaluations)
        .values(values)
        .onConflictDoUpdate({
          target: [evaluations.checkpointId, evaluations.runId, evaluations.dataset, evaluations.protocol, evaluations.metric],
          set: { value: values.value, baseline: values.baseline, details: values.details, createdAt: new Date() },
        })
        .returning();
      return row!;
    },

    /** @example await catalog.listEvaluations({ runId }) */
    async listEvaluations(opts: { checkpointId?: string; runId?: string; dataset?: string; protocol?: EvalProtocol } = {}): Promise<Evaluation[]> {
      const conds: SQL[] = [];
      if (opts.checkpointId) conds.push(eq(evaluations.checkpointId, opts.checkpointId));
      if (opts.runId) conds.push(eq(evaluations.runId, opts.runId));
      if (opts.dataset) conds.push(eq(evaluations.dataset, opts.dataset));
      if (opts.protocol) conds.push(eq(evaluations.protocol, opts.protocol));
      return db.select().from(evaluations).where(and(...conds)).orderBy(evaluations.createdAt, evaluations.id);
    },
  };
}
