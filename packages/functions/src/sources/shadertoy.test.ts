import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { shadertoySource, rejectReason } from './shadertoy.ts';
import { collect } from './types.ts';
import { SourceError } from './errors.ts';
import { fastHttp } from './testing.ts';
import { startReplayServer, faults, type ReplayServer } from '../../../../tests/replay/server.ts';
import { SHADERTOY_KEY, shadertoyExpected, shadertoySkipped } from '../../../../tests/replay/fixtures.ts';

let server: ReplayServer;
before(async () => { server = await startReplayServer(); });
after(() => server.close());

const make = (over = {}) => shadertoySource({ baseUrl: server.url, apiKey: SHADERTOY_KEY, pageSize: 4, http: fastHttp(), ...over });
const fail = async (p: Promise<unknown>): Promise<SourceError> => {
  try { await p; } catch (err) { assert.ok(err instanceof SourceError, String(err)); return err; }
  assert.fail('expected a SourceError');
};

test('keeps single image passes without inputs, with licenses; skips the rest with reasons', async () => {
  const all = await collect(make(), { pageSize: 4 });
  assert.deepEqual(Object.fromEntries(all.items.map((i) => [i.externalId, i.license])), shadertoyExpected);
  assert.deepEqual(Object.fromEntries(all.skipped.map((s) => [s.externalId, s.reason])), shadertoySkipped);
  const first = all.items.find((i) => i.externalId === 'rtA1xq')!;
  assert.equal(first.title, 'Pulse rings');
  assert.equal(first.author, 'replayer');
  assert.equal(first.dialectHint, 'shadertoy');
  assert.equal(first.url, `${server.url}/view/rtA1xq`);
  assert.match(first.code, /void mainImage/);
  assert.deepEqual(first.meta?.tags, ['rings', 'simple']);
  assert.equal(first.meta?.date, '2024-04-24T23:06:50.000Z');
});

test('the listing is paged with from/num and the cursor is the offset', async () => {
  const src = make();
  const p1 = await src.fetchPage(null, { limit: 3 });
  assert.deepEqual(p1.nextCursor, { from: 3 });
  assert.equal(p1.items.length + p1.skipped.length, 3);
  const last = await src.fetchPage({ from: 9 }, { limit: 25 });
  assert.deepEqual(last.items.map((i) => i.externalId), ['rtB1xq']);
  assert.equal(last.nextCursor, null);
  assert.ok(server.hits.some((h) => h.path === '/api/v1/shaders' && h.search.includes('sort=newest&from=9&num=4')));
});

test('query listing', async () => {
  const all = await collect(make({ query: 'rings' }));
  assert.deepEqual(all.items.map((i) => i.externalId).sort(), ['rtA1xq', 'rtA2xq']);
});

test('an invalid key is an api-error, and the key never appears in errors', async () => {
  const err = await fail(make({ apiKey: 'wrong-secret' }).fetchPage(null, { limit: 5 }));
  assert.equal(err.code, 'api-error');
  assert.equal(err.message, 'Invalid key');
  assert.ok(!String(err.url).includes('wrong-secret'));
  assert.throws(() => shadertoySource({ apiKey: '' }), /API key is required/);
});

test('429 and 500 on the listing and truncated details are retried', async () => {
  const before = server.count('/api/v1/shaders');
  server.script('/api/v1/shaders', [faults.rateLimited(0), faults.status(500), 'pass']);
  server.script('/api/v1/shaders/rtA1xq', [faults.truncatedJson({ Shader: {} }), 'pass']);
  const page = await make().fetchPage(null, { limit: 4 });
  assert.equal(page.items.length, 2);
  assert.equal(server.count('/api/v1/shaders') - before, 3);
  server.script('/api/v1/shaders', 'pass');
  server.script('/api/v1/shaders/rtA1xq', 'pass');
});

test('a challenge page or a timeout fails the page (the cursor stays); a gigantic or missing shader is skipped', async () => {
  server.script('/api/v1/shaders', faults.challenge());
  assert.equal((await fail(make().fetchPage({ from: 0 }, { limit: 4 }))).code, 'challenge-page');
  server.script('/api/v1/shaders', 'pass');

  server.script('/api/v1/shaders/rtA2xq', faults.slow(500));
  assert.equal((await fail(make({ http: fastHttp({ timeoutMs: 100, retries: 1 }) }).fetchPage(null, { limit: 4 }))).code, 'timeout');

  server.script('/api/v1/shaders/rtA2xq', faults.gigantic(16 * 1024 * 1024));
  server.script('/api/v1/shaders/rtA1xq', faults.status(404));
  const page = await make({ http: fastHttp({ maxBodyBytes: 64 * 1024 }) }).fetchPage(null, { limit: 2 });
  assert.deepEqual(page.skipped, [{ externalId: 'rtA1xq', reason: 'http-404' }, { externalId: 'rtA2xq', reason: 'body-too-large' }]);
  server.script('/api/v1/shaders/rtA2xq', 'pass');
  server.script('/api/v1/shaders/rtA1xq', 'pass');
});

test('rejectReason', () => {
  const img = { type: 'image', code: 'void mainImage(out vec4 c, in vec2 p){c=vec4(1);}', inputs: [] };
  assert.equal(rejectReason([img]), null);
  assert.equal(rejectReason([{ ...img, code: ' ' }]), 'empty-code');
  assert.equal(rejectReason([{ type: 'buffer' }]), 'multipass');
  assert.equal(rejectReason([img, { type: 'cubemap' }]), 'multipass');
  assert.equal(rejectReason([]), 'no-image-pass');
});
