// End to end with the real Python worker: programs inserted through the repository (bodies in the
// blob store) → snapshot → train a few tiny steps → checkpoint in the blob store → evaluation rows
// → re-evaluation of the checkpoint. Once on PGlite with the file store, once on PostgreSQL with S3.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { FileBlobStore } from '@shadertrain/core/blob/file';
import { openBlobStore } from '@shadertrain/core/blob/open';
import type { BlobStore } from '@shadertrain/core/blob/types';
import { openDatabase, type Database } from '@shadertrain/core/db/client';
import { createSnapshot, evaluateCheckpoint, train, trainerCatalog } from '@shadertrain/trainer';
import { seedPrograms, tempHome, testBody } from '@shadertrain/trainer/testing/fixtures';
import { createTempDatabase } from './support/postgres.ts';
import { ensureServices } from './support/services.ts';

const python = process.env.SHADERTRAIN_PYTHON || '/usr/bin/python3';
const TINY = {
  method: 'moco' as const, arch: 'resnet18', resolution: 32, batchSize: 4, steps: 2, logEvery: 1, numThreads: 1, seed: 0,
  worker: { moco_queue: 64, prefetch: 1 },
  eval: { datasets: ['fashion-mnist'], protocols: ['knn' as const, 'linear' as const], trainSubset: 40, testSubset: 20, linearEpochs: 5, knnK: 5 },
};

function endToEnd(name: string, open: () => Promise<{ database: Database; blobs: BlobStore; cleanup(): Promise<void> }>) {
  describe(`trainer end to end: ${name}`, { timeout: 300_000 }, () => {
    let database: Database;
    let blobs: BlobStore;
    let catalog: ReturnType<typeof trainerCatalog>;
    let cleanup: () => Promise<void>;
    const home = tempHome('st-e2e-');
    before(async () => {
      ({ database, blobs, cleanup } = await open());
      catalog = trainerCatalog(database.db);
    });
    after(async () => {
      await cleanup?.();
      home.remove();
    });

    test('snapshot → train → checkpoint blob → evaluation rows → re-evaluate', async () => {
      await seedPrograms(database.db, blobs, [
        { body: testBody(0), license: 'CC0-1.0' },
        { body: testBody(1), license: 'CC-BY-4.0', family: 'plasma' },
        { body: testBody(2), license: 'CC-BY-NC-SA-3.0', source: 'shadertoy' },
      ]);
      const { snapshot } = await createSnapshot({ catalog, blobs, filter: { licenses: ['CC0-1.0', 'CC-BY-4.0'] } });
      assert.equal(snapshot.programCount, 2);

      const out = await train({ catalog, blobs, config: { home: home.dir, python }, snapshotId: snapshot.id, settings: TINY, progressIntervalMs: 0 });
      assert.equal(out.status, 'succeeded', out.error ?? '');
      const run = (await catalog.getTrainingRun(out.runId))!;
      assert.equal(run.status, 'succeeded');
      assert.deepEqual(run.metrics.map((m) => m.step), [1, 2]);
      assert.ok(run.metrics.every((m) => Number.isFinite(m.loss) && m.imagesPerSec! > 0));

      assert.equal(out.checkpoints.length, 1);
      const cp = out.checkpoints[0]!;
      assert.equal(cp.step, 2);
      assert.deepEqual(cp.licenses, ['CC-BY-4.0', 'CC0-1.0']);
      assert.equal(cp.snapshotId, snapshot.id);
      const bytes = (await blobs.get(cp.blobKey))!;
      assert.equal(bytes.byteLength, cp.bytes);
      assert.equal(createHash('sha256').update(bytes).digest('hex'), cp.sha256);

      const evals = await catalog.listEvaluations({ checkpointId: cp.id });
      assert.deepEqual(evals.map((e) => e.protocol).sort(), ['knn', 'linear']);
      for (const e of evals) {
        assert.equal(e.dataset, 'fashion-mnist');
        assert.ok(e.value >= 0 && e.value <= 1 && e.baseline! >= 0 && e.baseline! <= 1);
      }

      const re = await evaluateCheckpoint({
        catalog, blobs, config: { home: home.dir, python }, checkpointId: cp.id, protocols: ['knn'], trainSubset: 40, testSubset: 20, numThreads: 1,
      });
      assert.equal(re.results.length, 1);
      assert.equal(re.results[0]!.step, 2);
      const knn = (await catalog.listEvaluations({ checkpointId: cp.id, protocol: 'knn' }));
      assert.equal(knn.length, 1, 're-evaluation replaces the row');
    });
  });
}

endToEnd('PGlite + file blob store', async () => {
  const database = await openDatabase('memory://');
  const dir = tempHome('st-e2e-blobs-');
  return { database, blobs: new FileBlobStore(join(dir.dir, 'blobs')), cleanup: async () => { await database.close(); dir.remove(); } };
});

endToEnd('PostgreSQL + S3 blob store', async () => {
  const { s3Url } = ensureServices();
  const tmp = await createTempDatabase();
  const database = await openDatabase(tmp.url, { maxConnections: 4 });
  const u = new URL(s3Url);
  u.pathname = `/trainer-e2e-${Date.now().toString(36)}`;
  return { database, blobs: openBlobStore(u.toString()), cleanup: async () => { await database.close(); await tmp.drop(); } };
});
