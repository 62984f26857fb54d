// `shadertrain validate --pending | <id…>`: render each program in the isolated render server,
// store statistics and a thumbnail, and mark it valid, rejected (with the failed check) or quarantined.
import type { Command } from 'commander';
import { ShadertrainError } from '@shadertrain/core/errors';
import type { BatchResult } from '@shadertrain/functions/jobs/validate';
import { withContext } from '../context.ts';
import { emit, table } from '../output.ts';
import { progress } from '../progress.ts';
import { intOption } from '../options.ts';

export async function validate(opts: { ids?: string[]; pending?: boolean; limit?: number; workers?: number; device?: string; json?: boolean }): Promise<BatchResult> {
  const [{ validateBatch, validatePending }, { openRenderers }] = await Promise.all([
    import('@shadertrain/functions/jobs/validate'), import('@shadertrain/functions/jobs/render')]);
  return withContext(async ({ catalog, blobs, config }) => {
    const renderers = openRenderers({ python: config.python, device: opts.device ?? 'auto' }, opts.workers ?? 1);
    const total = opts.pending ? (await catalog.pendingPrograms(opts.limit ?? 100_000)).length : opts.ids!.length;
    const bar = progress('validate', total, opts);
    try {
      const common = { catalog, blobs, render: renderers, onProgress: () => bar.tick() };
      return opts.pending ? await validatePending({ ...common, limit: opts.limit ?? 100_000 }) : await validateBatch(opts.ids!, common);
    } finally {
      bar.stop();
      await Promise.all(renderers.map((r) => r.close()));
    }
  });
}

export function registerValidate(program: Command): void {
  program.command('validate')
    .description('validate programs: compile, render frames, measure; valid / rejected / quarantined')
    .argument('[ids...]', 'program ids')
    .option('--pending', 'every pending program')
    .option('--limit <n>', 'at most this many', '100000')
    .option('--workers <n>', 'render server processes side by side', '1')
    .option('--device <d>', 'auto | cpu | cuda:N', 'auto')
    .action(async (ids: string[], o) => {
      const json = program.opts().json;
      if (!o.pending && ids.length === 0) throw new ShadertrainError('bad-input', 'name program ids or pass --pending', { field: 'ids' });
      const r = await validate({ ids, pending: o.pending, limit: intOption(o.limit, 'limit', 1, 10_000_000),
        workers: intOption(o.workers, 'workers', 1, 64), device: o.device, json });
      emit(r, { json }, (d) => table(Object.entries(d.counts).filter(([, n]) => n > 0).map(([status, n]) => ({ status, programs: n })))
        + (d.outcomes.some((x) => x.status !== 'valid') ? '\n' + table(d.outcomes.filter((x) => x.status !== 'valid').map((x) => ({ id: x.id, status: x.status, reason: x.reason }))) : ''));
      if (r.failures.length) process.exitCode = 1;
    });
}
