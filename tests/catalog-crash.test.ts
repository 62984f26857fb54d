// An ingest process killed with SIGKILL at random moments (between blob write and row write, or
// anywhere else) never leaves a program row whose source blob is missing, and a re-run completes it.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { randomBytes } from 'node:crypto';
import { openBlobStore } from '../packages/core/src/blob/open.ts';
import { createCatalog } from '../packages/core/src/catalog/repository.ts';
import { openDatabase } from '../packages/core/src/db/client.ts';
import { createTempDatabase } from './support/postgres.ts';
import { ensureServices } from './support/services.ts';
import { collect, spawnTsx } from './support/spawn-tsx.ts';

async function killAtRandom(dbUrl: string, blobUrl: string, rounds: number) {
  for (let i = 0; i < rounds; i++) {
    const child = spawnTsx('tests/support/fixtures/ingest.ts', [dbUrl, blobUrl, '0', '--forever']);
    const done = collect(child, 60_000);
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on('data', (d: Buffer) => d.toString().includes('started') && resolve());
      child.on('exit', (code) => reject(new Error(`ingest child exited early with ${code}`)));
    });
    await new Promise((r) => setTimeout(r, 50 + Math.random() * 400));
    child.kill('SIGKILL');
    const r = await done;
    assert.equal(r.signal, 'SIGKILL', r.stderr);
  }
}

async function assertNoDanglingRows(dbUrl: string, blobUrl: string) {
  const d = await openDatabase(dbUrl);
  const blobs = openBlobStore(blobUrl);
  try {
    const catalog = createCatalog(d.db);
    let cursor: string | undefined;
    let rows = 0;
    do {
      const page = await catalog.listPrograms({ limit: 500, cursor, sort: 'id' });
      for (const p of page.items) {
        rows++;
        assert.notEqual(await blobs.head(p.sourceKey), null, `program ${p.id} points at missing blob ${p.sourceKey}`);
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    assert.ok(rows > 0, 'the killed processes wrote some rows');
    return rows;
  } finally {
    await d.close();
  }
}

for (const store of ['file', 's3'] as const) {
  test(`SIGKILL between blob write and row write leaves no row pointing at a missing blob (${store} store)`, async () => {
    const tmp = await createTempDatabase();
    const dir = mkdtempSync(join(tmpdir(), 'st-crash-'));
    let blobUrl = pathToFileURL(dir).href;
    if (store === 's3') {
      const u = new URL(ensureServices().s3Url);
      u.pathname = `/crash-${randomBytes(6).toString('hex')}`;
      blobUrl = u.toString();
    }
    try {
      await killAtRandom(tmp.url, blobUrl, 3);
      await assertNoDanglingRows(tmp.url, blobUrl);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await tmp.drop();
    }
  });
}
