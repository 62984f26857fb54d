import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { loadConfig } from '../config.ts';
import { migratePgliteClient, migratePostgresUrl, migrationsFolder } from './migrate.ts';
import { lockDataDir } from './pglite-lock.ts';
import * as schema from './schema/index.ts';
import { parseDatabaseUrl } from './url.ts';

export type Schema = typeof schema;
/** The drizzle database both drivers give (PGlite and postgres.js share the pg-core API). */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

/** An open catalog database. Call `close()` when done (it releases the PGlite directory lock). */
export interface Database {
  db: Db;
  driver: 'pglite' | 'postgres';
  /** The URL it was opened with (memory:// for in-memory PGlite). */
  url: string;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** Apply pending migrations (default true). */
  migrate?: boolean;
  /** Pool size for PostgreSQL (default 10). */
  maxConnections?: number;
  migrationsFolder?: string;
}

/**
 * Opens the catalog database and applies pending migrations (idempotent).
 *
 * - `memory://` → PGlite in memory (tests);
 * - `pglite:///abs/dir`, `file:///abs/dir` or a plain path → PGlite in that directory. Only ONE
 *   process may open a PGlite directory at a time; a second gets a {@link DatabaseLockedError}.
 *   Use PostgreSQL when several processes (crawler, trainer, API) share the catalog.
 * - `postgres://…` → PostgreSQL through postgres.js; concurrent starts are safe (advisory lock).
 *
 * Without a URL it uses the config's `databaseUrl` (`DATABASE_URL`, default PGlite in `<home>/db`).
 *
 * @example
 * const { db, close } = await openDatabase('memory://');
 * try { const catalog = createCatalog(db); ... } finally { await close(); }
 */
export async function openDatabase(url?: string, options: OpenDatabaseOptions = {}): Promise<Database> {
  const opts = { migrate: true, maxConnections: 10, migrationsFolder, ...options };
  const target = url ?? loadConfig().databaseUrl;
  const parsed = parseDatabaseUrl(target);
  if (parsed.driver === 'postgres') {
    if (opts.migrate) await migratePostgresUrl(parsed.url, opts.migrationsFolder);
    const client = postgres(parsed.url, { max: opts.maxConnections, onnotice: () => {} });
    const db = drizzlePostgres(client, { schema }) as unknown as Db;
    return { db, driver: 'postgres', url: target, close: () => client.end() };
  }
  const release = parsed.dir ? lockDataDir(parsed.dir) : () => {};
  let client: PGlite | undefined;
  try {
    client = parsed.dir ? new PGlite(parsed.dir) : new PGlite();
    await client.waitReady;
    if (opts.migrate) await migratePgliteClient(client, opts.migrationsFolder);
  } catch (e) {
    await client?.close().catch(() => {});
    release();
    throw e;
  }
  const pg = client;
  const db = drizzlePglite(pg, { schema }) as unknown as Db;
  return {
    db,
    driver: 'pglite',
    url: target,
    close: async () => {
      try {
        if (!pg.closed) await pg.close();
      } finally {
        release();
      }
    },
  };
}
