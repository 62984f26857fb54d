import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { glslSandboxSource, glslSandboxDumpSource } from './glslsandbox.ts';
import { collect } from './types.ts';
import { SourceError } from './errors.ts';
import { fastHttp } from './testing.ts';
import { startReplayServer, faults, type ReplayServer } from '../../../../tests/replay/server.ts';
import { writeSandboxDump } from '../../../../tests/replay/files.ts';

let server: ReplayServer;
let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'glslsandbox-'));
  writeSandboxDump(join(dir, 'dump.sqlite'), 20);
  server = await startReplayServer({ files: { '/dump/glslsandbox.sqlite': await readFile(join(dir, 'dump.sqlite')) } });
});
after(async () => { await server.close(); await rm(dir, { recursive: true, force: true }); });

const make = (over = {}) => glslSandboxSource({ baseUrl: server.url, maxMisses: 3, http: fastHttp(), ...over });

test('crawls ids ascending with every version and stops after N consecutive 404s', async () => {
  const all = await collect(make(), { pageSize: 4 });
  assert.deepEqual(all.items.map((i) => i.externalId), ['1.0', '1.1', '2.0', '4.0', '5.0', '7.0', '8.0', '8.1', '8.2', '9.0']);
  assert.deepEqual(all.skipped, ['3.0', '6.0', '10.0', '11.0', '12.0'].map((externalId) => ({ externalId, reason: 'http-404' })));
  const v = all.items.find((i) => i.externalId === '1.1')!;
  assert.equal(v.url, `${server.url}/e#1.1`);
  assert.equal(v.author, 'abc123');
  assert.equal(v.dialectHint, 'glslsandbox');
  assert.equal(v.license, 'NOASSERTION');
  assert.deepEqual(v.meta, { id: 1, version: 1, parent: '/e#1.0' });
  assert.equal(all.items.find((i) => i.externalId === '4.0')!.license, 'MIT', 'SPDX header in the code');
  assert.equal(all.items.find((i) => i.externalId === '2.0')!.author, undefined);
});

test('the cursor carries id, version and the miss count', async () => {
  const p = await make().fetchPage(null, { limit: 2 });
  assert.deepEqual(p.nextCursor, { nextId: 1, nextVersion: 2, misses: 0 });
  const q = await make().fetchPage(p.nextCursor, { limit: 2 });
  assert.deepEqual(q.items.map((i) => i.externalId), ['2.0']);
  assert.deepEqual(q.skipped.map((i) => i.externalId), ['3.0']);
  assert.deepEqual(q.nextCursor, { nextId: 4, nextVersion: 0, misses: 1 });
  const first = await collect(make({ versions: 'first' }));
  assert.ok(!first.items.some((i) => !i.externalId.endsWith('.0')));
});

test('a 500 is retried; a challenge page fails the page', async () => {
  server.script('/item/2.0', [faults.status(502), 'pass']);
  const p = await make().fetchPage({ nextId: 2 }, { limit: 1 });
  assert.deepEqual(p.items.map((i) => i.externalId), ['2.0']);
  server.script('/item/2.0', faults.challenge(503));
  await assert.rejects(make({ http: fastHttp({ retries: 1 }) }).fetchPage({ nextId: 2 }, { limit: 1 }), (e: unknown) => e instanceof SourceError && e.code === 'http-status' && e.upstreamStatus === 503);
  server.script('/item/2.0', faults.challenge(200));
  await assert.rejects(make().fetchPage({ nextId: 2 }, { limit: 1 }), (e: unknown) => e instanceof SourceError && e.code === 'challenge-page');
  server.script('/item/2.0', 'pass');
});

test('imports the SQLite dump from a path, page by page', async () => {
  const src = glslSandboxDumpSource({ path: join(dir, 'dump.sqlite') });
  const p = await src.fetchPage(null, { limit: 3 });
  assert.deepEqual(p.items.map((i) => i.externalId), ['1.0', '1.1', '2.0']);
  assert.deepEqual(p.nextCursor, { afterId: 2, afterVersion: 0 });
  assert.equal(p.items[0].meta?.created, '2013-01-01T00:00:00.000Z');
  const all = await collect(src, { pageSize: 7 });
  assert.equal(all.items.length, 10 + 20);
  assert.deepEqual(all.skipped, [{ externalId: '50.0', reason: 'empty-code' }]);
});

test('imports the dump from a URL (streamed to a file)', async () => {
  const src = glslSandboxDumpSource({ url: `${server.url}/dump/glslsandbox.sqlite`, downloadDir: dir, http: fastHttp() });
  const all = await collect(src, { pageSize: 100 });
  assert.equal(all.items.length, 30);
  const tooSmall = glslSandboxDumpSource({ url: `${server.url}/dump/glslsandbox.sqlite`, downloadDir: join(dir), maxDumpBytes: 1000, http: fastHttp() });
  await assert.rejects(tooSmall.fetchPage(null, { limit: 5 }), (e: unknown) => e instanceof SourceError && e.code === 'body-too-large');
});

test('a dump without the expected table is bad input', async () => {
  const path = join(dir, 'other.sqlite');
  const db = new Database(path);
  db.exec('CREATE TABLE effects (id INTEGER, body TEXT)');
  db.close();
  await assert.rejects(glslSandboxDumpSource({ path }).fetchPage(null, { limit: 5 }), /no usable `code` table \(missing id, version, code\)/);
  await assert.rejects(glslSandboxDumpSource({ path: join(dir, 'missing.sqlite') }).fetchPage(null, { limit: 5 }), (e: unknown) => e instanceof SourceError && e.code === 'bad-input');
});
