// The orchestrator against the fake worker (testing/fake-worker.mjs): what it records for a good
// run, a crash, an error event, a cancel, and SIGTERM → requeue → resume.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { FileBlobStore } from '@shadertrain/core/blob/file';
import { openDatabase, type Database } from '@shadertrain/core/db/client';
import { trainerCatalog } from './catalog.ts';
import { checkpointKey } from './publish.ts';
import { queueRun, runStateKey, train, type TrainerEvent } from './run.ts';
import { serveTrainer } from './service.ts';
import { createSnapshot } from './snapshot.ts';
import { fakeWorker, seedPrograms, tempHome, testBody } from './testing/fixtures.ts';

describe('orchestrator with a fake worker', () => {
  let database: Database;
  let catalog: ReturnType<typeof trainerCatalog>;
  let blobs: FileBlobStore;
  let snapshotId: string;
  let licenses: string[];
  const home = tempHome();
  const config = { home: home.dir, python: '/usr/bin/python3' };
  before(async () => {
    database = await openDatabase('memory://');
    catalog = trainerCatalog(database.db);
    blobs = new FileBlobStore(join(home.dir, 'blobs'));
    await seedPrograms(database.db, blobs, [
      { body: testBody(0), license: 'CC0-1.0' },
      { body: testBody(1), license: 'CC-BY-4.0' },
    ]);
    const s = await createSnapshot({ catalog, blobs });
    snapshotId = s.snapshot.id;
    licenses = s.snapshot.licenses;
  });
  after(async () => {
    await database?.close();
    home.remove();
  });

  const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

  test('a good run: status, progress, metric series, checkpoints (blob + row), evaluations', async () => {
    const events: TrainerEvent[] = [];
    const out = await train({
      catalog, blobs, config, snapshotId, settings: { steps: 6, checkpointEvery: 2, batchSize: 4 },
      worker: fakeWorker('ok'), progressIntervalMs: 60_000, onEvent: (e) => events.push(e),
    });
    assert.equal(out.status, 'succeeded', out.error ?? '');
    const run = (await catalog.getTrainingRun(out.runId))!;
    assert.equal(run.status, 'succeeded');
    assert.equal(run.error, null);
    assert.ok(run.finishedAt && run.startedAt && run.heartbeatAt);
    // Throttled writes, but every point kept.
    assert.deepEqual(run.metrics.map((m) => m.step), [1, 2, 3, 4, 5, 6]);
    assert.equal(run.metrics[1]!.loss, 2.5);
    assert.equal(run.metrics[1]!.imagesPerSec, 102);
    assert.equal((run.progress as { step: number }).step, 6);
    assert.deepEqual(out.checkpoints.map((c) => c.step), [2, 4, 6]);
    for (const c of out.checkpoints) {
      assert.equal(c.blobKey, checkpointKey(out.runId, c.step));
      const bytes = (await blobs.get(c.blobKey))!;
      assert.ok(bytes, `blob ${c.blobKey}`);
      assert.equal(c.bytes, bytes.byteLength);
      assert.equal(c.sha256, sha(bytes));
      assert.equal(c.snapshotId, snapshotId);
      assert.deepEqual(c.licenses, licenses);
      assert.equal(c.meta.arch, 'resnet18');
    }
    const last = (await catalog.getCheckpoint(out.checkpoints.at(-1)!.id))!;
    assert.deepEqual(last.evaluations.map((e) => [e.protocol, e.value, e.baseline]).sort(), [['knn', 0.61, 0.4], ['linear', 0.66, 0.4]]);
    const evals = await catalog.listEvaluations({ runId: out.runId });
    assert.equal(evals.filter((e) => e.checkpointId === null).length, 2, 'random-init rows');
    assert.deepEqual(events.map((e) => e.type).filter((t, i, a) => a.indexOf(t) === i), ['claimed', 'materialized', 'worker', 'published', 'done']);
    assert.match(readFileSync(join(out.outDir, 'worker.log'), 'utf8'), /this is not json/);
    const cfg = JSON.parse(readFileSync(join(out.outDir, 'worker-config.json'), 'utf8'));
    assert.equal(cfg.out_dir, out.outDir);
    assert.equal(cfg.resume, false);
    assert.equal(cfg.batch_size, 4);
  });

  test('a crash mid-run: failed with the exit code and the last stderr lines; earlier checkpoints kept', async () => {
    const out = await train({ catalog, blobs, config, snapshotId, settings: { steps: 6, checkpointEvery: 2 }, worker: fakeWorker('crash'), progressIntervalMs: 0 });
    assert.equal(out.status, 'failed');
    const run = (await catalog.getTrainingRun(out.runId))!;
    assert.equal(run.status, 'failed');
    assert.match(run.error!, /worker exited with code 1/);
    assert.match(run.error!, /illegal memory access/);
    assert.deepEqual(run.metrics.map((m) => m.step), [1, 2, 3]);
    assert.deepEqual(out.checkpoints.map((c) => c.step), [2]);
    assert.ok(await blobs.head(checkpointKey(out.runId, 2)));
  });

  test('an error event: failed with its message', async () => {
    const out = await train({ catalog, blobs, config, snapshotId, settings: { steps: 6 }, worker: fakeWorker('error') });
    const run = (await catalog.getTrainingRun(out.runId))!;
    assert.equal(run.status, 'failed');
    assert.match(run.error!, /^ValueError: something is wrong with the config/);
  });

  test('cancel requested from the catalog stops the worker; run cancelled', async () => {
    let runId = '';
    const out = await train({
      catalog, blobs, config, snapshotId, settings: { steps: 500 }, worker: fakeWorker('slow', { FAKE_WORKER_STEP_MS: '20' }),
      progressIntervalMs: 0,
      onEvent: (e) => {
        if (e.type === 'claimed') runId = e.run.id;
        if (e.type === 'worker' && e.event.event === 'progress' && e.event.step === 3) void catalog.cancelTrainingRun(runId);
      },
    });
    assert.equal(out.status, 'cancelled');
    assert.equal((await catalog.getTrainingRun(out.runId))!.status, 'cancelled');
    assert.ok(out.step < 500);
  });

  test('a run that is not queued cannot be trained', async () => {
    const done = await train({ catalog, blobs, config, snapshotId, settings: { steps: 2 }, worker: fakeWorker('ok') });
    await assert.rejects(train({ catalog, blobs, config, runId: done.runId, worker: fakeWorker('ok') }), /is succeeded/);
    await assert.rejects(train({ catalog, blobs, config, runId: 'nope', worker: fakeWorker('ok') }), /does not exist/);
    await assert.rejects(train({ catalog, blobs, config, snapshotId, settings: { batchSize: 4 } }), /steps/);
  });

  test('service: SIGTERM → graceful stop, requeue; restart resumes from the checkpoint (even on a fresh disk)', async () => {
    const queued = await queueRun({ catalog, snapshotId, settings: { steps: 30, batchSize: 4 } });
    const ac = new AbortController();
    const first = await serveTrainer({
      catalog, blobs, config, signal: ac.signal, pollMs: 50, workerId: 'trainer-a', progressIntervalMs: 0,
      worker: fakeWorker('slow', { FAKE_WORKER_STEP_MS: '30' }),
      onEvent: (e) => { if (e.type === 'worker' && e.event.event === 'progress' && e.event.step === 5) ac.abort(); },
    });
    assert.equal(first.length, 1);
    assert.equal(first[0]!.status, 'requeued');
    const stoppedAt = first[0]!.checkpoints.at(-1)!.step;
    assert.ok(stoppedAt >= 5 && stoppedAt < 30);
    let run = (await catalog.getTrainingRun(queued.id))!;
    assert.equal(run.status, 'queued');
    assert.equal(run.claimedBy, null);
    assert.ok(await blobs.head(runStateKey(queued.id)), 'state uploaded for another host');

    // Another host: its home has no state.pt; it comes from the blob store.
    rmSync(join(home.dir, 'runs', queued.id), { recursive: true, force: true });
    const second = await serveTrainer({
      catalog, blobs, config, workerId: 'trainer-b', exitWhenIdle: true, progressIntervalMs: 0,
      worker: fakeWorker('slow', { FAKE_WORKER_STEP_MS: '1' }),
    });
    assert.equal(second.length, 1);
    assert.equal(second[0]!.status, 'succeeded', second[0]!.error ?? '');
    assert.match(readFileSync(join(home.dir, 'runs', queued.id, 'worker.log'), 'utf8'), new RegExp(`resumed from step ${stoppedAt}`));
    assert.equal(JSON.parse(readFileSync(join(home.dir, 'runs', queued.id, 'worker-config.json'), 'utf8')).resume, true);
    run = (await catalog.getTrainingRun(queued.id))!;
    assert.equal(run.status, 'succeeded');
    assert.equal(run.attempts, 2);
    const steps = run.metrics.map((m) => m.step);
    assert.deepEqual(steps, Array.from({ length: 30 }, (_, i) => i + 1), 'one point per step across the restart');
    const cps = (await catalog.listCheckpoints({ runId: queued.id, order: 'asc' })).map((c) => c.step).sort((a, b) => a - b);
    assert.deepEqual(cps, [stoppedAt, 30]);
    assert.ok(!existsSync(join(home.dir, 'runs', queued.id, 'state.pt.download')));
  });
});
