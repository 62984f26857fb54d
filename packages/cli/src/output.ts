// How the CLI talks to people and to scripts: tables or JSON on stdout, one-line errors on stderr.
import { ShadertrainError } from '@shadertrain/core/errors';

export type OutputOptions = { json?: boolean };

/** Prints `data` as JSON (`--json`) or through `human` for people. */
export function emit<T>(data: T, opts: OutputOptions, human: (data: T) => string): void {
  process.stdout.write(opts.json ? JSON.stringify(data, null, 2) + '\n' : human(data) + '\n');
}

/** A plain aligned table; no dependency needed for this much. */
export function table(rows: Record<string, unknown>[], columns?: string[]): string {
  if (rows.length === 0) return '(none)';
  const cols = columns ?? Object.keys(rows[0]);
  const cells = rows.map((r) => cols.map((c) => cell(r[c])));
  const widths = cols.map((c, i) => Math.max(c.length, ...cells.map((row) => row[i].length)));
  const line = (vals: string[]) => vals.map((v, i) => v.padEnd(widths[i])).join('  ').trimEnd();
  return [line(cols), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : v.toFixed(4);
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** The one place where a failure becomes a one-line message and a non-zero exit code. */
export function reportError(err: unknown): number {
  if (err instanceof ShadertrainError) {
    const named = err.field && !err.message.includes(err.field) ? `${err.field}: ` : '';
    process.stderr.write(`shadertrain: ${named}${err.message}\n`);
    return err.code === 'bad-input' || err.code === 'not-found' ? 2 : 1;
  }
  const e = err as { code?: string; message?: string };
  if (e && e.code === 'commander.helpDisplayed') return 0;
  process.stderr.write(`shadertrain: ${e?.message ?? String(err)}\n`);
  if (process.env.SHADERTRAIN_DEBUG) console.error(err);
  return 1;
}
