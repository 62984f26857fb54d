import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { twiglSource, twiglDialect, parseLinks } from './twigl.ts';
import { collect } from './types.ts';
import { fastHttp } from './testing.ts';
import { startReplayServer, faults, type ReplayServer } from '../../../../tests/replay/server.ts';
import { twiglLinks, twiglPrograms, twiglSnapshots } from '../../../../tests/replay/fixtures.ts';

let server: ReplayServer;
before(async () => { server = await startReplayServer(); });
after(() => server.close());

test('mode numbers map to dialects; MRT and unknown modes are reasons', () => {
  assert.deepEqual([0, 1, 2, 3, 4, 5, 6, 7].map((m) => (twiglDialect(m) as { dialect: string }).dialect), [
    'twigl-classic', 'twigl-geek', 'twigl-geeker', 'twigl-geekest', 'twigl-classic-300', 'twigl-geek-300', 'twigl-geeker-300', 'twigl-geekest-300',
  ]);
  for (const m of [8, 9, 10, 11]) assert.deepEqual(twiglDialect(m), { reason: 'twigl-mrt-mode' });
  assert.deepEqual(twiglDialect(12), { reason: 'twigl-unknown-mode: 12' });
});

test('share links from a URL: decoded code, dialects, MRT and sound skipped, repeats dropped', async () => {
  const all = await collect(twiglSource({ linksUrl: `${server.url}/twigl/links.txt`, http: fastHttp() }));
  assert.deepEqual(all.items.map((i) => [i.dialectHint, i.code]), [
    ['twigl-geekest', twiglPrograms.geekest], ['twigl-geeker-300', twiglPrograms.geeker300], ['twigl-classic', twiglPrograms.classic],
  ]);
  assert.deepEqual(all.skipped.map((s) => s.reason), ['twigl-mrt-mode', 'duplicate-in-page', 'has-sound']);
  assert.equal(all.items[0].url, twiglLinks[0]);
  assert.equal(all.items[0].license, 'NOASSERTION');
  assert.match(all.items[0].externalId, /^link-[0-9a-f]{16}$/);
  const withSound = await collect(twiglSource({ links: twiglLinks, skipSound: false }));
  assert.equal(withSound.items.length, 4);
});

test('snapshot records from a URL and from a file', async () => {
  const fromUrl = await collect(twiglSource({ snapshotsUrl: `${server.url}/twigl/snapshots.json`, http: fastHttp() }), { pageSize: 2 });
  assert.deepEqual(fromUrl.items.map((i) => [i.externalId, i.dialectHint]), [['-Nx01aaaa', 'twigl-geekest-300'], ['-Nx02bbbb', 'twigl-geek']]);
  assert.deepEqual(fromUrl.skipped, [
    { externalId: '-Nx03cccc', reason: 'twigl-mrt-mode' }, { externalId: '-Nx04dddd', reason: 'has-sound' }, { externalId: '-Nx05eeee', reason: 'no-source' },
  ]);
  assert.equal(fromUrl.items[0].meta?.date, '2023-11-14T22:13:21.000Z');
  const dir = await mkdtemp(join(tmpdir(), 'twigl-'));
  try {
    const lines = Object.entries(twiglSnapshots).map(([id, r]) => JSON.stringify({ id, ...(r as object) })).join('\n');
    await writeFile(join(dir, 'snapshots.jsonl'), lines);
    const fromFile = await collect(twiglSource({ snapshotsFile: join(dir, 'snapshots.jsonl') }));
    assert.deepEqual(fromFile.items.map((i) => i.externalId), ['-Nx01aaaa', '-Nx02bbbb']);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a challenge page instead of the list is an error; the list is fetched again next time', async () => {
  server.script('/twigl/snapshots.json', [faults.challenge(), 'pass']);
  const src = twiglSource({ snapshotsUrl: `${server.url}/twigl/snapshots.json`, http: fastHttp() });
  await assert.rejects(src.fetchPage(null, { limit: 5 }), { code: 'challenge-page' });
  assert.equal((await src.fetchPage(null, { limit: 5 })).items.length, 2);
});

test('options and list formats', () => {
  assert.throws(() => twiglSource({}), /exactly one of/);
  assert.deepEqual(parseLinks('# mine\nhttps://twigl.app/?mode=1&source=x\n\n'), ['https://twigl.app/?mode=1&source=x']);
  assert.deepEqual(parseLinks('["a","b"]'), ['a', 'b']);
});
