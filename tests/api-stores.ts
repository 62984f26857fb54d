// Opens each catalog/blob-store combination the API runs on, for the shared API suite:
// PGlite (memory) and PostgreSQL (a fresh database per suite) × file store and S3 (a fresh prefix).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { FileBlobStore } from '@shadertrain/core/blob/file';
import { openBlobStore } from '@shadertrain/core/blob/open';
import type { BlobStore } from '@shadertrain/core/blob/types';
import { openDatabase, type Database } from '@shadertrain/core/db/client';

let services: { db: string; s3: string } | undefined;
/** TEST_DATABASE_URL / TEST_S3_URL, starting scripts/services.sh when they are not set. */
export function testServices(): { db: string; s3: string } {
  if (services) return services;
  let db = process.env.TEST_DATABASE_URL;
  let s3 = process.env.TEST_S3_URL;
  if (!db || !s3) {
    const out = execFileSync('bash', ['scripts/services.sh', 'start'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    const get = (name: string) => /export (\w+)='?([^'\n]+)'?/g.exec(out.split('\n').find((l) => l.includes(name)) ?? '')?.[2];
    db ??= get('TEST_DATABASE_URL');
    s3 ??= get('TEST_S3_URL');
  }
  if (!db || !s3) throw new Error('scripts/services.sh did not print TEST_DATABASE_URL and TEST_S3_URL');
  return (services = { db, s3 });
}

export interface Stores { name: string; database: Database; blobs: BlobStore; close(): Promise<void> }
export type StoreKind = { db: 'pglite' | 'postgres'; blobs: 'file' | 's3' };
export const ALL_STORES: StoreKind[] = [
  { db: 'pglite', blobs: 'file' }, { db: 'pglite', blobs: 's3' }, { db: 'postgres', blobs: 'file' }, { db: 'postgres', blobs: 's3' },
];

/** A fresh, empty PostgreSQL database on the test server; dropped by the returned function. */
export async function freshPostgres(): Promise<{ url: string; drop(): Promise<void> }> {
  const admin = testServices().db;
  const name = `api_${process.pid}_${randomBytes(4).toString('hex')}`;
  const sql = postgres(admin, { max: 1, onnotice: () => {} });
  await sql.unsafe(`create database ${name}`);
  await sql.end();
  const u = new URL(admin);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    drop: async () => {
      const s = postgres(admin, { max: 1, onnotice: () => {} });
      await s.unsafe(`drop database if exists ${name} with (force)`);
      await s.end();
    },
  };
}

export async function openStores(kind: StoreKind): Promise<Stores> {
  const cleanups: (() => Promise<void> | void)[] = [];
  let database: Database;
  if (kind.db === 'pglite') database = await openDatabase('memory://');
  else {
    const pg = await freshPostgres();
    cleanups.push(pg.drop);
    database = await openDatabase(pg.url, { maxConnections: 8 });
  }
  cleanups.unshift(() => database.close());
  let blobs: BlobStore;
  if (kind.blobs === 'file') {
    const dir = mkdtempSync(join(tmpdir(), 'st-api-blobs-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    blobs = new FileBlobStore(dir);
  } else {
    const u = new URL(testServices().s3);
    u.pathname = `/api-${process.pid}-${randomBytes(4).toString('hex')}/`;
    blobs = openBlobStore(u.toString());
  }
  return {
    name: `${kind.db}+${kind.blobs}`, database, blobs,
    close: async () => { for (const f of cleanups) await f(); },
  };
}
