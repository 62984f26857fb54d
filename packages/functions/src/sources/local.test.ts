import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localSource } from './local.ts';
import { collect } from './types.ts';
import { programFiles, writeTree } from '../../../../tests/replay/files.ts';
import { stImage } from '../../../../tests/replay/fixtures.ts';

let dir: string;
before(async () => { dir = await mkdtemp(join(tmpdir(), 'local-')); await writeTree(dir, programFiles()); });
after(() => rm(dir, { recursive: true, force: true }));

test('reads program files with front matter; files without a license are skipped', async () => {
  const all = await collect(localSource({ dir }), { pageSize: 2 });
  assert.deepEqual(all.items.map((i) => [i.externalId, i.title, i.license, i.dialectHint]), [
    ['a-rings.glsl', 'Rings A', 'CC0-1.0', 'shadertoy'], ['b-rings.glsl', 'Rings B', 'CC0-1.0', 'shadertoy'], ['nested/c-sandbox.glsl', 'Sandbox C', 'MIT', 'glslsandbox'],
  ]);
  assert.deepEqual(all.skipped, [{ externalId: 'd-nolicense.glsl', reason: 'missing-license' }, { externalId: 'e-plain.glsl', reason: 'missing-license' }]);
  const a = all.items[0];
  assert.equal(a.code, stImage(40), 'the body without the front matter');
  assert.equal(a.author, 'shadertrain tests');
  assert.deepEqual(a.meta, { path: 'a-rings.glsl', family: 'rings', tags: ['test', 'rings'] });
  assert.match(a.url, /^file:\/\/.*a-rings\.glsl$/);
});

test('defaultLicense, urlPrefix, non-recursive', async () => {
  const all = await collect(localSource({ dir, defaultLicense: 'CC0-1.0', urlPrefix: 'https://github.com/o/r/blob/main/programs/', recursive: false }));
  assert.deepEqual(all.items.map((i) => i.externalId), ['a-rings.glsl', 'b-rings.glsl', 'd-nolicense.glsl', 'e-plain.glsl']);
  assert.equal(all.items[3].url, 'https://github.com/o/r/blob/main/programs/e-plain.glsl');
  await assert.rejects(localSource({ dir: join(dir, 'missing') }).fetchPage(null, { limit: 1 }), { code: 'bad-input' });
});

test('a malformed front matter block is skipped with the parser\'s reason', async () => {
  await writeTree(dir, { 'z-bad.glsl': '/*---\njust words\n---*/\nvoid mainImage(out vec4 c, in vec2 p) { c = vec4(1.0); }\n' });
  const all = await collect(localSource({ dir }));
  const bad = all.skipped.find((s) => s.externalId === 'z-bad.glsl');
  assert.match(bad?.reason ?? '', /^bad-front-matter: .*z-bad\.glsl/);
});
