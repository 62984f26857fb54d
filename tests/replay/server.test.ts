import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startReplayServer, faults } from './server.ts';
import { SHADERTOY_KEY } from './fixtures.ts';

test('serves the fake sites and plays scripted sequences per path', async () => {
  const s = await startReplayServer({ routes: { '/api/v1/shaders': [faults.rateLimited(2), faults.shadertoyError('Invalid key'), 'pass'] } });
  try {
    const get = (p: string) => fetch(`${s.url}${p}`);
    const r1 = await get(`/api/v1/shaders?key=${SHADERTOY_KEY}&num=2`);
    assert.equal(r1.status, 429);
    assert.equal(r1.headers.get('retry-after'), '2');
    await r1.text();
    assert.deepEqual(await (await get(`/api/v1/shaders?key=${SHADERTOY_KEY}`)).json(), { Error: 'Invalid key' });
    assert.deepEqual(await (await get(`/api/v1/shaders?key=${SHADERTOY_KEY}&from=1&num=2`)).json(), { Shaders: 11, Results: ['rtA2xq', 'rtA3xq'] });
    assert.deepEqual(await (await get(`/api/v1/shaders?key=${SHADERTOY_KEY}&from=99&num=2`)).json(), { Shaders: 11 });
    assert.equal(((await (await get(`/api/v1/shaders/rtA1xq?key=${SHADERTOY_KEY}`)).json()) as { Shader: { info: { id: string } } }).Shader.info.id, 'rtA1xq');
    assert.deepEqual(await (await get('/api/v1/shaders/rtA1xq?key=nope')).json(), { Error: 'Invalid key' });
    assert.equal((await get('/item/1.0')).status, 200);
    assert.equal((await get('/item/3.0')).status, 404);
    const trunc = await (await fetch(`${s.url}/t`, { method: 'GET' })).text();
    assert.equal(trunc, '404: Not Found');
    s.script('/t', faults.truncatedJson({ a: [1, 2, 3] }, 0.5));
    assert.equal(await (await get('/t')).text(), '{"a":[');
    assert.equal(s.count('/api/v1/shaders'), 4);
    assert.ok(s.hits.every((h) => h.at > 0));
  } finally {
    await s.close();
  }
});

test('close() does not wait for slow or endless answers', async () => {
  const s = await startReplayServer({ routes: { '/slow': faults.slow(30_000), '/huge': faults.gigantic(1024 ** 3) } });
  const slow = fetch(`${s.url}/slow`).catch((e) => e);
  const huge = fetch(`${s.url}/huge`).then((r) => r.body?.getReader().read()).catch((e) => e);
  await huge;
  await new Promise((r) => setTimeout(r, 50));
  const t0 = Date.now();
  await s.close();
  assert.ok(Date.now() - t0 < 1000);
  assert.ok((await slow) instanceof Error);
});
