// The shared API suite, run against every store combination: PGlite and PostgreSQL, file store and S3.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createCatalogReads } from '@shadertrain/core/catalog/reads';
import { createApp } from '../packages/functions/src/api/app.ts';
import type { ApiActions } from '../packages/functions/src/api/deps.ts';
import { fileAssets } from '../packages/functions/src/gallery/files.ts';
import { FAMILIES, programBody, seedCatalog, type Seeded } from './api-fixtures.ts';
import { ALL_STORES, openStores, type Stores } from './api-stores.ts';

const TOKEN = 'test-token-0123456789';
const auth = { authorization: `Bearer ${TOKEN}` };

/** Write actions that record their calls (the real ones are the repository's; these test the HTTP layer). */
function recordingActions(calls: string[]): ApiActions {
  const now = new Date().toISOString();
  return {
    async requestCrawl(i) { calls.push(`crawl:${i.sources?.join(',') ?? '*'}`); return { id: 'crawl-1', status: 'queued', sources: i.sources ?? null, requestedAt: now }; },
    async createSnapshot(i) { calls.push(`snapshot:${i.id}`); return { id: i.id ?? 'snap-new', manifestKey: 'manifests/x.json', manifestSha256: null, filter: i.filter, programCount: 0, licenses: [], createdAt: now }; },
    async queueRun(i) { calls.push(`run:${i.snapshotId}`); return { id: i.id ?? 'run-new', snapshotId: i.snapshotId, status: 'queued', progress: null, config: i.config, error: null, cancelRequested: false, startedAt: null, finishedAt: null, createdAt: now }; },
    async cancelRun(id) { calls.push(`cancel:${id}`); return id === 'missing' ? null : { id, status: 'running', cancelRequested: true }; },
  };
}

for (const kind of ALL_STORES) {
  describe(`API on ${kind.db} + ${kind.blobs}`, { timeout: 120_000 }, () => {
    let stores: Stores;
    let seeded: Seeded;
    let app: ReturnType<typeof createApp>;
    const calls: string[] = [];
    const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });
    const json = async (path: string) => {
      const r = await get(path);
      assert.equal(r.status, 200, `${path}: ${r.status} ${await r.clone().text()}`);
      return r.json() as Promise<any>;
    };
    const post = (path: string, body: unknown, headers: Record<string, string> = auth) =>
      app.request(path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

    before(async () => {
      stores = await openStores(kind);
      seeded = await seedCatalog(stores.database.db, stores.blobs, { count: 30 });
      app = createApp({
        catalog: createCatalogReads(stores.database.db), blobs: stores.blobs, token: TOKEN, actions: recordingActions(calls),
        assets: fileAssets(), cors: ['http://allowed.example'], limits: { maxPageSize: 100, maxBodyBytes: 4096 },
      });
    });
    after(async () => { await stores?.close(); });

    test('program list: keyset pages cover every program exactly once, in order', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page: any = await json(`/api/v1/programs?limit=7${cursor ? `&cursor=${cursor}` : ''}`);
        seen.push(...page.items.map((p: any) => p.id));
        cursor = page.nextCursor;
        pages++;
      } while (cursor);
      assert.equal(pages, 5);
      assert.equal(new Set(seen).size, 30);
      assert.deepEqual(seen, [...seeded.programIds].reverse(), 'newest first');
      const byId = await json('/api/v1/programs?sort=id&limit=100');
      assert.deepEqual(byId.items.map((p: any) => p.id), [...seeded.programIds].sort());
      const oldest = await json('/api/v1/programs?sort=oldest&limit=3');
      assert.deepEqual(oldest.items.map((p: any) => p.id), seeded.programIds.slice(0, 3));
    });

    test('program list: filters by status, source, license, family and text', async () => {
      assert.equal((await json('/api/v1/programs?status=rejected&limit=100')).items.length, 3);
      assert.equal((await json('/api/v1/programs?source=synth&limit=100')).items.length, 15);
      assert.equal((await json('/api/v1/programs?license=CC0-1.0&limit=100')).items.length, 10);
      const fam = await json(`/api/v1/programs?family=${FAMILIES[1]}&limit=100`);
      assert.ok(fam.items.length > 0 && fam.items.every((p: any) => p.family === FAMILIES[1]));
      const q = await json('/api/v1/programs?q=program%2012');
      assert.deepEqual(q.items.map((p: any) => p.title), ['Program 12']);
      const combined = await json('/api/v1/programs?status=valid&source=local&license=CC0-1.0&limit=100');
      assert.ok(combined.items.length > 0 && combined.items.every((p: any) => p.status === 'valid'));
    });

    test('program list: invalid parameters are 400 with the field', async () => {
      for (const [qs, field] of [['limit=0', 'limit'], ['limit=101', 'limit'], ['limit=x', 'limit'], ['status=nope', 'status'], ['sort=up', 'sort'], ['cursor=%25%25', 'cursor']] as const) {
        const r = await get(`/api/v1/programs?${qs}`);
        assert.equal(r.status, 400, qs);
        const body: any = await r.json();
        assert.equal(body.error.code, 'bad-input');
        assert.equal(body.error.field, field, qs);
      }
    });

    test('one program: normalized source from the blob store, provenance, licenses, statistics', async () => {
      const id = seeded.programIds[3]!;
      const p = await json(`/api/v1/programs/${id}`);
      assert.equal(p.source, programBody(3));
      assert.equal(p.provenance.length, 1);
      assert.equal(p.provenance[0].externalId, 'ext-3');
      assert.deepEqual(p.licenses, [p.provenance[0].license]);
      assert.equal(typeof p.stats.entropy, 'number');
      assert.match(p.thumbnailUrl, new RegExp(`^/api/v1/programs/${id}/thumbnail.png\\?v=`));
      const missing = await get('/api/v1/programs/0123456789abcdef0123');
      assert.equal(missing.status, 404);
      assert.deepEqual((await missing.json() as any).error.code, 'not-found');
      assert.equal((await get('/api/v1/programs/NOT-HEX')).status, 400);
    });

    test('thumbnail: PNG bytes, immutable when versioned, ETag revalidation, 404 without one', async () => {
      const id = seeded.programIds[0]!;
      const { thumbnailUrl } = await json(`/api/v1/programs/${id}`);
      const r = await get(thumbnailUrl);
      assert.equal(r.status, 200);
      assert.equal(r.headers.get('content-type'), 'image/png');
      assert.match(r.headers.get('cache-control')!, /immutable/);
      const bytes = new Uint8Array(await r.arrayBuffer());
      assert.deepEqual([...bytes.slice(1, 4)], [0x50, 0x4e, 0x47]);
      const again = await get(thumbnailUrl, { 'if-none-match': r.headers.get('etag')! });
      assert.equal(again.status, 304);
      assert.doesNotMatch((await get(`/api/v1/programs/${id}/thumbnail.png`)).headers.get('cache-control')!, /immutable/);
      assert.equal((await get(`/api/v1/programs/${seeded.programIds[4]}/thumbnail.png`)).status, 404);
    });

    test('catalog statistics and sources', async () => {
      const s = await json('/api/v1/stats');
      assert.equal(s.programs, 30);
      assert.deepEqual(s.byStatus, { valid: 27, rejected: 3 });
      assert.deepEqual(s.bySource, { local: 15, synth: 15 });
      assert.equal(s.byRejectReason.blank, 3);
      assert.equal(s.crawls.length, 1);
      const src = await json('/api/v1/sources');
      assert.deepEqual(src.items.map((x: any) => [x.id, x.programs]), [['local', 15], ['synth', 15]]);
      assert.ok(src.items[0].lastCrawlAt);
    });

    test('snapshots, runs with metric series, checkpoints ranked by a metric', async () => {
      assert.equal((await json('/api/v1/snapshots')).items[0].id, seeded.snapshotId);
      assert.equal((await json(`/api/v1/snapshots/${seeded.snapshotId}`)).programCount, 8);
      assert.equal((await json('/api/v1/runs')).items[0].id, seeded.runId);
      const run = await json(`/api/v1/runs/${seeded.runId}`);
      assert.equal(run.metrics.length, 20);
      assert.ok(run.evaluations.some((e: any) => e.checkpointId === null && e.value === 0.42));
      const ranked = await json('/api/v1/checkpoints?dataset=fashion-mnist&protocol=linear');
      assert.deepEqual(ranked.items.map((c: any) => c.id), [`${seeded.runId}-s200`, `${seeded.runId}-s100`]);
      assert.ok(ranked.items[0].score > ranked.items[1].score);
      const asc = await json('/api/v1/checkpoints?dataset=fashion-mnist&protocol=linear&order=asc&limit=1');
      assert.equal(asc.items[0].id, `${seeded.runId}-s100`);
      const next = await json(`/api/v1/checkpoints?dataset=fashion-mnist&protocol=linear&order=asc&limit=1&cursor=${asc.nextCursor}`);
      assert.equal(next.items[0].id, `${seeded.runId}-s200`);
      const cp = await json(`/api/v1/checkpoints/${seeded.checkpointIds[0]}`);
      const linear = cp.evaluations.find((e: any) => e.protocol === 'linear');
      assert.equal(linear.baseline, 0.42, 'random-init baseline beside the probe accuracy');
      assert.equal((await get('/api/v1/checkpoints/nope')).status, 404);
      assert.equal((await get('/api/v1/runs/nope')).status, 404);
    });

    test('checkpoint download: presigned redirect on S3, streamed with length and ETag on files', async () => {
      const r = await get(`/api/v1/checkpoints/${seeded.checkpointIds[1]}/download`);
      let bytes: Uint8Array;
      if (kind.blobs === 's3') {
        assert.equal(r.status, 302);
        const loc = r.headers.get('location')!;
        assert.match(loc, /X-Amz-Signature=/);
        const f = await fetch(loc);
        assert.equal(f.status, 200);
        bytes = new Uint8Array(await f.arrayBuffer());
      } else {
        assert.equal(r.status, 200);
        assert.equal(r.headers.get('content-length'), String(seeded.checkpointBytes.byteLength));
        const etag = r.headers.get('etag')!;
        assert.match(etag, /^"[0-9a-f]{64}"$/);
        bytes = new Uint8Array(await r.arrayBuffer());
        assert.equal((await get(`/api/v1/checkpoints/${seeded.checkpointIds[1]}/download`, { 'if-none-match': etag })).status, 304);
      }
      assert.deepEqual(bytes, seeded.checkpointBytes);
    });

    test('JSON responses carry an ETag and answer 304; the cache is cleared by writes', async () => {
      const r = await get('/api/v1/stats');
      const etag = r.headers.get('etag')!;
      assert.ok(etag);
      assert.match(r.headers.get('cache-control')!, /max-age/);
      const again = await get('/api/v1/stats', { 'if-none-match': etag });
      assert.equal(again.status, 304);
      assert.equal(again.headers.get('x-cache'), 'hit');
      assert.equal(again.headers.get('etag'), etag);
      const hit = await get('/api/v1/stats');
      assert.equal(hit.headers.get('x-cache'), 'hit');
      assert.equal(await hit.text(), await r.text(), 'a hit has the body of the miss');
      for (const h of ['etag', 'cache-control', 'content-type']) assert.equal(hit.headers.get(h), r.headers.get(h), h);
      assert.equal((await post('/api/v1/crawls', {})).status, 202);
      assert.equal((await get('/api/v1/stats')).headers.get('x-cache'), 'miss');
    });

    test('every write route: 401 without or with a malformed token, 403 with a wrong one, 400 on bad input', async () => {
      const routes: [string, unknown, unknown, string][] = [
        ['/api/v1/crawls', { sources: ['local'] }, { sources: 'local' }, 'sources'],
        ['/api/v1/snapshots', { id: 'snap-2', filter: { status: 'valid' } }, { filter: { status: 'nope' } }, 'filter.status'],
        ['/api/v1/runs', { snapshotId: seeded.snapshotId, config: { method: 'moco' } }, { config: {} }, 'snapshotId'],
        [`/api/v1/runs/${seeded.runId}/cancel`, {}, null, ''],
      ];
      for (const [path, good, bad, field] of routes) {
        for (const [headers, status] of [[{}, 401], [{ authorization: 'Basic abc' }, 401], [{ authorization: 'Bearer' }, 401], [{ authorization: 'Bearer wrong-token' }, 403]] as const) {
          const r = await post(path, good, headers as Record<string, string>);
          assert.equal(r.status, status, `${path} ${JSON.stringify(headers)}`);
          const body: any = await r.json();
          assert.equal(body.error.code, status === 401 ? 'unauthorized' : 'forbidden');
          assert.equal(body.error.field, 'authorization');
        }
        if (bad !== null) {
          const r = await post(path, bad);
          assert.equal(r.status, 400, path);
          assert.equal((await r.json() as any).error.field, field, path);
          const malformed = await post(path, '{not json');
          assert.equal(malformed.status, 400, `${path} malformed JSON`);
          assert.equal((await malformed.json() as any).error.code, 'bad-input');
        }
        const ok = await post(path, good);
        assert.ok(ok.status >= 200 && ok.status < 300, `${path}: ${ok.status} ${await ok.clone().text()}`);
      }
      assert.equal((await post('/api/v1/runs/missing/cancel', {})).status, 404);
      assert.equal((await post('/api/v1/runs/bad%20id/cancel', {})).status, 400);
      assert.deepEqual(calls.filter((c) => !c.startsWith('crawl:*')), ['crawl:local', 'snapshot:snap-2', `run:${seeded.snapshotId}`, `cancel:${seeded.runId}`, 'cancel:missing']);
    });

    test('body size limit: 413', async () => {
      const r = await post('/api/v1/runs', { snapshotId: seeded.snapshotId, config: { pad: 'x'.repeat(10_000) } });
      assert.equal(r.status, 413);
      assert.equal((await r.json() as any).error.code, 'too-large');
    });

    test('CORS: allowed origins get the header, others do not', async () => {
      const ok = await get('/api/v1/sources', { origin: 'http://allowed.example' });
      assert.equal(ok.headers.get('access-control-allow-origin'), 'http://allowed.example');
      const no = await get('/api/v1/sources', { origin: 'http://other.example' });
      assert.equal(no.headers.get('access-control-allow-origin'), null);
      const hit = await get('/api/v1/sources', { origin: 'http://allowed.example' });
      assert.equal(hit.headers.get('x-cache'), 'hit');
      assert.equal(hit.headers.get('access-control-allow-origin'), 'http://allowed.example');
      assert.equal(hit.headers.get('access-control-expose-headers'), 'ETag');
    });
  });
}

test('writes are refused (401) when the server has no token, and 501 when an action is not wired', async () => {
  const stores = await openStores({ db: 'pglite', blobs: 'file' });
  try {
    const noToken = createApp({ catalog: createCatalogReads(stores.database.db), blobs: stores.blobs });
    const r = await noToken.request('/api/v1/crawls', { method: 'POST', headers: { authorization: 'Bearer x', 'content-type': 'application/json' }, body: '{}' });
    assert.equal(r.status, 401);
    const noActions = createApp({ catalog: createCatalogReads(stores.database.db), blobs: stores.blobs, token: 't' });
    const r2 = await noActions.request('/api/v1/crawls', { method: 'POST', headers: { authorization: 'Bearer t', 'content-type': 'application/json' }, body: '{}' });
    assert.equal(r2.status, 501);
    assert.equal((await r2.json() as any).error.code, 'not-implemented');
  } finally {
    await stores.close();
  }
});
