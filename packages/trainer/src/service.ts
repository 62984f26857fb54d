// `shadertrain trainer serve`: the long-lived trainer. It claims queued runs one at a time and
// runs them; on shutdown (abort) it stops the worker gracefully, which checkpoints, and requeues
// the run, so the next trainer to start resumes it from that checkpoint.
import { defaultWorkerId, executeRun, type RunOptions, type RunOutcome } from './run.ts';

export interface ServeOptions extends RunOptions {
  /** Wait between polls of an empty queue (default 5 s). */
  pollMs?: number;
  /** A `running` run whose heartbeat is older than this belongs to a dead trainer and is claimed again (default 10 min; 0 = never). */
  staleMs?: number;
  /** Stop after this many runs (default: never). */
  maxRuns?: number;
  /** Return when the queue is empty instead of waiting (tests, batch jobs). */
  exitWhenIdle?: boolean;
  onIdle?: () => void;
  /** An error the service survived (default: ignored). */
  onError?: (e: Error, runId: string) => void;
}

const sleep = (ms: number, signal?: AbortSignal) => new Promise<void>((resolve) => {
  if (signal?.aborted) return resolve();
  const t = setTimeout(done, ms);
  function done() {
    clearTimeout(t);
    signal?.removeEventListener('abort', done);
    resolve();
  }
  signal?.addEventListener('abort', done, { once: true });
});

/**
 * Serves queued runs until `signal` aborts. Returns the outcome of every run it touched.
 *
 * @example
 * const ac = new AbortController();
 * process.once('SIGTERM', () => ac.abort());
 * await serveTrainer({ catalog, blobs, config, signal: ac.signal, pollMs: 5000 });
 */
export async function serveTrainer(o: ServeOptions): Promise<RunOutcome[]> {
  const worker = o.workerId ?? defaultWorkerId();
  const staleMs = o.staleMs ?? 10 * 60_000;
  const outcomes: RunOutcome[] = [];
  while (!o.signal?.aborted && (o.maxRuns === undefined || outcomes.length < o.maxRuns)) {
    if (staleMs > 0) await o.catalog.requeueStaleTrainingRuns(staleMs / 1000);
    const run = await o.catalog.claimNextTrainingRun(worker);
    if (!run) {
      o.onIdle?.();
      if (o.exitWhenIdle) break;
      await sleep(o.pollMs ?? 5000, o.signal);
      continue;
    }
    try {
      outcomes.push(await executeRun(run, { ...o, workerId: worker }));
    } catch (e) {
      // A catalog or blob store outage while recording the run: keep serving; the run's heartbeat
      // goes stale and a trainer (this one, later) claims it again.
      o.onError?.(e as Error, run.id);
      await sleep(o.pollMs ?? 5000, o.signal);
    }
  }
  return outcomes;
}
