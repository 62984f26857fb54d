// The real render server (Mesa llvmpipe) behind RenderClient: validate, thumbnail, and the
// deadline / crash / quarantine paths with real hanging and crashing programs.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { RenderClient, RenderLost } from './client.ts';

const GOOD = 'void mainImage(out vec4 c, in vec2 p) { c = vec4(p / iResolution.xy, 0.5 + 0.5 * sin(iTime), 1.0); }';
const HANG = readFileSync(new URL('../../../../tests/support/fixtures/hang.glsl', import.meta.url), 'utf8');
const client = new RenderClient({ device: 'cpu', deadlineMs: 30_000, env: { SHADERTRAIN_RENDER_DEBUG: '1' } });
after(() => client.close());

test('validate returns stats, timings, renderer and a PNG thumbnail', async () => {
  const r = await client.validate(GOOD, { size: 32, frames: 2 });
  assert.equal(r.ok, true, r.reason);
  assert.equal(r.frameMs.length, 2);
  assert.ok(r.stats && r.stats.entropy > 1 && r.stats.nonFinite === 0);
  assert.match(r.renderer.renderer, /llvmpipe/i);
  assert.deepEqual([...r.thumbnailPng!.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47]);
});

test('a compile error names the check and keeps the server', async () => {
  const r = await client.validate('void mainImage(out vec4 c, in vec2 p) { c = nope; }');
  assert.equal(r.ok, false);
  assert.match(r.reason!, /^compile-error: /);
  assert.equal(client.restarts, 0);
});

test('thumbnail gives PNG bytes', async () => {
  const png = await client.thumbnail(GOOD, { size: 16 });
  assert.equal(Buffer.from(png.subarray(1, 4)).toString(), 'PNG');
});

test('a hanging program times out, is quarantined, and the server restarts', async () => {
  const r = await client.validate(HANG, { size: 64, frames: 1, deadlineMs: 3000 });
  assert.equal(r.reason, 'timeout');
  assert.equal((await client.validate(HANG)).reason, 'quarantined: timeout');
  await assert.rejects(client.thumbnail(HANG), (e) => e instanceof RenderLost && /quarantined/.test(e.reason));
  const after = await client.validate(GOOD, { size: 16, frames: 1 });
  assert.equal(after.ok, true, after.reason);
  assert.equal(client.restarts, 1);
});

test('a crashing server rejects only that request', async () => {
  await assert.rejects(client.request('debug-crash'), (e) => e instanceof RenderLost && e.reason === 'crash');
  assert.deepEqual(await client.request('ping'), { pong: true });
});
