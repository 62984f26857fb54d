// Publishing what a worker wrote: checkpoint files go to the blob store first, then the checkpoint
// row (with its snapshot and licenses); evaluation results become evaluation rows.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { BlobStore } from '@shadertrain/core/blob/types';
import type { Checkpoint } from '@shadertrain/core/db/schema/training';
import { ShadertrainError } from '@shadertrain/core/errors';
import type { TrainerCatalog } from './catalog.ts';
import type { EvaluationEvent } from './worker.ts';

export const checkpointKey = (runId: string, step: number) => `checkpoints/${runId}/${step}.pt`;

/** sha256 and size of a file, streamed. */
export async function hashFile(path: string): Promise<{ sha256: string; bytes: number }> {
  const h = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(path)) {
    h.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { sha256: h.digest('hex'), bytes };
}

export interface PublishCheckpointOptions {
  catalog: Pick<TrainerCatalog, 'addCheckpoint'>;
  blobs: BlobStore;
  runId: string;
  snapshotId: string;
  licenses: string[];
  step: number;
  /** The worker's backbone-<step>.pt. */
  file: string;
  /** The sha256 the worker reported, checked against the file. */
  expectedSha256?: string;
  meta?: Record<string, unknown>;
}

/**
 * Uploads a backbone file to `checkpoints/<runId>/<step>.pt` and then inserts its row. Idempotent:
 * publishing the same step again re-puts the same bytes and keeps the existing row.
 */
export async function publishCheckpoint(o: PublishCheckpointOptions): Promise<Checkpoint> {
  const { sha256, bytes } = await hashFile(o.file);
  if (o.expectedSha256 && o.expectedSha256 !== sha256) {
    throw new ShadertrainError('conflict', `checkpoint ${o.file}: sha256 ${sha256} differs from the worker's ${o.expectedSha256}`);
  }
  const key = checkpointKey(o.runId, o.step);
  const put = await o.blobs.put(key, createReadStream(o.file), { contentType: 'application/octet-stream' });
  if (put.bytes !== bytes) {
    throw new ShadertrainError('conflict', `checkpoint upload ${key}: stored ${put.bytes} bytes, file has ${bytes}`);
  }
  const { checkpoint } = await o.catalog.addCheckpoint({
    runId: o.runId, snapshotId: o.snapshotId, step: o.step, blobKey: key,
    bytes, sha256, licenses: [...o.licenses].sort(), meta: o.meta ?? {},
  });
  return checkpoint;
}

/**
 * Evaluation rows for one worker `evaluation` event: the checkpoint's value with its random-init
 * baseline beside it, and the run's random-init row (checkpoint null) for the leaderboard.
 * A null value (the worker sends null for NaN) is skipped.
 */
export async function recordEvaluation(o: {
  catalog: Pick<TrainerCatalog, 'addEvaluation'>;
  runId: string;
  checkpointId: string | null;
  event: EvaluationEvent;
}): Promise<number> {
  const e = o.event;
  if (typeof e.value !== 'number') return 0;
  const metric = typeof e.metric === 'string' ? e.metric : 'top1';
  const { event: _k, step: _s, dataset: _d, protocol: _p, value: _v, baseline: _b, metric: _m, ...details } = e;
  const rows: Parameters<TrainerCatalog['addEvaluation']>[0][] = [{
    checkpointId: o.checkpointId, runId: o.runId, dataset: e.dataset, protocol: e.protocol, metric, value: e.value,
    baseline: typeof e.baseline === 'number' ? e.baseline : null, details: { ...details, step: e.step },
  }];
  if (o.checkpointId && typeof e.baseline === 'number') {
    rows.push({ checkpointId: null, runId: o.runId, dataset: e.dataset, protocol: e.protocol, metric, value: e.baseline, baseline: null, details: { ...details, randomInit: true } });
  }
  for (const r of rows) await o.catalog.addEvaluation(r);
  return rows.length;
}
