import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { ensureServices } from './services.ts';

/**
 * A fresh, empty PostgreSQL database on the test server, so test files never share state.
 * `drop()` removes it (terminating leftover connections).
 *
 * @example
 * const tmp = await createTempDatabase();
 * try { const db = await openDatabase(tmp.url); ... } finally { await tmp.drop(); }
 */
export async function createTempDatabase(baseUrl = ensureServices().databaseUrl): Promise<{ url: string; name: string; drop(): Promise<void> }> {
  const name = `st_test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const u = new URL(baseUrl);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    name,
    async drop() {
      const a = postgres(baseUrl, { max: 1, onnotice: () => {} });
      try {
        await a.unsafe(`drop database if exists "${name}" with (force)`);
      } finally {
        await a.end();
      }
    },
  };
}
