// `shadertrain snapshot | train | eval | trainer serve`: the orchestrator of the Python worker.
import type { Command } from 'commander';
import { spawnSync } from 'node:child_process';
import type { RunOutcome, TrainerEvent } from '@shadertrain/trainer';
import { ShadertrainError } from '@shadertrain/core/errors';
import { withContext, type Context } from '../context.ts';
import { emit, table } from '../output.ts';
import { progress, type Progress } from '../progress.ts';
import { intOption } from '../options.ts';

/** The orchestrator, loaded by the commands that use it (keeps `--help` fast). */
const loadTrainer = () => import('@shadertrain/trainer');

const list = (v?: string) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : undefined);

/** SIGINT/SIGTERM stop the worker gracefully (it checkpoints); the run is requeued. */
function abortOnSignals(): AbortSignal {
  const ac = new AbortController();
  for (const s of ['SIGINT', 'SIGTERM'] as const) process.once(s, () => ac.abort());
  return ac.signal;
}

export function trainerContext(ctx: Context) {
  return { catalog: ctx.catalog, blobs: ctx.blobs, config: ctx.config };
}

/** Prints worker progress as a bar (people) and evaluations as lines; quiet with --json. */
export function progressReporter(totalSteps: number | undefined, json?: boolean) {
  let bar: Progress | null = null;
  return {
    onEvent(e: TrainerEvent) {
      if (e.type !== 'worker') return;
      const ev = e.event as Record<string, unknown> & { event: string };
      if (ev.event === 'started' && !bar) bar = progress('train', totalSteps ?? 1, { json });
      if (ev.event === 'progress' && bar) {
        const step = Number(ev.step);
        bar.tick(0, { info: `loss ${Number(ev.loss).toFixed(3)} · ${Math.round(Number(ev.images_per_s))} img/s` });
        (bar as unknown as { set?: (n: number) => void }).set?.(step);
      }
      if (ev.event === 'evaluation' && !json) {
        bar?.stop(); bar = null;
        process.stderr.write(`eval ${ev.dataset} ${ev.protocol}: ${(Number(ev.value) * 100).toFixed(2)}% (random init ${(Number(ev.baseline) * 100).toFixed(2)}%)\n`);
      }
    },
    stop() { bar?.stop(); },
  };
}

export function summarize(o: RunOutcome): string {
  return `run ${o.runId}: ${o.status}${o.error ? ` (${o.error.split('\n')[0]})` : ''}; step ${o.step}; ${o.checkpoints.length} checkpoint(s), ${o.evaluations} evaluation(s)`;
}

export function registerTrain(program: Command): void {
  const json = () => program.opts().json as boolean | undefined;

  program.command('snapshot')
    .description('freeze a training set: valid programs, optionally filtered; writes an immutable manifest')
    .option('--license <ids>', 'allowed licenses, comma-separated (e.g. CC0-1.0,CC-BY-4.0)')
    .option('--source <ids>', 'only these sources, comma-separated')
    .option('--family <names>', 'only these families, comma-separated')
    .option('--max <n>', 'at most this many programs (a seeded sample)')
    .option('--seed <s>', 'seed of the sample', '0')
    .action(async (o) => withContext(async (ctx) => {
      const { createSnapshot } = await loadTrainer();
      const r = await createSnapshot({ ...trainerContext(ctx), filter: { licenses: list(o.license), sources: list(o.source), families: list(o.family),
        maxPrograms: o.max ? intOption(o.max, 'max', 1, 10_000_000) : undefined, seed: intOption(o.seed, 'seed', 0, 2 ** 31) } });
      emit(r.snapshot, { json: json() }, (s) => `snapshot ${s.id}: ${s.programCount} programs; licenses ${s.licenses.join(', ')}${r.created ? '' : ' (already existed)'}`);
    }));

  program.command('train')
    .description('pretrain on a snapshot with on-the-fly rendering; publishes evaluated checkpoints')
    .option('--snapshot <id>', 'snapshot to train on')
    .option('--run <id>', 'start (or resume) this queued run instead')
    .option('--method <m>', 'moco | simclr | supcon | ce', 'moco')
    .option('--arch <name>', 'torchvision model name', 'resnet18')
    .option('--resolution <px>', 'image size', '64')
    .option('--batch <n>', 'batch size per GPU/process', '256')
    .option('--steps <n>', 'training steps')
    .option('--minutes <m>', 'time budget')
    .option('--gpus <n>', 'GPUs (torchrun above 1)', '0')
    .option('--mixup <k>', 'programs mixed per image (1 = off)')
    .option('--config <json>', 'more settings as JSON (camelCase; see packages/trainer/src/settings.ts)')
    .action(async (o) => withContext(async (ctx) => {
      if (!o.snapshot && !o.run) throw new ShadertrainError('bad-input', 'give --snapshot <id> or --run <id>', { field: 'snapshot' });
      let extra: Record<string, unknown> = {};
      if (o.config) { try { extra = JSON.parse(o.config); } catch (e) { throw new ShadertrainError('bad-input', `--config is not JSON: ${(e as Error).message}`, { field: 'config' }); } }
      const settings = { method: o.method, arch: o.arch, resolution: intOption(o.resolution, 'resolution', 8, 4096), batchSize: intOption(o.batch, 'batch', 2, 1 << 20),
        steps: o.steps ? intOption(o.steps, 'steps', 1, 1e9) : undefined, minutes: o.minutes ? Number(o.minutes) : undefined,
        gpus: intOption(o.gpus, 'gpus', 0, 1024), mixupK: o.mixup ? intOption(o.mixup, 'mixup', 1, 16) : undefined, ...extra };
      const reporter = progressReporter(settings.steps, json());
      try {
        const { train } = await loadTrainer();
        const out = await train({ ...trainerContext(ctx), snapshotId: o.snapshot, runId: o.run, settings, signal: abortOnSignals(), onEvent: reporter.onEvent });
        reporter.stop();
        emit(out, { json: json() }, summarize);
        if (out.status === 'failed') process.exitCode = 1;
      } finally { reporter.stop(); }
    }));

  program.command('eval')
    .description('evaluate a published checkpoint again (linear probe, k-NN, few-shot; beside random init)')
    .argument('<checkpoint>', 'checkpoint id')
    .option('--dataset <names>', "'fashion-mnist' or ImageFolder paths, comma-separated", 'fashion-mnist')
    .option('--train-subset <n>', 'labelled training images used', '2000')
    .option('--test-subset <n>', 'test images used', '1000')
    .action(async (id: string, o) => withContext(async (ctx) => {
      const { evaluateCheckpoint } = await loadTrainer();
      const r = await evaluateCheckpoint({ ...trainerContext(ctx), checkpointId: id, datasets: list(o.dataset),
        trainSubset: intOption(o.trainSubset, 'train-subset', 10, 1e7), testSubset: intOption(o.testSubset, 'test-subset', 10, 1e7) });
      emit(r, { json: json() }, (d) => table(d.results.map((x: Record<string, unknown>) => ({ dataset: x.dataset, protocol: x.protocol, value: x.value, randomInit: x.baseline }))));
    }));

  const trainer = program.command('trainer').description('the trainer service');
  trainer.command('serve')
    .description('run queued training runs one at a time; SIGTERM checkpoints and requeues')
    .option('--exit-when-idle', 'return when the queue is empty')
    .option('--poll <ms>', 'queue poll interval', '5000')
    .action(async (o) => withContext(async (ctx) => {
      const { serveTrainer, publishQueueDepth } = await loadTrainer();
      const signal = abortOnSignals();
      const tc = trainerContext(ctx);
      // Deployed (infra/trainer.ts), the queue depth scales the service: one metric line a minute.
      const metric = process.env.SHADERTRAIN_QUEUE_METRIC;
      const stopMetric = new AbortController();
      signal.addEventListener('abort', () => stopMetric.abort(), { once: true });
      const metrics = metric
        ? publishQueueDepth({ catalog: tc.catalog, metric, dimensions: { Stage: process.env.SST_STAGE ?? 'local' }, signal: stopMetric.signal })
        : Promise.resolve();
      try {
        const outs = await serveTrainer({ ...tc, signal, pollMs: intOption(o.poll, 'poll', 100, 3_600_000),
          exitWhenIdle: Boolean(o.exitWhenIdle), onEvent: (e) => { if (e.type === 'done' && !json()) process.stderr.write(summarize(e.outcome) + '\n'); } });
        emit(outs, { json: json() }, (d) => `${d.length} run(s)`);
      } finally { stopMetric.abort(); await metrics; }
    }));

  trainer.command('health')
    .description("exit 0 when the catalog, the blob store and the worker's Python answer (the container's health check)")
    .action(async () => withContext(async (ctx) => {
      const checks: Record<string, string> = {};
      await ctx.catalog.listTrainingRuns({ limit: 1 }); checks.catalog = 'ok';
      await ctx.blobs.head('health/probe'); checks.blobs = 'ok';
      const { pythonEnv } = await import('@shadertrain/core/paths');
      const py = spawnSync(ctx.config.python, ['-c', 'import torch, shadertrain'], { env: { ...process.env, ...pythonEnv() }, encoding: 'utf8', timeout: 60_000 });
      if (py.status !== 0) throw new ShadertrainError('unhealthy', `the worker's Python (${ctx.config.python}) cannot import torch and shadertrain: ${(py.stderr || py.error?.message || '').trim().split('\n').pop()}`);
      checks.python = 'ok';
      emit(checks, { json: json() }, (c) => Object.entries(c).map(([k, v]) => `${k}: ${v}`).join('\n'));
    }));
}
