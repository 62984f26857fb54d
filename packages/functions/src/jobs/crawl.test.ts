import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Database } from '@shadertrain/core/db/client';
import { crawlRuns, programs, provenance, sources } from '@shadertrain/core/db/schema/index';
import { FileBlobStore } from '@shadertrain/core/blob/file';
import type { BlobStore } from '@shadertrain/core/blob/types';
import { shadertoySource } from '../sources/shadertoy.ts';
import { fastHttp } from '../sources/testing.ts';
import { startReplayServer, faults, type ReplayServer } from '../../../../tests/replay/server.ts';
import { SHADERTOY_KEY, shadertoyExpected, shadertoySkipped } from '../../../../tests/replay/fixtures.ts';
import { createJobCatalog } from './catalog.ts';
import { crawl } from './crawl.ts';
import { sourceKey } from './keys.ts';

let server: ReplayServer;
let dir: string;
before(async () => { server = await startReplayServer(); dir = await mkdtemp(join(tmpdir(), 'crawl-job-')); });
after(async () => { await server.close(); await rm(dir, { recursive: true, force: true }); });

async function fresh(name: string): Promise<{ database: Database; blobs: BlobStore }> {
  return { database: await openDatabase('memory://'), blobs: new FileBlobStore(join(dir, name)) };
}
const st = (base = server.url) => shadertoySource({ id: 'shadertoy', baseUrl: base, apiKey: SHADERTOY_KEY, pageSize: 4, http: fastHttp() });

test('crawls Shadertoy into blobs + pending rows + provenance, and a re-run only finds duplicates', async () => {
  const { database, blobs } = await fresh('a');
  try {
    const catalog = createJobCatalog(database.db);
    const enqueued: string[] = [];
    const first = await crawl({ source: st(), catalog, blobs, pageSize: 4, enqueue: async (ids) => { enqueued.push(...ids); } });
    assert.equal(first.status, 'succeeded');
    const kept = Object.keys(shadertoyExpected).length;
    assert.equal(first.new, kept);
    assert.equal(first.rejected, Object.keys(shadertoySkipped).length);
    assert.equal(first.fetched, kept + Object.keys(shadertoySkipped).length);
    assert.equal(first.reasons['uses-channel-input'], 2);
    assert.equal(first.cursorAfter, null, 'the source was read to its end');
    const rows = await database.db.select().from(programs);
    assert.equal(rows.length, kept);
    for (const r of rows) {
      assert.equal(r.status, 'pending');
      assert.equal(r.sourceKey, sourceKey(r.id));
      assert.ok(await blobs.head(r.sourceKey), 'blob stored');
    }
    const prov = await database.db.select().from(provenance);
    assert.deepEqual(Object.fromEntries(prov.map((p) => [p.externalId, p.license])), shadertoyExpected);
    assert.deepEqual(new Set(enqueued), new Set(rows.map((r) => r.id)));

    const again = await crawl({ source: st(), catalog, blobs, pageSize: 4 });
    assert.equal(again.new, 0);
    assert.equal(again.duplicate, kept);
    assert.equal((await database.db.select().from(programs)).length, kept);
    assert.equal((await database.db.select().from(provenance)).length, kept);
    const runs = await database.db.select().from(crawlRuns);
    assert.equal(runs.length, 2);
    assert.ok(runs.every((r) => r.status === 'succeeded' && r.finishedAt));
    assert.ok((runs[0]!.errors as Array<{ reason: string }>).some((e) => e.reason === 'multipass'));
  } finally { await database.close(); }
});

test('a run limit stops early and the next run resumes from the persisted cursor', async () => {
  const { database, blobs } = await fresh('b');
  try {
    const catalog = createJobCatalog(database.db);
    const a = await crawl({ source: st(), catalog, blobs, limit: 4, pageSize: 4 });
    assert.equal(a.fetched, 4);
    const [src] = await database.db.select().from(sources);
    assert.deepEqual(src!.cursor, a.cursorAfter);
    const b = await crawl({ source: st(), catalog, blobs, pageSize: 4 });
    assert.deepEqual(b.cursorBefore, a.cursorAfter);
    assert.equal(a.new + b.new, Object.keys(shadertoyExpected).length);
    assert.equal(b.duplicate, 0);
  } finally { await database.close(); }
});

test('an upstream failure fails the run without moving the cursor past unread items', async () => {
  const flaky = await startReplayServer({ routes: { '/api/v1/shaders': ['pass', faults.challenge()] } });
  const { database, blobs } = await fresh('c');
  try {
    const catalog = createJobCatalog(database.db);
    const r = await crawl({ source: st(flaky.url), catalog, blobs, pageSize: 4 });
    assert.equal(r.status, 'failed');
    assert.ok(r.errors.some((e) => e.stage === 'page' && e.reason === 'challenge-page'), JSON.stringify(r.errors));
    const [src] = await database.db.select().from(sources);
    assert.deepEqual(src!.cursor, r.cursorAfter);
    const [run] = await database.db.select().from(crawlRuns);
    assert.equal(run!.status, 'failed');
  } finally { await database.close(); await flaky.close(); }
});

test('a blob store that fails keeps the page uncommitted: no row without its blob', async () => {
  const { database, blobs } = await fresh('d');
  try {
    const catalog = createJobCatalog(database.db);
    let puts = 0;
    const broken: BlobStore = { ...blobs, head: blobs.head.bind(blobs), get: blobs.get.bind(blobs), put: async (k, b, o) => { if (++puts === 2) throw new Error('disk full'); return blobs.put(k, b, o); } };
    const r = await crawl({ source: st(), catalog, blobs: broken, pageSize: 4 });
    assert.equal(r.status, 'failed');
    assert.equal(r.failed, 1);
    for (const p of await database.db.select().from(programs)) assert.ok(await blobs.head(p.sourceKey), `${p.id} has its blob`);
    const retry = await crawl({ source: st(), catalog, blobs, pageSize: 4 });
    assert.equal(retry.status, 'succeeded');
    assert.equal((await database.db.select().from(programs)).length, Object.keys(shadertoyExpected).length);
  } finally { await database.close(); }
});
