/**
 * The `shadertrain` command end to end, as a person or a script runs it: the real CLI in child
 * processes on a fresh SHADERTRAIN_HOME (PGlite + a blob directory), llvmpipe rendering and the
 * PyTorch worker on the CPU. The write/read path — ingest → validate → catalog ls → snapshot →
 * train → serve (HTTP API) — and the one-line failures of bad input.
 */
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { cliJson, failureLine, runCli, startCli, tempHome, ROOT } from './test-helpers.ts';

// Three programs of the bundled corpus (CC0-1.0, with front matter).
const programs = readdirSync(join(ROOT, 'programs')).filter((f) => f.endsWith('.glsl')).sort().slice(0, 3).map((f) => `programs/${f}`);

describe('ingest → validate → snapshot → train → serve', () => {
  let tmp: { dir: string; remove(): Promise<void> };
  let home: string;
  let ids: string[] = [];
  let snapshotId: string;
  let run: { runId: string; checkpoints: { id: string; step: number; bytes: number; sha256: string }[] };

  before(async () => { tmp = await tempHome('pipeline'); home = tmp.dir; });
  after(async () => { await tmp?.remove(); });

  test('ingest: three files become pending programs of a local source', async () => {
    assert.equal(programs.length, 3);
    const out = await cliJson<{ sourceId: string; status: string; fetched: number; new: number; rejected: number; newIds: string[] }[]>(['ingest', ...programs], home);
    assert.equal(out.length, 1, 'files of one folder: one local source');
    assert.deepEqual({ sourceId: out[0].sourceId, status: out[0].status, fetched: out[0].fetched, new: out[0].new, rejected: out[0].rejected },
      { sourceId: 'local:programs', status: 'succeeded', fetched: 3, new: 3, rejected: 0 });
    ids = out[0].newIds;
    assert.equal(new Set(ids).size, 3);
  });

  test('validate --pending: renders all three (llvmpipe) and marks them valid', async () => {
    const r = await cliJson<{ outcomes: { id: string; status: string }[]; failures: unknown[]; counts: Record<string, number> }>(['validate', '--pending'], home, { timeoutMs: 180_000 });
    assert.deepEqual(r.failures, []);
    assert.equal(r.counts.valid, 3, JSON.stringify(r.outcomes));
    assert.deepEqual(r.outcomes.map((o) => o.id).sort(), [...ids].sort());
  });

  test('catalog ls --status valid: the three, with thumbnails', async () => {
    const page = await cliJson<{ items: { id: string; status: string; thumbnailKey: string | null }[]; nextCursor: string | null }>(['catalog', 'ls', '--status', 'valid'], home);
    assert.deepEqual(page.items.map((i) => i.id).sort(), [...ids].sort());
    for (const i of page.items) { assert.equal(i.status, 'valid'); assert.ok(i.thumbnailKey, `${i.id} has a thumbnail`); }
    assert.equal(page.nextCursor, null);
  });

  test('snapshot: an immutable manifest of the three valid programs', async () => {
    const s = await cliJson<{ id: string; programCount: number; licenses: string[]; manifestSha256: string }>(['snapshot'], home);
    assert.equal(s.programCount, 3);
    assert.deepEqual(s.licenses, ['CC0-1.0']);
    assert.match(s.manifestSha256, /^[0-9a-f]{64}$/);
    snapshotId = s.id;
  });

  test('train: two tiny steps, a published checkpoint with evaluations', async () => {
    assert.ok(snapshotId, 'needs the snapshot');
    const out = await cliJson<{
      runId: string; status: string; error: string | null; step: number; evaluations: number;
      checkpoints: { id: string; runId: string; snapshotId: string; step: number; bytes: number; sha256: string; licenses: string[]; meta: Record<string, unknown> }[];
    }>(['train', '--snapshot', snapshotId, '--resolution', '32', '--batch', '8', '--steps', '2',
      '--config', JSON.stringify({ numThreads: 1, eval: { trainSubset: 200, testSubset: 100 } })], home, { timeoutMs: 300_000 });
    assert.equal(out.status, 'succeeded', out.error ?? '');
    assert.equal(out.step, 2);
    assert.equal(out.checkpoints.length, 1);
    const [c] = out.checkpoints;
    assert.deepEqual({ runId: c.runId, snapshotId: c.snapshotId, step: c.step, licenses: c.licenses },
      { runId: out.runId, snapshotId, step: 2, licenses: ['CC0-1.0'] });
    assert.deepEqual(c.meta, { arch: 'resnet18', method: 'moco', batchSize: 8, resolution: 32 });
    assert.ok(c.bytes > 1_000_000, `a resnet18 state dict: ${c.bytes} bytes`);
    // linear, k-NN and few-shot on Fashion-MNIST, each for the checkpoint and for random init.
    assert.equal(out.evaluations, 6);
    run = out;
  });

  test('serve: the API returns the run, its checkpoint with evaluations, and the checkpoint bytes; SIGTERM exits 0', async () => {
    assert.ok(run, 'needs the run');
    const child = startCli(['serve', '--port', '0'], home);
    let stderr = '';
    child.stderr!.setEncoding('utf8');
    const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`serve printed no URL in 60 s: ${stderr}`)), 60_000);
        child.stderr!.on('data', (d: string) => {
          stderr += d;
          const m = /serving the gallery at (http:\/\/127\.0\.0\.1:(\d+))\//.exec(stderr);
          if (m) { clearTimeout(timer); resolve(m[1]); }
        });
        child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`serve exited ${code}: ${stderr}`)); });
      });
      assert.notEqual(Number(new URL(url).port), 0, 'port 0 reports the port actually bound');
      const get = async (path: string) => { const r = await fetch(url + path); return { status: r.status, body: await r.json() as any }; };

      const runs = await get('/api/v1/runs');
      assert.equal(runs.status, 200);
      assert.deepEqual(runs.body.items.map((r: { id: string; status: string }) => [r.id, r.status]), [[run.runId, 'succeeded']]);

      const one = await get(`/api/v1/runs/${run.runId}`);
      assert.equal(one.status, 200);
      assert.equal(one.body.id, run.runId);
      assert.equal(one.body.status, 'succeeded');
      assert.equal(one.body.snapshotId, snapshotId);
      assert.equal(one.body.config.steps, 2);
      assert.equal(one.body.config.resolution, 32);

      const [c] = run.checkpoints;
      const ck = await get(`/api/v1/checkpoints/${c.id}`);
      assert.equal(ck.status, 200);
      assert.deepEqual({ id: ck.body.id, runId: ck.body.runId, step: ck.body.step, sha256: ck.body.sha256, licenses: ck.body.licenses },
        { id: c.id, runId: run.runId, step: 2, sha256: c.sha256, licenses: ['CC0-1.0'] });
      const evals = ck.body.evaluations as { dataset: string; protocol: string; metric: string; value: number; baseline: number }[];
      assert.deepEqual(evals.map((e) => `${e.dataset}/${e.protocol}/${e.metric}`).sort(), ['fashion-mnist/fewshot/top1', 'fashion-mnist/knn/top1', 'fashion-mnist/linear/top1']);
      for (const e of evals) {
        assert.ok(e.value > 0 && e.value <= 1, `${e.protocol} value ${e.value}`);
        assert.ok(e.baseline > 0 && e.baseline <= 1, `${e.protocol} baseline ${e.baseline}`);
      }

      const list = await get('/api/v1/checkpoints');
      assert.equal(list.status, 200);
      assert.deepEqual(list.body.items.map((x: { id: string }) => x.id), [c.id]);

      const dl = await fetch(`${url}${ck.body.downloadUrl}`);
      assert.equal(dl.status, 200);
      const bytes = Buffer.from(await dl.arrayBuffer());
      assert.equal(bytes.length, c.bytes);
      assert.equal(createHash('sha256').update(bytes).digest('hex'), c.sha256);

      const snap = await get(`/api/v1/snapshots/${snapshotId}`);
      assert.equal(snap.status, 200);
      assert.equal(snap.body.programCount, 3);

      assert.equal((await get('/api/v1/runs/no-such-run')).status, 404);
      assert.equal((await get('/api/v1/checkpoints/no-such-checkpoint')).status, 404);
    } finally {
      if (child.exitCode === null) child.kill('SIGTERM');
    }
    const [code, signal] = await exited;
    assert.deepEqual({ code, signal }, { code: 0, signal: null }, stderr);
  });
});

describe('bad input: exit code 2 and one line naming the input', () => {
  let tmp: { dir: string; remove(): Promise<void> };
  before(async () => { tmp = await tempHome('errors'); });
  after(async () => { await tmp?.remove(); });

  test('ingest of a path that does not exist', async () => {
    const r = await runCli(['ingest', 'programs/no-such-program.glsl'], tmp.dir);
    assert.equal(r.code, 2);
    assert.equal(failureLine(r), 'shadertrain: path: no such file or directory: programs/no-such-program.glsl');
    assert.equal(r.stdout, '');
  });

  test('synth --count x', async () => {
    const r = await runCli(['synth', '--count', 'x'], tmp.dir);
    assert.equal(r.code, 2);
    assert.equal(failureLine(r), "shadertrain: --count must be an integer in 1..100000, got 'x'");
    assert.equal(r.stdout, '');
  });

  test('catalog show of an unknown program id', async () => {
    const r = await runCli(['--json', 'catalog', 'show', 'feedfacefeedfacefeed'], tmp.dir);
    assert.equal(r.code, 2);
    assert.equal(failureLine(r), 'shadertrain: no program with id feedfacefeedfacefeed');
    assert.equal(r.stdout, '');
  });
});
