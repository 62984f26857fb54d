// Crash consistency of the crawl job, with real parts: the replay server as Shadertoy, the real
// source, the real catalog (PGlite in a directory + the file store; PostgreSQL + the S3 server when
// TEST_DATABASE_URL / TEST_S3_URL are set: `eval "$(bash scripts/services.sh start)"`).
// A crawl in a child process is SIGKILLed at random points several times, then run to the end; the
// catalog must equal that of one uninterrupted crawl: same programs, same provenance, no
// duplicates, and every row's blob present with the content its id names.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { asc } from 'drizzle-orm';
import postgres from 'postgres';
import { openDatabase } from '@shadertrain/core/db/client';
import { programs, provenance } from '@shadertrain/core/db/schema/index';
import { openBlobStore } from '@shadertrain/core/blob/open';
import type { BlobStore } from '@shadertrain/core/blob/types';
import { programId } from '@shadertrain/core/program/id';
import { startReplayServer, type ReplayServer } from './replay/server.ts';
import { SHADERTOY_KEY } from './replay/fixtures.ts';
import { crawlCorpus } from '../packages/functions/src/jobs/testing/corpus.ts';
import { createJobCatalog } from '../packages/functions/src/jobs/catalog.ts';
import { crawl } from '../packages/functions/src/jobs/crawl.ts';
import { shadertoySource } from '../packages/functions/src/sources/shadertoy.ts';
import { fastHttp } from '../packages/functions/src/sources/testing.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const CHILD = join(ROOT, 'packages/functions/src/jobs/testing/crawl-child.ts');
const CORPUS = crawlCorpus(48);
const PAGE = 4;
const KILLS = 3;

let server: ReplayServer;
let dir: string;
let reference: Snapshot;
before(async () => {
  // Each shader answers a little late, so a crawl lasts long enough to be killed mid-page.
  const routes = Object.fromEntries(CORPUS.map((s) => [`/api/v1/shaders/${s.id}`, { site: true, delayMs: 10 }]));
  server = await startReplayServer({ shadertoy: { shaders: CORPUS }, routes });
  dir = await mkdtemp(join(tmpdir(), 'crawl-kill-'));
  // The reference: one uninterrupted crawl, in this process.
  const db = await openDatabase('memory://');
  const blobs = openBlobStore(join(dir, 'reference-blobs'));
  try {
    const r = await crawl({ source: shadertoySource({ id: 'shadertoy', baseUrl: server.url, apiKey: SHADERTOY_KEY, pageSize: PAGE, http: fastHttp() }), catalog: createJobCatalog(db.db), blobs, pageSize: PAGE });
    assert.equal(r.status, 'succeeded');
    assert.ok(r.new > 20 && r.duplicate > 0 && r.rejected > 0, JSON.stringify({ new: r.new, dup: r.duplicate, rej: r.rejected }));
    reference = await snapshot(db.db, blobs);
  } finally { await db.close(); }
});
after(async () => { await server?.close(); await rm(dir, { recursive: true, force: true }); });

type Snapshot = { programs: unknown[]; provenance: unknown[]; blobs: string[] };
type Db = Awaited<ReturnType<typeof openDatabase>>['db'];

async function snapshot(db: Db, blobs: BlobStore): Promise<Snapshot> {
  const ps = await db.select({
    id: programs.id, dialect: programs.dialect, status: programs.status, sourceKey: programs.sourceKey, sourceBytes: programs.sourceBytes,
    title: programs.title, family: programs.family, tags: programs.tags, features: programs.features,
  }).from(programs).orderBy(asc(programs.id));
  const prov = await db.select({
    sourceId: provenance.sourceId, externalId: provenance.externalId, programId: provenance.programId, url: provenance.url,
    title: provenance.title, author: provenance.author, license: provenance.license,
  }).from(provenance).orderBy(asc(provenance.sourceId), asc(provenance.externalId));
  for (const p of ps) {
    const body = await blobs.get(p.sourceKey);
    assert.ok(body, `program ${p.id} has its blob`);
    assert.equal(programId(new TextDecoder().decode(body)), p.id, `blob of ${p.id} holds its content`);
  }
  assert.equal(new Set(prov.map((r) => `${r.sourceId}/${r.externalId}`)).size, prov.length, 'no duplicate provenance');
  const keys: string[] = [];
  for await (const k of blobs.list('programs/')) keys.push(k);
  return { programs: ps, provenance: prov, blobs: keys.sort() };
}

/** Runs the child crawl; with `killAfterPages`, SIGKILLs it after that many committed pages plus a random few ms. */
function runChild(args: object, killAfterPages?: number): Promise<{ killed: boolean; pages: number; done?: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, JSON.stringify(args)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, NODE_NO_WARNINGS: '1' } });
    let pages = 0;
    let done: string | undefined;
    let killed = false;
    const kill = () => { if (!killed && child.exitCode === null) { killed = true; child.kill('SIGKILL'); } };
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line === 'ready' && killAfterPages === 0) setTimeout(kill, Math.random() * 150);
      else if (line.startsWith('page ')) {
        pages = Number(line.slice(5));
        if (killAfterPages !== undefined && pages === killAfterPages) setTimeout(kill, Math.random() * 60);
      } else if (line.startsWith('done ')) done = line.slice(5);
    });
    child.on('error', reject);
    child.on('exit', () => resolve({ killed, pages, done }));
  });
}

async function killAndFinish(databaseUrl: string, blobUrl: string): Promise<void> {
  const args = { databaseUrl, blobUrl, baseUrl: server.url, apiKey: SHADERTOY_KEY, pageSize: PAGE };
  const totalPages = Math.ceil(CORPUS.length / PAGE);
  const points: number[] = [];
  for (let i = 0; i < KILLS; i++) {
    // Kill somewhere in the part of the crawl that is still ahead (pages are counted per process).
    const at = Math.floor(Math.random() * Math.max(1, Math.floor(totalPages / KILLS)));
    points.push(at);
    const r = await runChild(args, at);
    assert.ok(r.killed || r.done, `child ${i} ended by itself without finishing`);
  }
  const last = await runChild(args);
  assert.ok(last.done, 'the final run finishes');
  assert.equal(JSON.parse(last.done!).status, 'succeeded', last.done);
  console.log(`# killed after pages ${points.join(', ')} (+ random ms), then re-ran to the end`);
}

describe('crawl killed with SIGKILL and re-run ends with the uninterrupted catalog', () => {
  test('PGlite directory + file blob store', async () => {
    const dbDir = join(dir, 'pglite');
    const blobDir = join(dir, 'blobs');
    await killAndFinish(dbDir, blobDir);
    const db = await openDatabase(dbDir);
    try {
      assert.deepEqual(await snapshot(db.db, openBlobStore(blobDir)), reference);
    } finally { await db.close(); }
  });

  test('PostgreSQL + S3 server', { skip: !process.env.TEST_DATABASE_URL || !process.env.TEST_S3_URL ? 'TEST_DATABASE_URL / TEST_S3_URL not set' : false }, async () => {
    const name = `crawl_kill_${process.pid}_${Date.now()}`;
    const admin = postgres(process.env.TEST_DATABASE_URL!, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = `/${name}`;
    const s3 = new URL(process.env.TEST_S3_URL!.replace(/^s3:/, 'http:'));
    const blobUrl = `s3://${s3.hostname}/${name}/${s3.search}`;
    const blobs = openBlobStore(blobUrl);
    try {
      await killAndFinish(url.href, blobUrl);
      const db = await openDatabase(url.href, { maxConnections: 2 });
      try {
        assert.deepEqual(await snapshot(db.db, blobs), reference);
      } finally { await db.close(); }
    } finally {
      for await (const k of blobs.list('')) await blobs.delete(k);
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  });
});
