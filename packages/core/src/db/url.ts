import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DatabaseConfigError } from './errors.ts';

/** Where a catalog database lives, decoded from a `DATABASE_URL`-style string. */
export type DatabaseTarget =
  | { driver: 'pglite'; dir: string | null /* null = in memory */ }
  | { driver: 'postgres'; url: string };

/**
 * Decodes a database URL: `memory://` (PGlite in memory), `pglite:///abs/dir`, `file:///abs/dir`
 * or a plain directory path (PGlite on disk), `postgres://…` / `postgresql://…` (PostgreSQL).
 *
 * @example
 * parseDatabaseUrl('pglite:///var/lib/st/db') // { driver: 'pglite', dir: '/var/lib/st/db' }
 * parseDatabaseUrl('postgres://u@localhost/db') // { driver: 'postgres', url: 'postgres://u@localhost/db' }
 */
export function parseDatabaseUrl(url: string, cwd = process.cwd()): DatabaseTarget {
  const s = url.trim();
  if (s === '') throw new DatabaseConfigError(url, 'database URL is empty');
  if (s === 'memory://' || s === 'pglite://memory' || s === 'memory:') return { driver: 'pglite', dir: null };
  if (/^postgres(ql)?:\/\//i.test(s)) {
    try {
      new URL(s);
    } catch {
      throw new DatabaseConfigError(url, `database URL ${JSON.stringify(url)} is not a valid postgres:// URL`);
    }
    return { driver: 'postgres', url: s };
  }
  if (s.startsWith('pglite://')) {
    const rest = decodeURIComponent(s.slice('pglite://'.length));
    if (rest === '') throw new DatabaseConfigError(url, `database URL ${JSON.stringify(url)} names no directory (use pglite:///abs/dir)`);
    return { driver: 'pglite', dir: isAbsolute(rest) ? rest : resolve(cwd, rest) };
  }
  if (s.startsWith('file://')) return { driver: 'pglite', dir: fileURLToPath(s) };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(s)) {
    throw new DatabaseConfigError(
      url,
      `database URL ${JSON.stringify(url)} has an unsupported scheme; use postgres://, pglite://, memory:// or a directory path`,
    );
  }
  return { driver: 'pglite', dir: resolve(cwd, s) };
}
