// The Python worker as a child process: spawn it, read its JSON-line events from stdout, keep its
// stderr (and any non-event stdout) in a log file, stop it on abort (SIGTERM, then SIGKILL).
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { dirname } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { pythonEnv } from '@shadertrain/core/paths';

export const WORKER_EVENT_KINDS = ['started', 'progress', 'checkpoint', 'evaluation', 'finished', 'error'] as const;
export type WorkerEventKind = (typeof WORKER_EVENT_KINDS)[number];

export type StartedEvent = { event: 'started'; device?: string; world_size?: number; num_classes?: number; licenses?: string[]; [k: string]: unknown };
export type ProgressEvent = { event: 'progress'; step: number; loss?: number; images_per_s?: number; lr?: number; [k: string]: unknown };
export type CheckpointEvent = { event: 'checkpoint'; step: number; path?: string; backbone_path: string; sha256?: string; [k: string]: unknown };
export type EvaluationEvent = { event: 'evaluation'; step: number | null; dataset: string; protocol: 'linear' | 'knn' | 'fewshot'; value: number | null; baseline?: number | null; metric?: string; [k: string]: unknown };
export type FinishedEvent = { event: 'finished'; steps?: number; wall_s?: number; [k: string]: unknown };
export type ErrorEvent = { event: 'error'; message: string; traceback?: string; [k: string]: unknown };
export type WorkerEvent = StartedEvent | ProgressEvent | CheckpointEvent | EvaluationEvent | FinishedEvent | ErrorEvent;

/** Exit code of a worker that stopped on SIGTERM after writing a checkpoint (EX_TEMPFAIL). */
export const EXIT_PREEMPTED = 75;

/**
 * Parses one stdout line: a worker event, or null for anything else (blank lines, library noise,
 * JSON that is not an event object).
 */
export function parseEventLine(line: string): WorkerEvent | null {
  const s = line.trim();
  if (!s.startsWith('{')) return null;
  let v: unknown;
  try {
    v = JSON.parse(s);
  } catch {
    return null;
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) return null;
  const kind = (v as { event?: unknown }).event;
  if (typeof kind !== 'string' || !(WORKER_EVENT_KINDS as readonly string[]).includes(kind)) return null;
  return v as WorkerEvent;
}

/**
 * Splits a byte stream into lines, carrying a partial line (and a split UTF-8 character) over to
 * the next chunk. Lines longer than `maxLine` are cut there so one runaway print cannot grow memory.
 */
export class LineSplitter {
  private buf = '';
  private readonly decoder = new StringDecoder('utf8');
  constructor(private readonly onLine: (line: string) => void, private readonly maxLine = 16 << 20) {}

  push(chunk: Buffer | string): void {
    this.buf += typeof chunk === 'string' ? chunk : this.decoder.write(chunk);
    let i: number;
    while ((i = this.buf.indexOf('\n')) >= 0) {
      const line = this.buf.slice(0, i).replace(/\r$/, '');
      this.buf = this.buf.slice(i + 1);
      this.onLine(line);
    }
    if (this.buf.length > this.maxLine) {
      this.onLine(this.buf);
      this.buf = '';
    }
  }

  end(): void {
    this.buf += this.decoder.end();
    if (this.buf.length) this.onLine(this.buf);
    this.buf = '';
  }
}

export interface WorkerCommand {
  command: string;
  args: string[];
}

/**
 * The command that runs a worker module: `python -m <module> ...args`, or under
 * `python -m torch.distributed.run --nproc_per_node N` when `gpus` > 1.
 */
export function workerCommand(opts: { python: string; module: string; args: string[]; gpus?: number }): WorkerCommand {
  const gpus = opts.gpus ?? 0;
  if (gpus > 1) {
    return {
      command: opts.python,
      args: ['-m', 'torch.distributed.run', '--standalone', '--nnodes', '1', '--nproc_per_node', String(gpus), '-m', opts.module, ...opts.args],
    };
  }
  return { command: opts.python, args: ['-m', opts.module, ...opts.args] };
}

export interface SpawnWorkerOptions extends WorkerCommand {
  /** stderr and non-event stdout are appended here. */
  logFile: string;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Aborting sends SIGTERM, then SIGKILL after `graceMs`. */
  signal?: AbortSignal;
  /** Default 120 s: time to finish a step and write a checkpoint. */
  graceMs?: number;
  /** How many stderr lines to keep for error messages (default 40). */
  tailLines?: number;
}

export interface WorkerExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** True when we asked it to stop (abort). */
  stopped: boolean;
  /** True when it had to be killed after the grace period. */
  killed: boolean;
  /** The last lines of stderr. */
  stderrTail: string[];
}

export interface WorkerProcess {
  pid: number | undefined;
  /** Events in order; ends when stdout closes. Iterate once. */
  events: AsyncIterable<WorkerEvent>;
  /** Resolves when the process has exited and its output is flushed. */
  exited: Promise<WorkerExit>;
  /** SIGTERM now, SIGKILL after the grace period. */
  stop(): void;
}

/**
 * Spawns a worker in its own process group (so torchrun's children and renderer processes are
 * signalled too) and exposes its events as an async iterator.
 *
 * @example
 * const w = spawnWorker({ ...workerCommand({ python, module: 'shadertrain.train', args: ['--config', f] }), logFile });
 * for await (const ev of w.events) console.log(ev.event);
 * const { code } = await w.exited;
 */
export function spawnWorker(opts: SpawnWorkerOptions): WorkerProcess {
  const graceMs = opts.graceMs ?? 120_000;
  const tailMax = opts.tailLines ?? 40;
  mkdirSync(dirname(opts.logFile), { recursive: true });
  const log: WriteStream = createWriteStream(opts.logFile, { flags: 'a' });
  const py = pythonEnv(opts.env?.PYTHONPATH ?? process.env.PYTHONPATH);
  const env = {
    ...process.env,
    SHADERTRAIN_GLSL_DIR: py.SHADERTRAIN_GLSL_DIR,
    ...opts.env,
    PYTHONPATH: py.PYTHONPATH,
    PYTHONUNBUFFERED: '1',
  };
  const child: ChildProcess = spawn(opts.command, opts.args, {
    cwd: opts.cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true,
  });

  // A small queue between the stdout reader and the consumer of `events`.
  const queue: WorkerEvent[] = [];
  let wake: (() => void) | null = null;
  let ended = false;
  const notify = () => { const w = wake; wake = null; w?.(); };

  const tail: string[] = [];
  const keep = (line: string) => {
    tail.push(line);
    if (tail.length > tailMax) tail.shift();
  };
  const out = new LineSplitter((line) => {
    const ev = parseEventLine(line);
    if (ev) {
      queue.push(ev);
      notify();
    } else if (line.trim()) {
      log.write(`[stdout] ${line}\n`);
    }
  });
  const err = new LineSplitter((line) => {
    log.write(`${line}\n`);
    if (line.trim()) keep(line);
  });
  child.stdout!.on('data', (c: Buffer) => out.push(c));
  child.stderr!.on('data', (c: Buffer) => err.push(c));

  let stopped = false;
  let killed = false;
  let killTimer: NodeJS.Timeout | undefined;
  const signalGroup = (sig: NodeJS.Signals) => {
    if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid, sig);
    } catch {
      try { child.kill(sig); } catch {}
    }
  };
  const stop = () => {
    if (stopped) return;
    stopped = true;
    signalGroup('SIGTERM');
    killTimer = setTimeout(() => {
      killed = true;
      signalGroup('SIGKILL');
    }, graceMs);
    killTimer.unref();
  };
  const onAbort = () => stop();
  if (opts.signal?.aborted) queueMicrotask(stop);
  else opts.signal?.addEventListener('abort', onAbort, { once: true });

  const exited = new Promise<WorkerExit>((resolve) => {
    let spawnError: Error | null = null;
    child.on('error', (e) => {
      spawnError = e;
      keep(`failed to start ${opts.command}: ${e.message}`);
    });
    child.on('close', (code, sig) => {
      clearTimeout(killTimer);
      opts.signal?.removeEventListener('abort', onAbort);
      out.end();
      err.end();
      ended = true;
      notify();
      // Stragglers in the group (a renderer the worker forgot) go with it.
      if (child.pid !== undefined) {
        try { process.kill(-child.pid, 'SIGKILL'); } catch {}
      }
      log.end(() => resolve({ code: spawnError ? (code ?? 127) : code, signal: sig, stopped, killed, stderrTail: [...tail] }));
    });
  });

  const events: AsyncIterable<WorkerEvent> = {
    async *[Symbol.asyncIterator]() {
      for (;;) {
        if (queue.length) {
          yield queue.shift()!;
          continue;
        }
        if (ended) return;
        await new Promise<void>((r) => { wake = r; });
      }
    },
  };
  return { pid: child.pid, events, exited, stop };
}
