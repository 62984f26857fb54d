/**
 * RenderClient: the TypeScript side of the isolated render server
 * (`python -m shadertrain.render serve`, JSON lines on stdin/stdout; see
 * packages/trainer/python/shadertrain/render/server.py).
 *
 * The server is spawned lazily, requests go one at a time (so a hang is attributable to one
 * program), each has a deadline; on a hang or crash the process is killed, the request answers
 * `reason: 'timeout' | 'crash'`, the program id is quarantined (later requests answer
 * `'quarantined: <reason>'` without reaching the server) and the next request starts a new server.
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';

type ServerProcess = ChildProcessByStdio<Writable, Readable, null>;
import { createInterface } from 'node:readline';
import { ShadertrainError } from '../errors.ts';
import { programId } from '../program/id.ts';
import { assetPath, pythonEnv } from '../paths.ts';

export type RenderStats = {
  mean: number[]; std: number[]; colorfulness: number; entropy: number;
  edgeDensity: number; coverage: number; temporalChange: number; nonFinite: number;
};
export type RendererInfo = { vendor: string; renderer: string; version: string };
export type ValidationResult = {
  ok: boolean;
  /** the failed check: 'compile-error: ...', 'timeout', 'crash', 'blank', 'non-finite', ... */
  reason?: string;
  compileMs: number;
  frameMs: number[];
  stats?: RenderStats;
  renderer: RendererInfo;
  thumbnailPng?: Uint8Array;
  /** the driver's compile log, on a compile error */
  log?: string;
};
export type RenderClientOptions = {
  /** interpreter; default env SHADERTRAIN_PYTHON, else /usr/bin/python3 */
  python?: string;
  /** per-request deadline in ms (default 20000) */
  deadlineMs?: number;
  /** 'auto' | 'cpu' | 'cuda:N' (default 'auto') */
  device?: string;
  /** deadline for the server's ready line in ms (default 60000) */
  startupMs?: number;
  /** extra environment for the server */
  env?: Record<string, string>;
  /** address-space cap of the server in MiB (CPU renderer only; 0 = none) */
  maxMemoryMb?: number;
};

/** packages/trainer/python (the worker's PYTHONPATH root; SHADERTRAIN_PYTHON_ROOT overrides, see paths.ts). */
export const PYTHON_ROOT = assetPath('python');

/** The server hung ('timeout') or died ('crash'). */
export class RenderLost extends ShadertrainError {
  readonly reason: string;
  constructor(reason: string, message: string) {
    super('render-' + reason.split(':')[0], message);
    this.reason = reason;
  }
}

/** The request in flight, and the server process it was sent to. */
type Pending = { id: number; resolve: (v: any) => void; reject: (e: Error) => void; timer: NodeJS.Timeout; proc: ServerProcess };

const defaults = {
  python: process.env.SHADERTRAIN_PYTHON ?? '/usr/bin/python3',
  deadlineMs: 20_000,
  device: 'auto',
  startupMs: 60_000,
  env: {} as Record<string, string>,
  maxMemoryMb: 0,
};

/**
 * @example
 * const r = new RenderClient({ device: 'cpu' });
 * const v = await r.validate('void mainImage(out vec4 c, in vec2 p) { c = vec4(p / iResolution.xy, 0., 1.); }');
 * if (v.ok) writeFileSync('thumb.png', v.thumbnailPng!);
 * await r.close();
 */
export class RenderClient {
  readonly options: typeof defaults;
  /** program id → 'timeout' | 'crash' */
  readonly quarantined = new Map<string, string>();
  renderer?: RendererInfo;
  restarts = 0;
  private proc?: ServerProcess;
  private ready?: Promise<void>;
  private pending?: Pending;
  private nextId = 0;
  private queue: Promise<unknown> = Promise.resolve();
  private started = false;

  constructor(options: RenderClientOptions = {}) {
    this.options = { ...defaults, ...options, env: { ...defaults.env, ...options.env } };
    if (!(this.options.deadlineMs > 0)) throw new ShadertrainError('bad-input', 'deadlineMs must be > 0', { field: 'deadlineMs' });
  }

  /** Validate a canonical body: compile, render frames, measure (ValidationResult). */
  validate(body: string, opts: { size?: number; frames?: number; thumbnail?: boolean; deadlineMs?: number } = {}): Promise<ValidationResult> {
    const pid = programId(body);
    const q = this.quarantined.get(pid);
    if (q) return Promise.resolve(this.failed(`quarantined: ${q}`));
    return this.request('validate', { body, size: opts.size ?? 64, frames: opts.frames ?? 4, thumbnail: opts.thumbnail ?? true }, opts.deadlineMs)
      .then((r: any) => ({ ...r, thumbnailPng: r.thumbnailPng ? new Uint8Array(Buffer.from(r.thumbnailPng, 'base64')) : undefined }))
      .catch((e) => {
        if (e instanceof RenderLost) { this.quarantined.set(pid, e.reason); return this.failed(e.reason); }
        throw e;
      });
  }

  /** PNG bytes of one frame. Rejects with RenderLost on a hang or crash (and quarantines). */
  async thumbnail(body: string, opts: { size?: number; time?: number; deadlineMs?: number } = {}): Promise<Uint8Array> {
    const pid = programId(body);
    const q = this.quarantined.get(pid);
    if (q) throw new RenderLost(`quarantined: ${q}`, `program ${pid} is quarantined (${q})`);
    try {
      const r: any = await this.request('thumbnail', { body, size: opts.size ?? 128, time: opts.time ?? 1.0 }, opts.deadlineMs);
      return new Uint8Array(Buffer.from(r.png, 'base64'));
    } catch (e) {
      if (e instanceof RenderLost) this.quarantined.set(pid, e.reason);
      throw e;
    }
  }

  /** Any request (ping, validate, thumbnail, render...), serialized behind the others. */
  request(op: string, fields: Record<string, unknown> = {}, deadlineMs?: number): Promise<unknown> {
    const run = () => this.send(op, fields, deadlineMs ?? this.options.deadlineMs);
    const p = this.queue.then(run, run);
    this.queue = p.catch(() => undefined);
    return p;
  }

  async close(): Promise<void> {
    await this.queue;
    const proc = this.proc;
    this.proc = undefined;
    this.ready = undefined;
    if (proc && proc.exitCode === null && proc.signalCode === null) {
      const exited = new Promise((res) => proc.once('exit', res));
      proc.stdin.end();
      const t = setTimeout(() => proc.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(t);
    }
  }

  private failed(reason: string): ValidationResult {
    return { ok: false, reason, compileMs: 0, frameMs: [], renderer: this.renderer ?? { vendor: '', renderer: '', version: '' } };
  }

  private start(): Promise<void> {
    if (this.started) this.restarts++;
    this.started = true;
    const o = this.options;
    const py = pythonEnv(process.env.PYTHONPATH);
    const env = {
      ...process.env, SHADERTRAIN_GLSL_DIR: py.SHADERTRAIN_GLSL_DIR, ...o.env, PYTHONUNBUFFERED: '1',
      PYTHONPATH: py.PYTHONPATH,
    };
    const proc = spawn(o.python, ['-m', 'shadertrain.render', 'serve', '--device', o.device, '--max-memory-mb', String(o.maxMemoryMb)],
      { env, stdio: ['pipe', 'pipe', 'inherit'] });
    this.proc = proc;
    let onReady!: (v: any) => void;
    const readyLine = new Promise<any>((res) => { onReady = res; });
    createInterface({ input: proc.stdout }).on('line', (line) => {
      let msg: any;
      try { msg = JSON.parse(line); } catch { return; }
      if ('ready' in msg) { onReady(msg); return; }
      const p = this.pending;
      if (!p || msg.id !== p.id) return;
      this.pending = undefined;
      clearTimeout(p.timer);
      if (msg.error) p.reject(new ShadertrainError(msg.error.code ?? 'render-error', msg.error.message ?? 'render server error'));
      else p.resolve(msg.result);
    });
    const lost = new Promise<never>((_, rej) => {
      proc.once('exit', (code, signal) => {
        if (this.proc === proc) { this.proc = undefined; this.ready = undefined; }
        const err = new RenderLost('crash', `render server exited (${signal ?? code})`);
        // Only this process's request: a killed server's exit can arrive after its successor
        // has taken the next request.
        const p = this.pending;
        if (p && p.proc === proc) { this.pending = undefined; clearTimeout(p.timer); p.reject(err); }
        rej(err);
      });
      proc.once('error', (e) => rej(new ShadertrainError('render-spawn', `cannot start ${o.python}: ${e.message}`)));
    });
    lost.catch(() => undefined);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, rej) => {
      timer = setTimeout(() => { this.kill(proc); rej(new RenderLost('timeout', `render server not ready in ${o.startupMs} ms`)); }, o.startupMs);
    });
    return Promise.race([readyLine, lost, timeout]).then((msg) => {
      clearTimeout(timer);
      if (!msg.ready) { this.kill(proc); throw new ShadertrainError('render-start', `render server failed: ${msg.error?.message}`); }
      this.renderer = msg.renderer;
    }, (e) => { clearTimeout(timer); throw e; });
  }

  private kill(proc: ServerProcess) {
    if (this.proc === proc) { this.proc = undefined; this.ready = undefined; }
    proc.kill('SIGKILL');
  }

  private async send(op: string, fields: Record<string, unknown>, deadlineMs: number): Promise<unknown> {
    if (!this.ready) this.ready = this.start();
    try { await this.ready; } catch (e) { this.ready = undefined; throw e; }
    const proc = this.proc!;
    const id = ++this.nextId;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending = undefined;
        this.kill(proc);
        reject(new RenderLost('timeout', `no answer to ${op} within ${deadlineMs} ms`));
      }, deadlineMs);
      this.pending = { id, resolve, reject, timer, proc };
      proc.stdin.write(JSON.stringify({ id, op, ...fields }) + '\n');
    });
  }
}
