// `shadertrain eval <checkpoint>`: re-evaluates a published checkpoint. Downloads its backbone
// (checked against the row's sha256), runs `python -m shadertrain.evaluate`, stores the rows.
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { ShadertrainError } from '@shadertrain/core/errors';
import { hashFile, recordEvaluation } from './publish.ts';
import type { TrainerContext, WorkerOverride } from './run.ts';
import { parseTrainSettings } from './settings.ts';
import { spawnWorker, workerCommand, type EvaluationEvent, type WorkerEvent } from './worker.ts';

export interface EvaluateCheckpointOptions extends TrainerContext {
  checkpointId: string;
  /** 'fashion-mnist' or ImageFolder paths (default: fashion-mnist). */
  datasets?: string[];
  protocols?: ('linear' | 'knn' | 'fewshot')[];
  trainSubset?: number;
  testSubset?: number;
  /** Defaults: the run's settings (or the checkpoint's meta). */
  arch?: string;
  resolution?: number;
  device?: string;
  numThreads?: number;
  seed?: number;
  fashionMnistRoot?: string;
  signal?: AbortSignal;
  onEvent?: (e: WorkerEvent) => void;
  worker?: WorkerOverride;
}

export interface EvaluateResult {
  checkpointId: string;
  results: EvaluationEvent[];
  rows: number;
}

/** Downloads a checkpoint's backbone into `<home>/cache/checkpoints/` (reused when its sha256 matches). */
export async function downloadCheckpoint(o: TrainerContext & { checkpointId: string }): Promise<{ file: string; checkpoint: NonNullable<Awaited<ReturnType<TrainerContext['catalog']['getCheckpoint']>>> }> {
  const cp = await o.catalog.getCheckpoint(o.checkpointId);
  if (!cp) throw new ShadertrainError('not-found', `checkpoint ${o.checkpointId} does not exist`, { field: 'checkpoint' });
  const dir = join(o.config.home, 'cache', 'checkpoints');
  const file = join(dir, `${cp.id}.pt`);
  if (existsSync(file) && (await hashFile(file)).sha256 === cp.sha256) return { file, checkpoint: cp };
  await mkdir(dir, { recursive: true });
  const s = await o.blobs.stream(cp.blobKey);
  if (!s) throw new ShadertrainError('not-found', `checkpoint ${cp.id}: blob ${cp.blobKey} is missing from the blob store`);
  const tmp = `${file}.${process.pid}.download`;
  try {
    await pipeline(s.body, createWriteStream(tmp));
    const { sha256 } = await hashFile(tmp);
    if (sha256 !== cp.sha256) throw new ShadertrainError('conflict', `checkpoint ${cp.id}: blob sha256 ${sha256} differs from the recorded ${cp.sha256}`);
    await rename(tmp, file);
  } finally {
    await rm(tmp, { force: true });
  }
  return { file, checkpoint: cp };
}

/**
 * @example
 * const { results } = await evaluateCheckpoint({ catalog, blobs, config, checkpointId, datasets: ['fashion-mnist'] });
 */
export async function evaluateCheckpoint(o: EvaluateCheckpointOptions): Promise<EvaluateResult> {
  const { file, checkpoint: cp } = await downloadCheckpoint(o);
  const run = await o.catalog.getTrainingRun(cp.runId);
  let arch = o.arch ?? (typeof cp.meta.arch === 'string' ? cp.meta.arch : undefined);
  let resolution = o.resolution ?? (typeof cp.meta.resolution === 'number' ? cp.meta.resolution : undefined);
  let ev: ReturnType<typeof parseTrainSettings>['eval'] | undefined;
  if (run) {
    try {
      const s = parseTrainSettings(run.config);
      arch ??= s.arch;
      resolution ??= s.resolution;
      ev = s.eval;
    } catch { /* settings of an older format: fall back to flags and defaults */ }
  }
  const args = ['--checkpoint', file, '--arch', arch ?? 'resnet18', '--resolution', String(resolution ?? 64), '--step', String(cp.step)];
  for (const d of o.datasets ?? ev?.datasets ?? ['fashion-mnist']) args.push('--dataset', d);
  for (const p of o.protocols ?? ev?.protocols ?? []) args.push('--protocol', p);
  const trainSubset = o.trainSubset ?? ev?.trainSubset;
  const testSubset = o.testSubset ?? ev?.testSubset;
  const root = o.fashionMnistRoot ?? ev?.fashionMnistRoot;
  if (trainSubset !== undefined) args.push('--train-subset', String(trainSubset));
  if (testSubset !== undefined) args.push('--test-subset', String(testSubset));
  if (o.device) args.push('--device', o.device);
  if (o.numThreads) args.push('--num-threads', String(o.numThreads));
  if (o.seed !== undefined) args.push('--seed', String(o.seed));
  if (root) args.push('--fashion-mnist-root', root);
  const cmd = o.worker
    ? { command: o.worker.command, args: [...(o.worker.args ?? []), ...args] }
    : workerCommand({ python: o.config.python, module: 'shadertrain.evaluate', args });
  const w = spawnWorker({ ...cmd, env: o.worker?.env, logFile: join(o.config.home, 'logs', `eval-${cp.id}.log`), signal: o.signal, graceMs: 10_000 });
  const results: EvaluationEvent[] = [];
  let error: string | null = null;
  for await (const e of w.events) {
    o.onEvent?.(e);
    if (e.event === 'evaluation') results.push(e);
    else if (e.event === 'error') error = e.message;
  }
  const exit = await w.exited;
  if (exit.code !== 0 || error) {
    const why = error ?? (exit.signal ? `evaluator killed by ${exit.signal}` : `evaluator exited with code ${exit.code}`);
    throw new ShadertrainError('eval-failed', `evaluating checkpoint ${cp.id}: ${why}\n${exit.stderrTail.slice(-10).join('\n')}`.trim());
  }
  let rows = 0;
  for (const r of results) rows += await recordEvaluation({ catalog: o.catalog, runId: cp.runId, checkpointId: cp.id, event: r });
  return { checkpointId: cp.id, results, rows };
}
