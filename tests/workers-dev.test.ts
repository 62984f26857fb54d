// The Workers build under `wrangler dev` (workerd, local mode) answering real requests against the
// local PostgreSQL and S3 server; and the Worker bundle pulls in no PGlite and no node:fs.
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import { openBlobStore } from '@shadertrain/core/blob/open';
import { openDatabase, type Database } from '@shadertrain/core/db/client';
import { programBody, seedCatalog, type Seeded } from './api-fixtures.ts';
import { freshPostgres, testServices } from './api-stores.ts';

const fnDir = new URL('../packages/functions/', import.meta.url).pathname;
const wranglerBin = new URL('../node_modules/wrangler/bin/wrangler.js', import.meta.url).pathname;
const env = { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: '1', NO_COLOR: '1' };

const freePort = () => new Promise<number>((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => { const p = (s.address() as { port: number }).port; s.close(() => resolve(p)); });
});

let pg: Awaited<ReturnType<typeof freshPostgres>>;
let database: Database;
let seeded: Seeded;
let child: ChildProcess | undefined;
let base = '';
let log = '';
let skip: string | false = false;
const prefix = `workers-${randomBytes(4).toString('hex')}/`;

before(async () => {
  pg = await freshPostgres();
  database = await openDatabase(pg.url);
  const s3 = new URL(testServices().s3);
  const s3Url = new URL(s3); s3Url.pathname = `/${prefix}`;
  seeded = await seedCatalog(database.db, openBlobStore(s3Url.toString()), { count: 10 });
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  const vars = { DATABASE_URL: pg.url, S3_ENDPOINT: s3.searchParams.get('endpoint')!, S3_BUCKET: s3.hostname, S3_PREFIX: prefix, S3_REGION: 'us-east-1', SHADERTRAIN_API_TOKEN: 'worker-token' };
  child = spawn(process.execPath, [wranglerBin, 'dev', '--ip', '127.0.0.1', '--port', String(port), '--show-interactive-dev-session=false',
    ...Object.entries(vars).flatMap(([k, v]) => ['--var', `${k}:${v}`])], { cwd: fnDir, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  child.stdout!.on('data', (d) => { log += d; });
  child.stderr!.on('data', (d) => { log += d; });
  const deadline = Date.now() + 120_000; // bundling + workerd start are slow on 2 shared cores
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try { if ((await fetch(`${base}/healthz`)).ok) return; } catch {}
    await new Promise((r) => setTimeout(r, 1000));
  }
  if (/workerd|spawn|GLIBC|not supported/i.test(log) && !/Ready on/.test(log)) skip = `workerd could not start on this machine:\n${log.slice(-2000)}`;
  else throw new Error(`wrangler dev did not become ready:\n${log.slice(-4000)}`);
});

after(async () => {
  if (child?.pid && child.exitCode === null) {
    process.kill(-child.pid, 'SIGTERM');
    await new Promise((r) => { child!.once('exit', r); setTimeout(r, 5000); });
    if (child.exitCode === null) try { process.kill(-child.pid, 'SIGKILL'); } catch {}
  }
  await database?.close();
  await pg?.drop();
});

test('the Worker answers API and gallery requests from PostgreSQL and S3', { timeout: 120_000 }, async (t) => {
  if (skip) return t.skip(skip);
  const list = await (await fetch(`${base}/api/v1/programs?limit=5`)).json() as any;
  assert.equal(list.items.length, 5);
  assert.ok(list.nextCursor);
  const next = await (await fetch(`${base}/api/v1/programs?limit=5&cursor=${list.nextCursor}`)).json() as any;
  assert.equal(next.items.length, 5);

  const id = seeded.programIds[1]!;
  const miss = await fetch(`${base}/api/v1/programs/${id}`);
  const missBody = await miss.text();
  const p = JSON.parse(missBody);
  assert.equal(p.source, programBody(1), 'source read from S3 through the S3 API');
  const hit = await fetch(`${base}/api/v1/programs/${id}`);
  assert.equal(hit.headers.get('x-cache'), 'hit', 'the isolate keeps its response cache');
  assert.equal(await hit.text(), missBody);
  assert.equal(hit.headers.get('etag'), miss.headers.get('etag'));
  assert.equal((await fetch(`${base}/api/v1/programs/${id}`, { headers: { 'if-none-match': miss.headers.get('etag')! } })).status, 304);
  const thumb = await fetch(`${base}${p.thumbnailUrl}`);
  assert.equal(thumb.headers.get('content-type'), 'image/png');
  assert.equal(new Uint8Array(await thumb.arrayBuffer())[1], 0x50);

  const stats = await (await fetch(`${base}/api/v1/stats`)).json() as any;
  assert.equal(stats.programs, 10);
  const cp = await (await fetch(`${base}/api/v1/checkpoints?dataset=fashion-mnist&protocol=linear`)).json() as any;
  assert.equal(cp.items[0].id, seeded.checkpointIds[1]);

  const dl = await fetch(`${base}/api/v1/checkpoints/${seeded.checkpointIds[0]}/download`, { redirect: 'manual' });
  assert.equal(dl.status, 302);
  const bytes = new Uint8Array(await (await fetch(dl.headers.get('location')!)).arrayBuffer());
  assert.deepEqual(bytes, seeded.checkpointBytes);

  const noAuth = await fetch(`${base}/api/v1/crawls`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  assert.equal(noAuth.status, 401);
  const wrong = await fetch(`${base}/api/v1/crawls`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer nope' }, body: '{}' });
  assert.equal(wrong.status, 403);
  assert.equal((await fetch(`${base}/api/v1/programs?limit=1000`)).status, 400);

  const html = await (await fetch(`${base}/`)).text();
  assert.match(html, /class="card"/);
  const frag = await (await fetch(`${base}/assets/glsl/wrapper.frag`)).text();
  assert.equal(frag, readFileSync(new URL('../packages/core/glsl/wrapper.frag', import.meta.url), 'utf8'), 'the one wrapper, bundled');
  assert.equal((await fetch(`${base}/assets/uplot/uPlot.iife.min.js`)).status, 200);
  assert.equal((await fetch(`${base}/openapi.json`)).status, 200);
});

test('the Worker bundle contains no PGlite and no node:fs', { timeout: 120_000 }, () => {
  const out = mkdtempSync(join(tmpdir(), 'st-worker-bundle-'));
  try {
    const r = spawnSync(process.execPath, [wranglerBin, 'deploy', '--dry-run', '--outdir', out], { cwd: fnDir, env, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr + r.stdout);
    const js = readdirSync(out).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(out, f), 'utf8')).join('\n');
    assert.ok(js.length > 0 && existsSync(out));
    assert.doesNotMatch(js, /@electric-sql\/pglite|new PGlite/);
    assert.doesNotMatch(js, /from\s*["']node:fs(\/promises)?["']|require\(["']node:fs/);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
