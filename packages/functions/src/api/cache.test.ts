// The response cache: LRU + TTL + ETag, one refresh per expired entry, no stale entry after a write;
// and the middleware, through a real Hono app and through @hono/node-server on a real socket.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { ResponseCache, cachedJson, jsonEntry, notModified } from './cache.ts';

const entry = (s: string) => jsonEntry(JSON.stringify(s), 'application/json', 'public, max-age=2');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('ResponseCache', () => {
  test('evicts the least recently used entry', () => {
    const c = new ResponseCache(2, 60_000);
    c.put('a', c.begin(), entry('a'));
    c.put('b', c.begin(), entry('b'));
    assert.ok(c.get('a')); // a is now the most recent
    c.put('c', c.begin(), entry('c'));
    assert.equal(c.size, 2);
    assert.equal(c.get('b'), undefined);
    assert.ok(c.get('a') && c.get('c'));
  });

  test('an expired entry goes to one caller to recompute; the others get the old one until put()', () => {
    const c = new ResponseCache(10, 1000);
    c.put('k', c.begin(), entry('old'), 0);
    assert.ok(c.get('k', 500), 'fresh');
    assert.equal(c.get('k', 1000), undefined, 'expired: the first caller recomputes');
    assert.equal(new TextDecoder().decode(c.get('k', 1001)!.body), '"old"', 'the others get the old entry meanwhile');
    c.put('k', c.begin(), entry('new'), 1002);
    assert.equal(new TextDecoder().decode(c.get('k', 1003)!.body), '"new"');
    // A refresh that never comes back: after one more TTL, another caller gets to recompute.
    assert.equal(c.get('k', 1002 + 1000), undefined);
    assert.ok(c.get('k', 2500));
    assert.equal(c.get('k', 2002 + 1000), undefined);
  });

  test('entries live between ¾ TTL and a TTL, so entries filled together do not all expire together', () => {
    const c = new ResponseCache(100, 1000);
    for (let i = 0; i < 50; i++) c.put(`k${i}`, c.begin(), entry('x'), 0);
    const expires = Array.from({ length: 50 }, (_, i) => (c as unknown as { map: Map<string, { expires: number }> }).map.get(`k${i}`)!.expires);
    assert.ok(expires.every((e) => e >= 750 && e <= 1000), String(expires));
    assert.ok(new Set(expires).size > 40);
  });

  test('a response computed before a write is not stored after it', () => {
    const c = new ResponseCache();
    const token = c.begin();
    c.clear(); // the write
    c.put('k', token, entry('before the write'));
    assert.equal(c.get('k'), undefined);
    c.put('k', c.begin(), entry('after'));
    assert.ok(c.get('k'));
  });
});

test('notModified: exact, weak, lists and *', () => {
  assert.ok(notModified('W/"abc"', 'W/"abc"'));
  assert.ok(notModified('"abc"', 'W/"abc"'));
  assert.ok(notModified('"x", W/"abc"', 'W/"abc"'));
  assert.ok(notModified('*', 'W/"abc"'));
  assert.ok(!notModified(undefined, 'W/"abc"'));
  assert.ok(!notModified('W/"abd"', 'W/"abc"'));
});

/** An app whose one route counts its calls and answers `{ n, id }`; `gate` holds a call until released. */
function countingApp(cache: ResponseCache | null, options: { cors?: boolean } = {}) {
  const state = { calls: 0, status: 200, gate: null as Promise<void> | null };
  const app = new Hono();
  if (options.cors) app.use('*', cors({ origin: ['http://allowed.example'], exposeHeaders: ['ETag'] }));
  app.use('*', cachedJson(cache));
  app.get('/items/:id', async (c) => {
    const n = ++state.calls;
    if (state.gate) await state.gate;
    return state.status === 200 ? c.json({ n, id: c.req.param('id') }) : c.json({ error: 'gone' }, state.status as 404);
  });
  app.post('/items', (c) => { cache?.clear(); return c.json({ ok: true }, 201); });
  return { app, state };
}

const headersOf = (r: Response) => Object.fromEntries([...r.headers].filter(([k]) => k !== 'x-cache' && k !== 'date'));

describe('cachedJson', () => {
  test('one program or checkpoint by id lives for the item TTL; lists and sub-resources for the TTL', async () => {
    const app = new Hono();
    app.use('*', cachedJson(new ResponseCache(100, 1, 60_000)));
    let n = 0;
    for (const path of ['/api/v1/programs', '/api/v1/programs/:id', '/api/v1/programs/:id/thumbnail.json', '/api/v1/checkpoints/:id'])
      app.get(path, (c) => c.json({ n: ++n }));
    const twice = async (path: string) => {
      await app.request(path);
      await sleep(15);
      return (await app.request(path)).headers.get('x-cache');
    };
    assert.equal(await twice('/api/v1/programs/abc'), 'hit');
    assert.equal(await twice('/api/v1/checkpoints/abc'), 'hit');
    assert.equal(await twice('/api/v1/programs?limit=5'), 'miss');
    assert.equal(await twice('/api/v1/programs/abc/thumbnail.json'), 'miss');
    assert.equal(await twice('/api/v1/programs/abc?fields=x'), 'miss');
  });

  test('a hit has the body and headers of the miss, and x-cache says which', async () => {
    const { app, state } = countingApp(new ResponseCache());
    const miss = await app.request('/items/1?x=1');
    const hit = await app.request('/items/1?x=1');
    assert.equal(miss.headers.get('x-cache'), 'miss');
    assert.equal(hit.headers.get('x-cache'), 'hit');
    assert.equal(state.calls, 1);
    assert.equal(await hit.text(), await miss.text());
    assert.deepEqual(headersOf(hit), headersOf(miss));
    assert.match(hit.headers.get('etag')!, /^W\/"/);
    assert.equal(hit.headers.get('cache-control'), 'public, max-age=2, stale-while-revalidate=10');
    assert.equal(hit.headers.get('content-length'), String(Buffer.byteLength('{"n":1,"id":"1"}')));
    assert.equal((await app.request('/items/1?x=2')).headers.get('x-cache'), 'miss', 'the query is part of the key');
  });

  test('If-None-Match gets a 304 without a body, on a miss and on a hit', async () => {
    const { app } = countingApp(new ResponseCache());
    const etag = (await app.request('/items/1')).headers.get('etag')!;
    const hit = await app.request('/items/1', { headers: { 'if-none-match': etag } });
    assert.equal(hit.status, 304);
    assert.equal(hit.headers.get('etag'), etag);
    assert.equal(await hit.text(), '');
    const { app: uncached } = countingApp(null);
    const miss = await uncached.request('/items/1', { headers: { 'if-none-match': etag } });
    assert.equal(miss.status, 304, 'the same body gives the same ETag without a cache');
    assert.equal(miss.headers.get('x-cache'), 'miss');
    assert.equal((await app.request('/items/1', { headers: { 'if-none-match': 'W/"other"' } })).status, 200);
  });

  test('a write clears the cache, also for a request that was computing when it happened', async () => {
    const cache = new ResponseCache();
    const { app, state } = countingApp(cache);
    await app.request('/items/1');
    assert.equal((await app.request('/items', { method: 'POST' })).status, 201);
    assert.equal((await app.request('/items/1')).headers.get('x-cache'), 'miss');
    let release!: () => void;
    state.gate = new Promise((r) => { release = r; });
    const slow = app.request('/items/2'); // reads before the write ...
    await sleep(5);
    await app.request('/items', { method: 'POST' }); // ... the write lands ...
    state.gate = null;
    release();
    assert.equal((await (await slow).json() as { n: number }).n, 3);
    const after = await app.request('/items/2'); // ... and the answer from before it was not kept
    assert.equal(after.headers.get('x-cache'), 'miss');
    assert.equal((await after.json() as { n: number }).n, 4);
  });

  test('an expired entry is recomputed once; requests meanwhile get the old response', async () => {
    const { app, state } = countingApp(new ResponseCache(10, 20));
    await app.request('/items/1');
    await sleep(30);
    let release!: () => void;
    state.gate = new Promise((r) => { release = r; });
    const refresh = app.request('/items/1');
    await sleep(5);
    const during = await Promise.all([app.request('/items/1'), app.request('/items/1')]);
    for (const r of during) assert.deepEqual([r.headers.get('x-cache'), ((await r.json()) as { n: number }).n], ['hit', 1]);
    state.gate = null;
    release();
    assert.equal(((await (await refresh).json()) as { n: number }).n, 2);
    assert.equal(((await (await app.request('/items/1')).json()) as { n: number }).n, 2);
    assert.equal(state.calls, 2);
  });

  test('an entry whose refresh fails is dropped, not served again', async () => {
    const { app, state } = countingApp(new ResponseCache(10, 20));
    await app.request('/items/1');
    await sleep(30);
    state.status = 404;
    assert.equal((await app.request('/items/1')).status, 404);
    assert.equal((await app.request('/items/1')).status, 404, 'not the old 200');
    assert.equal(state.calls, 3);
  });

  test('non-GET requests and non-JSON responses are not cached', async () => {
    const { app } = countingApp(new ResponseCache());
    assert.equal((await app.request('/items', { method: 'POST' })).headers.get('x-cache'), null);
    assert.equal((await app.request('/nowhere')).headers.get('x-cache'), null);
  });

  test('hits carry the CORS headers of their own request, not of the one that filled the cache', async () => {
    const { app } = countingApp(new ResponseCache(), { cors: true });
    const first = await app.request('/items/1', { headers: { origin: 'http://allowed.example' } });
    assert.equal(first.headers.get('access-control-allow-origin'), 'http://allowed.example');
    const other = await app.request('/items/1', { headers: { origin: 'http://other.example' } });
    assert.equal(other.headers.get('x-cache'), 'hit');
    assert.equal(other.headers.get('access-control-allow-origin'), null);
    const again = await app.request('/items/1', { headers: { origin: 'http://allowed.example' } });
    assert.equal(again.headers.get('x-cache'), 'hit');
    assert.equal(again.headers.get('access-control-allow-origin'), 'http://allowed.example');
    assert.equal(again.headers.get('access-control-expose-headers'), 'ETag');
    assert.equal(again.headers.get('vary'), 'Origin');
  });

  test('over @hono/node-server: hits are written with the same bytes and headers as the miss', async () => {
    const { app, state } = countingApp(new ResponseCache());
    const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/items/%C3%A9`;
      const miss = await fetch(url);
      const hits = await Promise.all([fetch(url), fetch(url)]);
      const body = await miss.text();
      assert.equal(body, '{"n":1,"id":"é"}');
      for (const hit of hits) {
        assert.equal(hit.headers.get('x-cache'), 'hit');
        assert.equal(await hit.text(), body);
        assert.deepEqual(headersOf(hit), headersOf(miss));
        assert.equal(hit.headers.get('content-length'), String(Buffer.byteLength(body)));
      }
      const notMod = await fetch(url, { headers: { 'if-none-match': miss.headers.get('etag')! } });
      assert.equal(notMod.status, 304);
      assert.equal(state.calls, 1);
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});
