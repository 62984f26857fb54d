import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localSource, parseFrontMatter } from './local.ts';
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

test('parseFrontMatter', () => {
  const fm = parseFrontMatter('/*---\ntitle: "Quoted: yes"\ntags: [a, b]\n---*/\nvoid mainImage() {}\n');
  assert.deepEqual(fm, { data: { title: 'Quoted: yes', tags: ['a', 'b'] }, body: 'void mainImage() {}\n' });
  assert.deepEqual(parseFrontMatter('void main(){}'), { data: {}, body: 'void main(){}' });
  assert.throws(() => parseFrontMatter('/*---\njust words\n---*/\n'), /key: value/);
});
