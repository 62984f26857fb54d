// Two processes ingest the same programs at the same time into one PostgreSQL catalog: each
// program ends up as exactly one row, created exactly once. (PGlite cannot take part: a PGlite
// data directory is opened by one process at a time — see packages/core/src/db/client.ts.)
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { createCatalog } from '../packages/core/src/catalog/repository.ts';
import { openDatabase } from '../packages/core/src/db/client.ts';
import { createTempDatabase } from './support/postgres.ts';
import { runTsx } from './support/spawn-tsx.ts';

test('concurrent ingest of the same programs from two processes yields one row each', async () => {
  const N = 40;
  const tmp = await createTempDatabase();
  const blobDir = mkdtempSync(join(tmpdir(), 'st-ingest-'));
  try {
    const args = [tmp.url, pathToFileURL(blobDir).href, String(N)];
    const [a, b] = await Promise.all([runTsx('tests/support/fixtures/ingest.ts', args), runTsx('tests/support/fixtures/ingest.ts', args)]);
    assert.equal(a.code, 0, a.stderr);
    assert.equal(b.code, 0, b.stderr);
    const createdA = JSON.parse(a.stdout.trim().split('\n').at(-1)!).created;
    const createdB = JSON.parse(b.stdout.trim().split('\n').at(-1)!).created;
    assert.equal(createdA + createdB, N, 'each program is reported created by exactly one process');
    const d = await openDatabase(tmp.url);
    try {
      const stats = await createCatalog(d.db).catalogStats();
      assert.equal(stats.total, N);
      assert.deepEqual(stats.bySource, { local: N });
    } finally {
      await d.close();
    }
  } finally {
    rmSync(blobDir, { recursive: true, force: true });
    await tmp.drop();
  }
});
