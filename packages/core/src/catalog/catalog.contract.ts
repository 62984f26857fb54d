// One contract suite for the catalog repository, run against every database driver
// (repository.test.ts: PGlite in memory and a real PostgreSQL server).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { Database } from '../db/client.ts';
import { CatalogInputError, CatalogNotFoundError } from './errors.ts';
import { createCatalog, type Catalog } from './repository.ts';

export const pid = (body: string) => createHash('sha256').update(body).digest('hex').slice(0, 20);
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

export function runCatalogContract(name: string, open: () => Promise<Database>) {
  describe(`catalog repository contract: ${name}`, () => {
    let database: Database;
    let c: Catalog;
    before(async () => {
      database = await open();
      c = createCatalog(database.db);
    });
    after(async () => database?.close());

    async function addProgram(body: string, o: { source?: string; ext?: string; license?: string; family?: string; title?: string } = {}) {
      const id = pid(body);
      const r = await c.upsertProgram({ id, dialect: 'shadertoy', sourceKey: `programs/${id}.glsl`, family: o.family, title: o.title ?? body });
      await c.addProvenance({ programId: id, sourceId: o.source ?? 'local', externalId: o.ext ?? id, license: o.license ?? 'CC0-1.0', author: 'me' });
      return { id, ...r };
    }

    test('sources: upsert, get, list, cursor', async () => {
      await c.upsertSource({ id: 'local', kind: 'local' });
      await c.upsertSource({ id: 'shadertoy', kind: 'shadertoy', config: { a: 1 } });
      await c.setSourceCursor('shadertoy', { from: 12 });
      const again = await c.upsertSource({ id: 'shadertoy', kind: 'shadertoy', config: { a: 2 } });
      assert.deepEqual(again.config, { a: 2 });
      assert.deepEqual(again.cursor, { from: 12 }, 'upsert leaves the cursor alone');
      assert.equal((await c.getSource('nope')), null);
      assert.deepEqual((await c.listSources()).map((s) => s.id), ['local', 'shadertoy']);
      await assert.rejects(c.setSourceCursor('nope', 1), CatalogNotFoundError);
      await assert.rejects(c.upsertSource({ id: 'Bad Id', kind: 'x' }), (e: unknown) => e instanceof CatalogInputError && e.field === 'id');
    });

    test('programs: insert-if-absent by content id, provenance idempotent on (source, external id)', async () => {
      const a = await addProgram('prog-a', { title: 'Alpha' });
      assert.equal(a.created, true);
      const again = await c.upsertProgram({ id: a.id, dialect: 'glslsandbox', sourceKey: 'other' });
      assert.equal(again.created, false);
      const p = await c.getProgram(a.id);
      assert.equal(p?.dialect, 'shadertoy', 'an existing program is never overwritten');
      assert.equal(p?.status, 'pending');
      assert.equal(p?.provenance.length, 1);
      const dup = await c.addProvenance({ programId: a.id, sourceId: 'local', externalId: a.id, license: 'CC0-1.0' });
      assert.equal(dup.created, false);
      const second = await c.addProvenance({ programId: a.id, sourceId: 'shadertoy', externalId: 'XsX3zn', license: 'CC-BY-NC-SA-3.0', url: 'https://x/XsX3zn' });
      assert.equal(second.created, true);
      assert.deepEqual((await c.getProgram(a.id))?.provenance.map((x) => x.sourceId), ['local', 'shadertoy']);
      assert.equal(await c.getProgram('0'.repeat(20)), null);
      await assert.rejects(c.upsertProgram({ id: 'xyz', dialect: 'd', sourceKey: 'k' }), (e: unknown) => e instanceof CatalogInputError && e.field === 'id');
      await assert.rejects(c.addProvenance({ programId: a.id, sourceId: 'missing-source', externalId: '1', license: 'x' }));
    });

    test('validation, pending list, stats', async () => {
      const b = await addProgram('prog-b', { family: 'kaleidoscope', license: 'CC-BY-4.0' });
      const r = await addProgram('prog-r', { family: 'noise' });
      const q = await addProgram('prog-q', { family: 'noise' });
      const pendingBefore = (await c.pendingPrograms(100)).map((p) => p.id);
      assert.ok(pendingBefore.includes(b.id) && pendingBefore.includes(r.id));
      await c.setProgramValidation(b.id, { status: 'valid', stats: { entropy: 3.5 }, thumbnailKey: `thumbs/${b.id}.png` });
      await c.setProgramValidation(r.id, { status: 'rejected', reason: 'compile-error: 1:2 oops' });
      await c.setProgramValidation(q.id, { status: 'quarantined', reason: 'timeout' });
      const pb = await c.getProgram(b.id);
      assert.equal(pb?.status, 'valid');
      assert.deepEqual(pb?.stats, { entropy: 3.5 });
      assert.equal(pb?.thumbnailKey, `thumbs/${b.id}.png`);
      assert.ok(pb?.validatedAt instanceof Date);
      const pending = (await c.pendingPrograms(100)).map((p) => p.id);
      assert.ok(!pending.includes(b.id) && !pending.includes(r.id));
      await assert.rejects(c.setProgramValidation(r.id, { status: 'rejected' }), (e: unknown) => e instanceof CatalogInputError && e.field === 'reason');
      await assert.rejects(c.setProgramValidation('f'.repeat(20), { status: 'valid' }), CatalogNotFoundError);
      await assert.rejects(c.setProgramValidation(b.id, { status: 'bogus' as never }), CatalogInputError);
      const s = await c.catalogStats();
      assert.equal(s.total, 4);
      assert.deepEqual(s.byStatus, { pending: 1, valid: 1, rejected: 1, quarantined: 1 });
      assert.deepEqual(s.bySource, { local: 4, shadertoy: 1 });
      assert.deepEqual(s.byLicense, { 'CC0-1.0': 3, 'CC-BY-4.0': 1, 'CC-BY-NC-SA-3.0': 1 });
      assert.deepEqual(s.byRejectReason, { 'compile-error': 1, timeout: 1 });
      assert.deepEqual(s.byFamily, { '(none)': 1, kaleidoscope: 1, noise: 2 });
    });

    test('listPrograms: filters and keyset pagination visit every row once', async () => {
      for (let i = 0; i < 23; i++) await addProgram(`page-${i}`, { family: 'paged', license: i % 2 ? 'CC0-1.0' : 'MIT', title: `Paged ${i}` });
      for (const sort of ['newest', 'oldest', 'id'] as const) {
        const seen: string[] = [];
        let cursor: string | undefined;
        do {
          const page = await c.listPrograms({ family: 'paged', sort, limit: 5, cursor });
          assert.ok(page.items.length <= 5);
          seen.push(...page.items.map((x) => x.id));
          cursor = page.nextCursor ?? undefined;
        } while (cursor);
        assert.equal(seen.length, 23, `sort=${sort}`);
        assert.equal(new Set(seen).size, 23);
        if (sort === 'id') assert.deepEqual(seen, [...seen].sort());
      }
      const mit = await c.listPrograms({ family: 'paged', license: 'MIT', limit: 100 });
      assert.equal(mit.items.length, 12);
      assert.equal(mit.nextCursor, null);
      assert.equal((await c.listPrograms({ q: 'paged 1', limit: 100 })).items.length, 11); // 1, 10..19
      const one = (await c.listPrograms({ family: 'paged', limit: 1 })).items[0]!;
      assert.deepEqual((await c.listPrograms({ q: one.id.slice(0, 12) })).items.map((x) => x.id), [one.id]);
      assert.equal((await c.listPrograms({ source: 'shadertoy' })).items.length, 1);
      assert.equal((await c.listPrograms({ status: 'valid' })).items.length, 1);
      assert.equal((await c.listPrograms({ q: '100%_' })).items.length, 0, 'LIKE wildcards are escaped');
      await assert.rejects(c.listPrograms({ cursor: 'garbage' }), (e: unknown) => e instanceof CatalogInputError && e.field === 'cursor');
      await assert.rejects(c.listPrograms({ limit: 0 }), (e: unknown) => e instanceof CatalogInputError && e.field === 'limit');
      await assert.rejects(c.listPrograms({ sort: 'x' as never }), (e: unknown) => e instanceof CatalogInputError && e.field === 'sort');
    });

    test('crawl runs: start, finish moves the source cursor, list', async () => {
      const run = await c.startCrawlRun('shadertoy');
      assert.equal(run.status, 'running');
      assert.deepEqual(run.cursorBefore, { from: 12 });
      const done = await c.finishCrawlRun(run.id, { status: 'succeeded', counts: { fetched: 10, new: 7, duplicate: 2, failed: 1 }, errors: [{ id: 'x', error: 'boom' }], cursorAfter: { from: 22 } });
      assert.equal(done.new, 7);
      assert.ok(done.finishedAt instanceof Date);
      assert.deepEqual((await c.getSource('shadertoy'))?.cursor, { from: 22 });
      const runs = await c.listCrawlRuns({ sourceId: 'shadertoy' });
      assert.deepEqual(runs.map((r) => r.id), [run.id]);
      assert.deepEqual((await c.getCrawlRun(run.id))?.errors, [{ id: 'x', error: 'boom' }]);
      await assert.rejects(c.startCrawlRun('nope'), CatalogNotFoundError);
      await assert.rejects(c.finishCrawlRun(run.id, { status: 'succeeded', counts: { new: -1 } }), CatalogInputError);
    });

    let snapId = '';
    test('snapshots: select valid programs by license/source/family, create idempotently', async () => {
      const v1 = pid('prog-b');
      const v2 = (await addProgram('snap-2', { license: 'MIT', family: 'kaleidoscope' })).id;
      await c.addProvenance({ programId: v2, sourceId: 'shadertoy', externalId: 'snap2', license: 'CC-BY-NC-SA-3.0' });
      await c.setProgramValidation(v2, { status: 'valid' });
      const all = await c.selectSnapshotPrograms();
      assert.deepEqual(all.map((p) => p.id), [v1, v2].sort());
      assert.deepEqual(all.find((p) => p.id === v2)?.licenses, ['CC-BY-NC-SA-3.0', 'MIT']);
      const mit = await c.selectSnapshotPrograms({ licenses: ['MIT'] });
      assert.deepEqual(mit.map((p) => [p.id, p.licenses]), [[v2, ['MIT']]]);
      assert.equal((await c.selectSnapshotPrograms({ sources: ['shadertoy'] })).length, 1);
      assert.equal((await c.selectSnapshotPrograms({ families: ['kaleidoscope'], limit: 1 })).length, 1);
      const snap = await c.createSnapshot({ id: 'snap-test', manifestKey: 'snapshots/snap-test.json', programCount: 2, licenses: ['MIT', 'CC-BY-4.0', 'MIT'], filter: { licenses: null } });
      assert.deepEqual(snap.licenses, ['CC-BY-4.0', 'MIT']);
      const again = await c.createSnapshot({ id: 'snap-test', manifestKey: 'other', programCount: 9, licenses: [] });
      assert.equal(again.manifestKey, 'snapshots/snap-test.json', 'snapshots are immutable');
      assert.equal((await c.getSnapshot('snap-test'))?.programCount, 2);
      assert.deepEqual((await c.listSnapshots()).map((s) => s.id), ['snap-test']);
      snapId = snap.id;
    });

    test('training runs: queue, atomic claim, progress, metrics, cancel, requeue, finish', async () => {
      const r1 = await c.createTrainingRun({ snapshotId: snapId, config: { method: 'moco' } });
      const r2 = await c.createTrainingRun({ snapshotId: snapId });
      assert.equal(r1.status, 'queued');
      await assert.rejects(c.createTrainingRun({ snapshotId: 'missing' }), (e: unknown) => e instanceof CatalogInputError && e.field === 'snapshotId');
      const [a, b, none] = await Promise.all([c.claimNextTrainingRun('w1'), c.claimNextTrainingRun('w2'), c.claimNextTrainingRun('w3')]);
      const claimed = [a, b, none].filter(Boolean).map((r) => r!.id).sort();
      assert.deepEqual(claimed, [r1.id, r2.id].sort(), 'each queued run is claimed exactly once');
      const first = (await c.getTrainingRun(r1.id))!;
      assert.equal(first.status, 'running');
      assert.equal(first.attempts, 1);
      assert.ok(first.heartbeatAt && first.startedAt);
      assert.deepEqual(await c.updateTrainingProgress(r1.id, { step: 5 }), { cancelRequested: false });
      await c.appendMetrics(r1.id, [{ step: 1, loss: 3 }]);
      await c.appendMetrics(r1.id, [{ step: 2, loss: 2.5 }, { step: 3, loss: 2 }]);
      assert.deepEqual((await c.getTrainingRun(r1.id))?.metrics.map((m) => m.loss), [3, 2.5, 2]);
      await assert.rejects(c.appendMetrics(r1.id, [{ step: 4, loss: 'x' as never }]), CatalogInputError);
      // cancel of a running run is a request the trainer sees on its next progress update
      assert.equal((await c.cancelTrainingRun(r2.id)).status, 'running');
      assert.deepEqual(await c.updateTrainingProgress(r2.id), { cancelRequested: true });
      assert.equal((await c.finishTrainingRun(r2.id, { status: 'cancelled' }))?.status, 'cancelled');
      // requeue (SIGTERM) and claim again
      assert.equal((await c.requeueTrainingRun(r1.id)).status, 'queued');
      const again = await c.claimNextTrainingRun('w1');
      assert.equal(again?.id, r1.id);
      assert.equal(again?.attempts, 2);
      assert.deepEqual(await c.requeueStaleTrainingRuns(3600), []);
      const stale = await c.requeueStaleTrainingRuns(-1);
      assert.deepEqual(stale, [r1.id]);
      await c.claimNextTrainingRun('w1');
      const fin = await c.finishTrainingRun(r1.id, { status: 'succeeded' });
      assert.equal(fin?.status, 'succeeded');
      assert.equal(await c.finishTrainingRun(r1.id, { status: 'failed' }), null, 'a finished run stays finished');
      const r3 = await c.createTrainingRun({ snapshotId: snapId });
      assert.equal((await c.cancelTrainingRun(r3.id)).status, 'cancelled');
      assert.equal(await c.claimNextTrainingRun('w1'), null);
      assert.deepEqual((await c.listTrainingRuns({ status: 'succeeded' })).map((r) => r.id), [r1.id]);
      assert.equal((await c.listTrainingRuns()).length, 3);
      await assert.rejects(c.cancelTrainingRun('nope'), CatalogNotFoundError);
    });

    test('checkpoints and evaluations: idempotent add, licenses from snapshot, ranking', async () => {
      const run = (await c.listTrainingRuns({ status: 'succeeded' }))[0]!;
      const c1 = await c.addCheckpoint({ runId: run.id, step: 100, blobKey: 'ckpt/1.pt', bytes: 10, sha256: sha('1') });
      const c1again = await c.addCheckpoint({ runId: run.id, step: 100, blobKey: 'ckpt/other.pt', bytes: 11, sha256: sha('x') });
      assert.equal(c1.created, true);
      assert.equal(c1again.created, false);
      assert.equal(c1again.checkpoint.id, c1.checkpoint.id);
      assert.deepEqual(c1.checkpoint.licenses, ['CC-BY-4.0', 'MIT']);
      assert.equal(c1.checkpoint.snapshotId, snapId);
      const c2 = (await c.addCheckpoint({ runId: run.id, step: 200, blobKey: 'ckpt/2.pt', bytes: 5_000_000_000, sha256: sha('2') })).checkpoint;
      assert.equal(c2.bytes, 5_000_000_000);
      await assert.rejects(c.addCheckpoint({ runId: run.id, step: 1, blobKey: 'k', bytes: 1, sha256: 'nothex' }), CatalogInputError);
      await assert.rejects(c.addCheckpoint({ runId: 'nope', step: 1, blobKey: 'k', bytes: 1, sha256: sha('z') }), CatalogInputError);
      await c.addEvaluation({ checkpointId: c1.checkpoint.id, dataset: 'fmnist', protocol: 'linear', value: 0.7, baseline: 0.6 });
      await c.addEvaluation({ checkpointId: c2.id, dataset: 'fmnist', protocol: 'linear', value: 0.5 });
      await c.addEvaluation({ checkpointId: c2.id, dataset: 'fmnist', protocol: 'linear', value: 0.8, details: { k: 1 } }); // replaces
      await c.addEvaluation({ runId: run.id, dataset: 'fmnist', protocol: 'linear', value: 0.6, details: { init: 'random' } });
      await c.addEvaluation({ runId: run.id, dataset: 'fmnist', protocol: 'linear', value: 0.61 }); // replaces the baseline
      await assert.rejects(c.addEvaluation({ dataset: 'fmnist', protocol: 'linear', value: 1 }), CatalogInputError);
      await assert.rejects(c.addEvaluation({ checkpointId: c2.id, dataset: 'fmnist', protocol: 'svm' as never, value: 1 }), CatalogInputError);
      await assert.rejects(c.addEvaluation({ checkpointId: c2.id, dataset: 'fmnist', protocol: 'knn', value: NaN }), CatalogInputError);
      const ranked = await c.listCheckpoints({ sortBy: { dataset: 'fmnist', protocol: 'linear' } });
      assert.deepEqual(ranked.map((x) => [x.id, x.score]), [[c2.id, 0.8], [c1.checkpoint.id, 0.7]]);
      const knn = await c.listCheckpoints({ sortBy: { dataset: 'fmnist', protocol: 'knn' } });
      assert.deepEqual(knn.map((x) => x.score), [null, null]);
      assert.equal((await c.listCheckpoints({ runId: run.id })).length, 2);
      const got = await c.getCheckpoint(c2.id);
      assert.equal(got?.evaluations.length, 1);
      assert.deepEqual(got?.evaluations[0]?.details, { k: 1 });
      assert.equal(await c.getCheckpoint('nope'), null);
      const evs = await c.listEvaluations({ runId: run.id });
      assert.equal(evs.length, 3);
      assert.equal(evs.filter((e) => e.checkpointId === null)[0]?.value, 0.61);
    });
  });
}
