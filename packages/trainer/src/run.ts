// Training one run: claim (or create) the run row, materialize its snapshot, write the worker's
// config, spawn the worker and turn its events into catalog writes — progress and metric series
// (throttled), checkpoints (blob first, then row), evaluations — and finally the run's status.
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { BlobStore } from '@shadertrain/core/blob/types';
import type { Config } from '@shadertrain/core/config';
import type { Checkpoint, MetricPoint, TrainingRun } from '@shadertrain/core/db/schema/training';
import { ShadertrainError } from '@shadertrain/core/errors';
import type { TrainerCatalog } from './catalog.ts';
import { materializeSnapshot } from './materialize.ts';
import { publishCheckpoint, recordEvaluation } from './publish.ts';
import { parseTrainSettings, workerConfig, type TrainSettings, type TrainSettingsInput } from './settings.ts';
import { EXIT_PREEMPTED, spawnWorker, workerCommand, type WorkerEvent, type WorkerExit } from './worker.ts';

/** What every trainer entry point needs. `config` is the shadertrain config (home, python). */
export interface TrainerContext {
  catalog: TrainerCatalog;
  blobs: BlobStore;
  config: Pick<Config, 'home' | 'python'>;
}

/** Replaces the worker command (tests use a fake worker): `command ...args --config <file>`. */
export interface WorkerOverride {
  command: string;
  args?: string[];
  env?: NodeJS.ProcessEnv;
}

export type TrainerEvent =
  | { type: 'claimed'; run: TrainingRun; resume: boolean }
  | { type: 'materialized'; runId: string; dir: string; programs: number; downloaded: boolean }
  | { type: 'worker'; runId: string; event: WorkerEvent }
  | { type: 'published'; runId: string; checkpoint: Checkpoint }
  | { type: 'done'; outcome: RunOutcome };

export interface RunOptions extends TrainerContext {
  onEvent?: (e: TrainerEvent) => void;
  /** Aborting stops the worker gracefully (it checkpoints) and requeues the run. */
  signal?: AbortSignal;
  /** SIGTERM → SIGKILL grace period (default 120 s). */
  graceMs?: number;
  /** At most one progress write per interval (default 2 s); metric points are all kept. */
  progressIntervalMs?: number;
  /** Heartbeat (and cancel check) interval while the worker is quiet (default 30 s). */
  heartbeatMs?: number;
  /** Identifies this trainer in `claimed_by` (default `<hostname>:<pid>`). */
  workerId?: string;
  worker?: WorkerOverride;
}

export type RunStatusOutcome = 'succeeded' | 'failed' | 'requeued' | 'cancelled';
export interface RunOutcome {
  runId: string;
  status: RunStatusOutcome;
  error: string | null;
  /** Last step the worker reported. */
  step: number;
  checkpoints: Checkpoint[];
  evaluations: number;
  outDir: string;
  exit: Omit<WorkerExit, 'stderrTail'> | null;
}

export const runDir = (home: string, runId: string) => join(home, 'runs', runId);
/** Where a preempted run's full training state is kept so another host can resume it. */
export const runStateKey = (runId: string) => `runs/${runId}/state.pt`;
export const newRunId = () => `run-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
export const defaultWorkerId = () => `${hostname()}:${process.pid}`;

/**
 * Queues a run for `serveTrainer` (or `train({ runId })`).
 *
 * @example
 * const run = await queueRun({ catalog, snapshotId, settings: { steps: 1000, batchSize: 256 } });
 */
export async function queueRun(o: { catalog: TrainerCatalog; snapshotId: string; settings: TrainSettingsInput; runId?: string }): Promise<TrainingRun> {
  const settings = parseTrainSettings(o.settings);
  if (!(await o.catalog.getSnapshot(o.snapshotId))) {
    throw new ShadertrainError('not-found', `snapshot ${o.snapshotId} does not exist`, { field: 'snapshot' });
  }
  return o.catalog.createTrainingRun({ id: o.runId ?? newRunId(), snapshotId: o.snapshotId, config: settings as unknown as Record<string, unknown> });
}

export interface TrainOptions extends RunOptions {
  /** Train a new run on this snapshot with these settings ... */
  snapshotId?: string;
  settings?: TrainSettingsInput;
  /** ... or claim and run this queued run (resuming from its checkpoint if it has one). */
  runId?: string;
}

/**
 * Trains one run in this process and returns how it ended. A worker failure is an outcome
 * (`status: 'failed'`, recorded in the row), not an exception.
 *
 * @example
 * const ac = new AbortController(); process.once('SIGINT', () => ac.abort());
 * const out = await train({ catalog, blobs, config, snapshotId, settings: { steps: 500 }, signal: ac.signal,
 *   onEvent: (e) => e.type === 'worker' && e.event.event === 'progress' && bar.update(e.event.step) });
 */
export async function train(o: TrainOptions): Promise<RunOutcome> {
  const worker = o.workerId ?? defaultWorkerId();
  let run: TrainingRun | null;
  if (o.runId) {
    run = await o.catalog.claimTrainingRun(o.runId, worker);
    if (!run) {
      const existing = await o.catalog.getTrainingRun(o.runId);
      if (!existing) throw new ShadertrainError('not-found', `run ${o.runId} does not exist`, { field: 'run' });
      throw new ShadertrainError('conflict', `run ${o.runId} is ${existing.status}${existing.claimedBy ? ` (claimed by ${existing.claimedBy})` : ''}; only a queued run can be started`, { field: 'run' });
    }
  } else {
    if (!o.snapshotId) throw new ShadertrainError('bad-input', 'give a snapshot to train on (or a queued run id)', { field: 'snapshot' });
    const settings = parseTrainSettings(o.settings);
    if (!(await o.catalog.getSnapshot(o.snapshotId))) {
      throw new ShadertrainError('not-found', `snapshot ${o.snapshotId} does not exist`, { field: 'snapshot' });
    }
    const queued = await o.catalog.createTrainingRun({ id: newRunId(), snapshotId: o.snapshotId, config: settings as unknown as Record<string, unknown> });
    run = await o.catalog.claimTrainingRun(queued.id, worker);
    if (!run) throw new ShadertrainError('conflict', `run ${queued.id} was claimed by another trainer before this one`);
  }
  return executeRun(run, o);
}

const RENAMES: Record<string, string> = { images_per_s: 'imagesPerSec' };

/** Numeric fields of a progress event as a metric point (camelCase keys). */
function metricPoint(e: WorkerEvent & { event: 'progress' }): MetricPoint {
  const p: MetricPoint = { step: e.step };
  for (const [k, v] of Object.entries(e)) {
    if (k === 'event' || k === 'step' || typeof v !== 'number' || !Number.isFinite(v)) continue;
    p[RENAMES[k] ?? k.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase())] = v;
  }
  return p;
}

/** Runs an already claimed run (status `running`) to its end. Used by `train` and `serveTrainer`. */
export async function executeRun(run: TrainingRun, o: RunOptions): Promise<RunOutcome> {
  const { catalog, blobs } = o;
  const outDir = runDir(o.config.home, run.id);
  const outcome: RunOutcome = { runId: run.id, status: 'failed', error: null, step: 0, checkpoints: [], evaluations: 0, outDir, exit: null };
  const emit = (e: TrainerEvent) => { try { o.onEvent?.(e); } catch {} };

  // Catalog writes happen one at a time, in order (events and the heartbeat timer both write).
  let chain: Promise<unknown> = Promise.resolve();
  const serial = <T>(f: () => Promise<T>): Promise<T> => {
    const p = chain.then(f);
    chain = p.catch(() => {});
    return p;
  };

  let settings: TrainSettings;
  let licenses: string[];
  let programsDir: string;
  let resume = false;
  try {
    settings = parseTrainSettings(run.config);
    const snapshot = await catalog.getSnapshot(run.snapshotId);
    if (!snapshot) throw new ShadertrainError('not-found', `snapshot ${run.snapshotId} does not exist`);
    licenses = snapshot.licenses;
    await mkdir(outDir, { recursive: true });
    const stateFile = join(outDir, 'state.pt');
    if (existsSync(stateFile)) resume = true;
    else {
      // Preempted on another host: its state was uploaded when it stopped.
      const remote = await blobs.stream(runStateKey(run.id));
      if (remote) {
        const tmp = `${stateFile}.download`;
        await pipeline(remote.body, createWriteStream(tmp));
        await rename(tmp, stateFile);
        resume = true;
      }
    }
    emit({ type: 'claimed', run, resume });
    const m = await materializeSnapshot({ catalog, blobs, home: o.config.home, snapshotId: run.snapshotId });
    programsDir = m.dir;
    emit({ type: 'materialized', runId: run.id, dir: m.dir, programs: m.manifest.programs.length, downloaded: m.downloaded });
  } catch (e) {
    outcome.error = `could not start: ${(e as Error).message}`;
    await catalog.finishTrainingRun(run.id, { status: 'failed', error: outcome.error });
    emit({ type: 'done', outcome });
    return outcome;
  }

  const cfgFile = join(outDir, 'worker-config.json');
  await writeFile(cfgFile, JSON.stringify(workerConfig(settings, { programsDir, outDir, resume }), null, 2));
  const cmd = o.worker
    ? { command: o.worker.command, args: [...(o.worker.args ?? []), '--config', cfgFile] }
    : workerCommand({ python: o.config.python, module: 'shadertrain.train', args: ['--config', cfgFile], gpus: settings.gpus });
  const stopper = new AbortController();
  const onAbort = () => stopper.abort();
  if (o.signal?.aborted) stopper.abort();
  else o.signal?.addEventListener('abort', onAbort, { once: true });
  const w = spawnWorker({ ...cmd, logFile: join(outDir, 'worker.log'), env: o.worker?.env, signal: stopper.signal, graceMs: o.graceMs });

  // Progress: every point is kept, the row is written at most once per interval.
  const intervalMs = o.progressIntervalMs ?? 2000;
  let pending: MetricPoint[] = [];
  let progress: Record<string, unknown> | null = null;
  let lastWrite = 0;
  let cancelled = false;
  // After a crash the worker resumes from an older checkpoint and reports some steps again: the
  // series keeps the first report of each step.
  let maxStoredStep = Math.max(-1, ...(run.metrics ?? []).map((p) => p.step));
  const flush = () => serial(async () => {
    const points = pending.filter((p) => p.step > maxStoredStep);
    const prog = progress;
    pending = [];
    progress = null;
    lastWrite = Date.now();
    if (points.length) {
      await catalog.appendMetrics(run.id, points);
      maxStoredStep = Math.max(maxStoredStep, ...points.map((p) => p.step));
    }
    const r = await catalog.updateTrainingProgress(run.id, prog ?? undefined);
    if (r.cancelRequested && !cancelled) {
      cancelled = true;
      stopper.abort();
    }
  });
  const heartbeat = setInterval(() => { flush().catch(() => {}); }, o.heartbeatMs ?? 30_000);
  heartbeat.unref();

  const byStep = new Map<number, string>();
  let latestCheckpoint: string | null = null;
  let sawFinished = false;
  let lastError: string | null = null;
  let publishError: string | null = null;
  const started = Date.now();

  try {
    for await (const ev of w.events) {
      emit({ type: 'worker', runId: run.id, event: ev });
      if (publishError) continue; // stopping; drain
      try {
        switch (ev.event) {
          case 'started':
            progress = { phase: 'training', step: outcome.step, steps: settings.steps ?? null, device: ev.device ?? null, worldSize: ev.world_size ?? 1, resumed: resume };
            await flush();
            break;
          case 'progress': {
            outcome.step = ev.step;
            pending.push(metricPoint(ev));
            progress = {
              phase: 'training', step: ev.step, steps: settings.steps ?? null, loss: ev.loss ?? null,
              imagesPerSec: ev.images_per_s ?? null, elapsedS: Math.round((Date.now() - started) / 1000),
            };
            if (Date.now() - lastWrite >= intervalMs) await flush();
            break;
          }
          case 'checkpoint': {
            await flush();
            const cp = await publishCheckpoint({
              catalog, blobs, runId: run.id, snapshotId: run.snapshotId, licenses, step: ev.step, file: ev.backbone_path,
              expectedSha256: ev.sha256,
              meta: { arch: settings.arch, method: settings.method, resolution: settings.resolution, batchSize: settings.batchSize },
            });
            byStep.set(cp.step, cp.id);
            latestCheckpoint = cp.id;
            outcome.checkpoints.push(cp);
            emit({ type: 'published', runId: run.id, checkpoint: cp });
            break;
          }
          case 'evaluation': {
            const cid = (typeof ev.step === 'number' ? byStep.get(ev.step) : undefined) ?? latestCheckpoint;
            outcome.evaluations += await serial(() => recordEvaluation({ catalog, runId: run.id, checkpointId: cid, event: ev }));
            break;
          }
          case 'finished':
            sawFinished = true;
            break;
          case 'error':
            lastError = ev.message;
            break;
        }
      } catch (e) {
        publishError = `${ev.event} step ${'step' in ev ? ev.step : '?'}: ${(e as Error).message}`;
        stopper.abort();
      }
    }
  } finally {
    clearInterval(heartbeat);
    o.signal?.removeEventListener('abort', onAbort);
  }
  const exit = await w.exited;
  outcome.exit = { code: exit.code, signal: exit.signal, stopped: exit.stopped, killed: exit.killed };
  await flush().catch(() => {});
  await chain;

  const tail = exit.stderrTail.slice(-15).join('\n');
  const ok = exit.code === 0 && sawFinished && !publishError;
  if (ok) {
    outcome.status = 'succeeded';
    await catalog.finishTrainingRun(run.id, { status: 'succeeded' });
  } else if (cancelled) {
    outcome.status = 'cancelled';
    outcome.error = `cancelled at step ${outcome.step}`;
    await catalog.finishTrainingRun(run.id, { status: 'cancelled', error: outcome.error });
  } else if (!publishError && (exit.stopped || exit.code === EXIT_PREEMPTED) && !lastError) {
    // Stopped gracefully (or killed after the grace period): back to the queue, resumable.
    outcome.status = 'requeued';
    outcome.error = `stopped at step ${outcome.step}${exit.killed ? ' (killed after the grace period)' : ''}; requeued`;
    const stateFile = join(outDir, 'state.pt');
    try {
      if (existsSync(stateFile)) await blobs.put(runStateKey(run.id), createReadStream(stateFile));
    } catch { /* local resume still works */ }
    await catalog.requeueTrainingRun(run.id);
  } else {
    const why = publishError ?? lastError
      ?? (exit.signal ? `worker killed by ${exit.signal}` : exit.code === 0 ? 'worker exited without a finished event' : `worker exited with code ${exit.code}`);
    outcome.error = tail && !publishError ? `${why}\n--- worker stderr (last lines) ---\n${tail}` : why;
    await catalog.finishTrainingRun(run.id, { status: 'failed', error: outcome.error });
  }
  emit({ type: 'done', outcome });
  return outcome;
}
