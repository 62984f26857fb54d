import type { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { assetPath } from '../paths.ts';

/** The committed drizzle-kit migrations (packages/core/migrations; SHADERTRAIN_MIGRATIONS_DIR overrides, see paths.ts). */
export const migrationsFolder = assetPath('migrations');

/** Key of the session advisory lock that serialises migrations between processes on PostgreSQL. */
const MIGRATION_LOCK_KEY = '7260531000000000001';

/**
 * Applies pending migrations to a PostgreSQL database. Safe when several processes start at once:
 * a dedicated one-connection client holds a session advisory lock while drizzle's migrator runs.
 *
 * @example
 * await migratePostgresUrl('postgres://postgres@127.0.0.1:55432/postgres');
 */
export async function migratePostgresUrl(url: string, folder = migrationsFolder): Promise<void> {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK_KEY}::bigint)`;
    try {
      await migratePostgres(drizzlePostgres(client), { migrationsFolder: folder });
    } finally {
      await client`select pg_advisory_unlock(${MIGRATION_LOCK_KEY}::bigint)`;
    }
  } finally {
    await client.end();
  }
}

/**
 * Applies pending migrations to an open PGlite instance (one process per data directory, so no lock).
 *
 * @example
 * await migratePglite(new PGlite());
 */
export async function migratePgliteClient(client: PGlite, folder = migrationsFolder): Promise<void> {
  await migratePglite(drizzlePglite(client), { migrationsFolder: folder });
}
