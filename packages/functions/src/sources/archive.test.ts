import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { archiveSource, parseCsv } from './archive.ts';
import { collect, type Page } from './types.ts';
import { fastHttp } from './testing.ts';
import { startReplayServer, type ReplayServer } from '../../../../tests/replay/server.ts';
import { shaderArchiveFiles, writeTree, zipOf } from '../../../../tests/replay/files.ts';

let dir: string;
let server: ReplayServer;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'archive-'));
  await writeFile(join(dir, 'codes.zip'), zipOf(shaderArchiveFiles('csv')));
  await writeTree(join(dir, 'codes'), shaderArchiveFiles('json'));
  server = await startReplayServer({ files: { '/dl/codes.zip': zipOf(shaderArchiveFiles('json')) } });
});
after(async () => { await server.close(); await rm(dir, { recursive: true, force: true }); });

function check(all: Page, archive: string) {
  assert.deepEqual(all.items.map((i) => i.externalId), ['glslsandbox/77.0.frag', 'shadertoy/aa11/main.frag', 'shadertoy/bb22/main.frag', 'twigl/geekest-1.glsl']);
  assert.deepEqual(all.skipped, [{ externalId: 'empty/nothing.glsl', reason: 'empty-code' }]);
  const [sandbox, aa, bb, tw] = all.items;
  assert.deepEqual([aa.title, aa.author, aa.license, aa.url, aa.dialectHint], ['Rings, again', 'alice', 'CC-BY-NC-SA-3.0', 'https://www.shadertoy.com/view/aa11', 'shadertoy']);
  assert.deepEqual([bb.title, bb.license, bb.url], ['Stripes "quoted"', 'CC0-1.0', `archive:${archive}!/shadertoy/bb22/main.frag`]);
  assert.deepEqual([sandbox.license, sandbox.title, sandbox.url, sandbox.dialectHint], ['NOASSERTION', '77.0', 'https://glslsandbox.com/e#77.0', 'glslsandbox']);
  assert.deepEqual([tw.license, tw.dialectHint, tw.title], ['NOASSERTION', undefined, 'geekest-1']);
}

test('a zip built with fflate, with CSV metadata', async () => {
  check(await collect(archiveSource({ path: join(dir, 'codes.zip') }), { pageSize: 2 }), 'codes.zip');
});

test('a directory with JSON metadata', async () => {
  check(await collect(archiveSource({ path: join(dir, 'codes') })), 'codes');
});

test('a zip over HTTP', async () => {
  check(await collect(archiveSource({ url: `${server.url}/dl/codes.zip`, http: fastHttp() })), 'codes.zip');
});

test('defaults, extensions, size cap and a broken zip', async () => {
  const all = await collect(archiveSource({ path: join(dir, 'codes.zip'), defaultLicense: 'CC-BY-4.0', defaultDialect: 'shadertoy', extensions: ['.glsl'], urlPrefix: 'https://example.org/codes/' }));
  assert.deepEqual(all.items.map((i) => [i.externalId, i.license, i.dialectHint, i.url]), [['twigl/geekest-1.glsl', 'CC-BY-4.0', 'shadertoy', 'https://example.org/codes/twigl/geekest-1.glsl']]);
  const small = await collect(archiveSource({ path: join(dir, 'codes'), maxFileBytes: 100 }));
  assert.ok(small.skipped.some((s) => s.reason === 'file-too-large'));
  const smallZip = await collect(archiveSource({ path: join(dir, 'codes.zip'), maxFileBytes: 100 }));
  assert.deepEqual(smallZip.skipped.filter((s) => s.reason === 'file-too-large').length, small.skipped.filter((s) => s.reason === 'file-too-large').length);
  await writeFile(join(dir, 'broken.zip'), 'PK not really');
  await assert.rejects(archiveSource({ path: join(dir, 'broken.zip') }).fetchPage(null, { limit: 5 }), { code: 'bad-input' });
});

test('parseCsv handles quotes, doubled quotes, commas, newlines and CRLF', () => {
  assert.deepEqual(parseCsv('a,b\r\n"x, y","say ""hi"""\r\n"multi\nline",\n'), [['a', 'b'], ['x, y', 'say "hi"'], ['multi\nline', '']]);
});
