import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openCatalog } from '@shadertrain/core/catalog/index';
import { emfLine, publishQueueDepth } from './metrics.ts';

test('emfLine writes an Embedded Metric Format record with the dimensions and the value', () => {
  const r = JSON.parse(emfLine('shadertrain/QueuedRuns', 3, { Stage: 'prod' }, 1700000000000));
  assert.deepEqual(r._aws.CloudWatchMetrics, [{ Namespace: 'shadertrain', Dimensions: [['Stage']], Metrics: [{ Name: 'QueuedRuns', Unit: 'Count' }] }]);
  assert.equal(r._aws.Timestamp, 1700000000000);
  assert.equal(r.Stage, 'prod');
  assert.equal(r.QueuedRuns, 3);
});

test('publishQueueDepth counts the queued runs of a real catalog', async () => {
  const catalog = await openCatalog('memory://');
  try {
    const snap = await catalog.createSnapshot({ id: 'snap-metrics', manifestKey: 'snapshots/snap-metrics.json', filter: {}, programCount: 0, licenses: [] });
    await catalog.createTrainingRun({ id: 'run-a', snapshotId: snap.id, config: {} });
    await catalog.createTrainingRun({ id: 'run-b', snapshotId: snap.id, config: {} });
    await catalog.cancelTrainingRun('run-b');
    const lines: string[] = [];
    const ac = new AbortController();
    const done = publishQueueDepth({ catalog, metric: 'shadertrain/QueuedRuns', dimensions: { Stage: 'test' }, signal: ac.signal, intervalMs: 20, write: (l) => lines.push(l) });
    while (lines.length < 2) await new Promise((r) => setTimeout(r, 10));
    ac.abort();
    await done;
    assert.equal(JSON.parse(lines[0]!).QueuedRuns, 1);
  } finally { await catalog.close(); }
});
