import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { manifestSource, parseManifest } from './manifest.ts';
import { collect } from './types.ts';
import { fastHttp } from './testing.ts';
import { startReplayServer, faults, type ReplayServer } from '../../../../tests/replay/server.ts';
import { rawFiles } from '../../../../tests/replay/fixtures.ts';

let server: ReplayServer;
before(async () => { server = await startReplayServer(); });
after(() => server.close());

test('fetches raw files listed in a manifest URL, license and author per entry', async () => {
  const all = await collect(manifestSource({ url: `${server.url}/raw/manifest.json`, http: fastHttp() }));
  assert.deepEqual(all.items.map((i) => [i.title, i.license, i.author, i.dialectHint]), [
    ['Waves', 'MIT', 'alice', undefined], ['dots', 'MIT', 'alice', undefined], ['Plasma', 'CC0-1.0', 'bob', 'glslsandbox'],
  ]);
  assert.equal(all.items[0].code, rawFiles['/raw/alice/glsl-bits/main/waves.glsl']);
  assert.equal(all.items[0].externalId, `${server.url}/raw/alice/glsl-bits/main/waves.glsl`);
  assert.deepEqual(all.skipped.map((s) => s.reason), ['http-404', 'duplicate-in-page']);
});

test('retries a 500, skips an HTML page and a gigantic file, fails on a challenge page', async () => {
  const waves = '/raw/alice/glsl-bits/main/waves.glsl';
  const url = (p: string) => `${server.url}${p}`;
  server.script(waves, [faults.status(500), 'pass']);
  server.script('/raw/alice/glsl-bits/main/dots.frag', { body: '<!doctype html><html><body>blob view</body></html>', headers: { 'content-type': 'text/html' } });
  server.script('/raw/bob/sandbox-pieces/main/plasma.frag', faults.gigantic(8 * 1024 * 1024));
  const src = manifestSource({ entries: [{ url: url(waves), license: 'MIT' }, { url: url('/raw/alice/glsl-bits/main/dots.frag'), license: 'MIT' }, { url: url('/raw/bob/sandbox-pieces/main/plasma.frag'), license: 'MIT' }], maxFileBytes: 64 * 1024, http: fastHttp() });
  const all = await collect(src);
  assert.equal(all.items.length, 1);
  assert.deepEqual(all.skipped.map((s) => s.reason), ['unexpected-html', 'body-too-large']);
  server.script(waves, faults.challenge(403));
  await assert.rejects(manifestSource({ entries: [{ url: url(waves), license: 'MIT' }], http: fastHttp() }).fetchPage(null, { limit: 1 }), { code: 'challenge-page' });
  for (const p of [waves, '/raw/alice/glsl-bits/main/dots.frag', '/raw/bob/sandbox-pieces/main/plasma.frag']) server.script(p, 'pass');
});

test('entries without a license or with a bad URL are skipped with reasons', async () => {
  const src = manifestSource({ entries: [{ url: `${server.url}/raw/alice/glsl-bits/main/waves.glsl` }, { url: 'not a url', license: 'MIT' }], http: fastHttp() });
  const all = await collect(src);
  assert.equal(all.items.length, 0);
  assert.deepEqual(all.skipped.map((s) => s.reason.split(':')[0]), ['missing-license', 'bad-entry']);
  const withDefault = await collect(manifestSource({ entries: [{ url: `${server.url}/raw/alice/glsl-bits/main/waves.glsl` }], defaultLicense: 'CC0-1.0', http: fastHttp() }));
  assert.equal(withDefault.items[0].license, 'CC0-1.0');
});

test('manifest formats: JSON, { entries }, JSON lines, YAML-style list', () => {
  const e = { url: 'https://x/a.glsl', license: 'MIT' };
  assert.deepEqual(parseManifest(JSON.stringify([e])), [e]);
  assert.deepEqual(parseManifest(JSON.stringify({ entries: [e] })), [e]);
  assert.deepEqual(parseManifest(`${JSON.stringify(e)}\n${JSON.stringify(e)}\n`), [e, e]);
  assert.deepEqual(parseManifest(`# shaders\nentries:\n- url: https://x/a.glsl\n  license: MIT   # permissive\n  author: "Alice A"\n- url: https://x/b.glsl\n  license: CC0-1.0\n`), [
    { url: 'https://x/a.glsl', license: 'MIT', author: 'Alice A' }, { url: 'https://x/b.glsl', license: 'CC0-1.0' },
  ]);
  assert.throws(() => parseManifest('license: MIT'), /expected/);
});
