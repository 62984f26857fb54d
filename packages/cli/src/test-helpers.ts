// Helpers for the CLI's end-to-end tests: run the real `shadertrain` command as a child process.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const MAIN = join(ROOT, 'packages/cli/src/main.ts');

export interface CliResult { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }

/** The environment of a CLI run: a private SHADERTRAIN_HOME and the embedded defaults (PGlite, file blobs). */
export function cliEnv(home: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, SHADERTRAIN_HOME: home, ...extra };
  for (const k of ['DATABASE_URL', 'BLOB_URL', 'SHADERTOY_API_KEY', 'PORT', 'NODE_TEST_CONTEXT']) if (!(k in extra)) delete env[k];
  return env;
}

/** Starts `shadertrain <args>` (node + tsx, from the repository root). */
export function startCli(args: string[], home: string, extra: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], { cwd: ROOT, env: cliEnv(home, extra), stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Runs `shadertrain <args>` to the end (asynchronously, so servers in this process keep answering). */
export function runCli(args: string[], home: string, opts: { timeoutMs?: number; env?: Record<string, string> } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = startCli(args, home, opts.env);
    let stdout = '';
    let stderr = '';
    child.stdout!.setEncoding('utf8').on('data', (d: string) => { stdout += d; });
    child.stderr!.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
    const timer = setTimeout(() => { child.kill('SIGKILL'); }, opts.timeoutMs ?? 120_000);
    child.on('error', reject);
    child.on('close', (code, signal) => { clearTimeout(timer); resolve({ code, signal, stdout, stderr }); });
  });
}

/** Runs a `--json` command that must succeed and returns its parsed stdout. */
export async function cliJson<T = any>(args: string[], home: string, opts: { timeoutMs?: number; env?: Record<string, string> } = {}): Promise<T> {
  const r = await runCli(['--json', ...args], home, opts);
  if (r.code !== 0) throw new Error(`shadertrain ${args.join(' ')} exited ${r.code}\nstderr: ${r.stderr}\nstdout: ${r.stdout}`);
  try { return JSON.parse(r.stdout) as T; } catch { throw new Error(`shadertrain ${args.join(' ')}: stdout is not JSON:\n${r.stdout}\nstderr: ${r.stderr}`); }
}

/** Asserts the shape of a failure: the exit code and exactly one `shadertrain: …` line on stderr. */
export function failureLine(r: CliResult): string {
  const lines = r.stderr.split('\n').filter((l) => l.length > 0);
  if (lines.length !== 1 || !lines[0].startsWith('shadertrain: ')) throw new Error(`expected one 'shadertrain: …' line on stderr, got:\n${r.stderr}`);
  return lines[0];
}

export async function tempHome(prefix: string): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), `shadertrain-cli-${prefix}-`));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
