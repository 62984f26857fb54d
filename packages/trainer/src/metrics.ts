// The queue-depth metric that scales the GPU trainer service (infra/trainer.ts alarms on it).
// Written as a CloudWatch Embedded Metric Format line on stdout: on ECS the awslogs driver turns
// it into a metric, so no CloudWatch client (or its permissions) is needed in the container.
import type { Catalog } from '@shadertrain/core/catalog/index';

/** `namespace/name`, e.g. `shadertrain/QueuedRuns` (the SHADERTRAIN_QUEUE_METRIC variable). */
export function emfLine(metric: string, value: number, dimensions: Record<string, string>, now = Date.now()): string {
  const slash = metric.lastIndexOf('/');
  const [namespace, name] = slash > 0 ? [metric.slice(0, slash), metric.slice(slash + 1)] : ['shadertrain', metric];
  return JSON.stringify({
    _aws: { Timestamp: now, CloudWatchMetrics: [{ Namespace: namespace, Dimensions: [Object.keys(dimensions)], Metrics: [{ Name: name, Unit: 'Count' }] }] },
    ...dimensions,
    [name]: value,
  });
}

/**
 * Publishes the number of queued runs every `intervalMs` until `signal` aborts.
 *
 * @example
 * publishQueueDepth({ catalog, metric: 'shadertrain/QueuedRuns', dimensions: { Stage: 'prod' }, signal });
 */
export function publishQueueDepth(o: {
  catalog: Pick<Catalog, 'listTrainingRuns'>; metric: string; dimensions: Record<string, string>;
  signal?: AbortSignal; intervalMs?: number; write?: (line: string) => void;
}): Promise<void> {
  const write = o.write ?? ((l: string) => process.stdout.write(l + '\n'));
  const tick = async () => {
    try {
      const queued = await o.catalog.listTrainingRuns({ status: 'queued', limit: 500 });
      write(emfLine(o.metric, queued.length, o.dimensions));
    } catch (err) { process.stderr.write(`shadertrain: queue metric: ${(err as Error).message}\n`); }
  };
  return new Promise((resolve) => {
    void tick();
    const timer = setInterval(tick, o.intervalMs ?? 60_000);
    const stop = () => { clearInterval(timer); resolve(); };
    if (o.signal?.aborted) stop(); else o.signal?.addEventListener('abort', stop, { once: true });
  });
}
