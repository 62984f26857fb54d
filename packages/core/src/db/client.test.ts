import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import postgres from 'postgres';
import { createTempDatabase } from '../../../../tests/support/postgres.ts';
import { collect, runTsx, spawnTsx } from '../../../../tests/support/spawn-tsx.ts';
import { openDatabase } from './client.ts';
import { DatabaseConfigError, DatabaseLockedError } from './errors.ts';
import { migrationsFolder } from './migrate.ts';
import { parseDatabaseUrl } from './url.ts';

const OPEN_DB = 'tests/support/fixtures/open-db.ts';
const migrationCount = readdirSync(migrationsFolder).filter((f) => f.endsWith('.sql')).length;
const TABLES = ['checkpoints', 'crawl_runs', 'evaluations', 'programs', 'provenance', 'snapshots', 'sources', 'training_runs'];
const dirs: string[] = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

test('parseDatabaseUrl: every accepted form, and clear errors', () => {
  assert.deepEqual(parseDatabaseUrl('memory://'), { driver: 'pglite', dir: null });
  assert.deepEqual(parseDatabaseUrl('pglite:///var/db'), { driver: 'pglite', dir: '/var/db' });
  assert.deepEqual(parseDatabaseUrl('file:///var/db'), { driver: 'pglite', dir: '/var/db' });
  assert.deepEqual(parseDatabaseUrl('data/db', '/w'), { driver: 'pglite', dir: '/w/data/db' });
  assert.deepEqual(parseDatabaseUrl('postgresql://u@h:5/d'), { driver: 'postgres', url: 'postgresql://u@h:5/d' });
  for (const bad of ['', 'mysql://x/y', 'pglite://']) {
    assert.throws(() => parseDatabaseUrl(bad), (e: unknown) => e instanceof DatabaseConfigError && e.input === bad, bad);
  }
});

describe('PGlite data directory', () => {
  test('migrations apply to an empty directory and re-opening is idempotent', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'st-db-')), 'db');
    dirs.push(dir);
    for (let i = 0; i < 2; i++) {
      const d = await openDatabase(`pglite://${dir}`);
      const { rows } = await (d.db as any).$client.query(`select table_name from information_schema.tables where table_schema = 'public' order by 1`);
      assert.deepEqual(rows.map((r: { table_name: string }) => r.table_name), TABLES);
      const m = await (d.db as any).$client.query(`select count(*)::int as n from drizzle.__drizzle_migrations`);
      assert.equal(m.rows[0].n, migrationCount);
      await d.close();
    }
    assert.equal(existsSync(`${dir}.lock`), false, 'close releases the lock');
  });

  test('a second process gets a clear DatabaseLockedError; a killed holder leaves a stale lock that is taken over', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'st-db-')), 'db');
    dirs.push(dir);
    const holder = spawnTsx(OPEN_DB, [dir, '--hold']);
    const done = collect(holder, 60_000);
    await new Promise<void>((resolve, reject) => {
      holder.stdout!.on('data', (d: Buffer) => d.toString().includes('ready') && resolve());
      holder.on('exit', () => reject(new Error('holder exited early')));
    });
    const second = await runTsx(OPEN_DB, [dir]);
    assert.equal(second.code, 3);
    assert.match(second.stderr, /DatabaseLockedError: PGlite data directory .* is in use by process \d+/);
    await assert.rejects(openDatabase(dir), (e: unknown) => e instanceof DatabaseLockedError && e.pid === holder.pid);
    holder.kill('SIGKILL');
    await done;
    const d = await openDatabase(dir);
    await d.close();
  });
});

describe('PostgreSQL', () => {
  test('migrations apply to an empty database; several processes starting at once are safe', async () => {
    const tmp = await createTempDatabase();
    try {
      const results = await Promise.all([0, 1, 2].map(() => runTsx(OPEN_DB, [tmp.url])));
      for (const r of results) assert.equal(r.code, 0, r.stderr);
      const d = await openDatabase(tmp.url); // and once more: nothing to do
      await d.close();
      const sql = postgres(tmp.url, { max: 1 });
      try {
        const tables = await sql`select table_name from information_schema.tables where table_schema = 'public' order by 1`;
        assert.deepEqual(tables.map((r) => r.table_name), TABLES);
        const [m] = await sql`select count(*)::int as n from drizzle.__drizzle_migrations`;
        assert.equal(m!.n, migrationCount);
      } finally {
        await sql.end();
      }
    } finally {
      await tmp.drop();
    }
  });
});
