import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { repoRoot } from './services.ts';

/**
 * Starts a TypeScript script in a child Node process through tsx (ESM, `.ts` imports).
 *
 * @example
 * const child = spawnTsx('tests/support/fixtures/ingest-child.ts', ['--db', url]);
 */
export function spawnTsx(script: string, args: string[] = [], opts: SpawnOptions = {}): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    ...opts,
    env: { ...process.env, ...opts.env },
  });
}

export interface TsxResult { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }

/**
 * Runs a TypeScript script to completion (or until `timeoutMs`, then SIGKILL) and collects its output.
 *
 * @example
 * const r = await runTsx('tests/support/fixtures/ingest-child.ts', [url]);
 * assert.equal(r.code, 0, r.stderr);
 */
export function runTsx(script: string, args: string[] = [], opts: SpawnOptions & { timeoutMs?: number } = {}): Promise<TsxResult> {
  const { timeoutMs = 60_000, ...spawnOpts } = opts;
  const child = spawnTsx(script, args, spawnOpts);
  return collect(child, timeoutMs);
}

/** Waits for a child's exit, gathering stdout/stderr; kills it with SIGKILL after `timeoutMs`. */
export function collect(child: ChildProcess, timeoutMs = 60_000): Promise<TsxResult> {
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (e) => { clearTimeout(timer); reject(e); });
    child.on('close', (code, signal) => { clearTimeout(timer); resolve({ code, signal, stdout, stderr }); });
  });
}
