// `shadertrain demo`: the whole path on the embedded defaults, in minutes on 2 CPU cores:
// ingest the bundled corpus → validate → snapshot → pretrain (CPU) → evaluate → publish → serve.
import { assetPath } from '@shadertrain/core/paths';
import type { Command } from 'commander';
import { ingest } from './ingest.ts';
import { validate } from './validate.ts';
import { trainerContext, progressReporter, summarize } from './train.ts';
import { startServer } from './serve.ts';
import { withContext } from '../context.ts';
import { intOption } from '../options.ts';

/** The bundled corpus (programs/ of the repository, or beside the one-file bundle; see @shadertrain/core/paths). */
const PROGRAMS = assetPath('programs');
const say = (s: string) => process.stderr.write(`\n== ${s}\n`);

export function registerDemo(program: Command): void {
  program.command('demo')
    .description('ingest → validate → pretrain → evaluate → publish → serve, on the embedded defaults')
    .option('--programs <dir>', 'program folder', PROGRAMS)
    .option('--steps <n>', 'pretraining steps', '60')
    .option('--batch <n>', 'batch size', '32')
    .option('--resolution <px>', 'image size', '32')
    .option('--port <n>', 'port of the gallery and API', '8787')
    .option('--no-serve', 'stop after publishing instead of serving')
    .action(async (o) => {
      const json = program.opts().json;
      const t0 = Date.now();
      say(`ingest ${o.programs}`);
      const [ing] = await ingest([o.programs], { json });
      process.stderr.write(`${ing.fetched} files: ${ing.new} new, ${ing.duplicate} already known, ${ing.rejected} rejected\n`);

      say('validate (compile, render 4 frames at 64², measure, thumbnail) in 2 isolated render servers');
      const v = await validate({ pending: true, workers: 2, device: 'auto', json });
      process.stderr.write(Object.entries(v.counts).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${k}`).join(', ') + '\n');

      const { createSnapshot, train } = await import('@shadertrain/trainer');
      const outcome = await withContext(async (ctx) => {
        const stats = await ctx.catalog.catalogStats();
        const line = (r: Record<string, number>) => Object.entries(r).map(([k, n]) => `${k} ${n}`).join(', ');
        process.stderr.write(`catalog: ${stats.total} programs; ${line(stats.byStatus)}; licenses: ${line(stats.byLicense)}; ${Object.keys(stats.byFamily).length} families\n`);
        const tc = trainerContext(ctx);
        say('snapshot of the valid CC0-1.0 programs');
        const { snapshot } = await createSnapshot({ ...tc, filter: { licenses: ['CC0-1.0'] } });
        process.stderr.write(`snapshot ${snapshot.id}: ${snapshot.programCount} programs\n`);

        const steps = intOption(o.steps, 'steps', 1, 1e6);
        say(`pretrain ResNet-18 with MoCo v2 on programs rendered on the fly (${steps} steps, CPU), then evaluate on Fashion-MNIST`);
        const reporter = progressReporter(steps, json);
        try {
          return await train({ ...tc, snapshotId: snapshot.id, onEvent: reporter.onEvent,
            settings: { method: 'moco', arch: 'resnet18', resolution: intOption(o.resolution, 'resolution', 16, 256), batchSize: intOption(o.batch, 'batch', 4, 4096),
              steps, mixupK: 2, numThreads: 2, eval: { trainSubset: 2000, testSubset: 1000 } } });
        } finally { reporter.stop(); }
      });
      say('published');
      process.stderr.write(summarize(outcome) + `\n(${Math.round((Date.now() - t0) / 1000)} s so far)\n`);
      if (outcome.status !== 'succeeded') { process.exitCode = 1; return; }
      if (!o.serve) return;

      const server = await startServer({ port: intOption(o.port, 'port', 0, 65535) });
      say(`serving: gallery ${server.url}/  ·  runs ${server.url}/runs  ·  API docs ${server.url}/docs   (Ctrl-C stops)`);
      await new Promise<void>((resolve) => { for (const s of ['SIGINT', 'SIGTERM'] as const) process.once(s, () => resolve()); });
      await server.close();
    });
}
