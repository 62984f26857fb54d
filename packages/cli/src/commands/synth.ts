// `shadertrain synth`: programs from the synthesizer, kept only if they validate.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import type { synthesize } from '@shadertrain/core/synth/index';
import { ShadertrainError } from '@shadertrain/core/errors';
import { emit, table } from '../output.ts';
import { progress } from '../progress.ts';
import { intOption } from '../options.ts';

export function registerSynth(program: Command): void {
  program.command('synth')
    .description('generate programs from the synthesizer (deterministic per seed); keeps only those that validate')
    .option('--count <n>', 'how many programs', '16')
    .option('--seed <s>', 'first seed', '0')
    .option('--no-validate', 'skip rendering checks (faster; programs may be invalid)')
    .option('--out <dir>', 'also write each program to <dir>/synth-<seed>.glsl with front matter')
    .action(async (opts) => {
      const json = program.opts().json;
      const count = intOption(opts.count, 'count', 1, 100_000);
      const [{ synthesize, synthesizeValid }, { serializeFrontMatter }, { RenderClient }] = await Promise.all([
        import('@shadertrain/core/synth/index'), import('@shadertrain/core/program/frontmatter'), import('@shadertrain/core/render/client')]);
      const seed = intOption(opts.seed, 'seed', 0, Number.MAX_SAFE_INTEGER);
      let programs: ReturnType<typeof synthesize>[];
      let rejected: { seed: number; reason: string }[] = [];
      if (opts.validate) {
        const render = new RenderClient();
        const bar = progress('synth', count, { json });
        try {
          const r = await synthesizeValid({ fromSeed: seed, count, validate: (b) => render.validate(b, { size: 64, frames: 4 }),
            onProgress: (e) => { if (e.result.ok) bar.tick(); } });
          programs = r.programs.map(({ validation: _v, ...p }) => p);
          rejected = r.rejected;
        } finally { bar.stop(); await render.close(); }
      } else {
        programs = Array.from({ length: count }, (_, i) => synthesize(seed + i));
      }
      if (opts.out) {
        mkdirSync(opts.out, { recursive: true });
        for (const p of programs) {
          const meta = { title: p.title, author: p.provenance.author, license: p.provenance.license, family: p.family,
            tags: p.productions, dialect: 'shadertoy', source: p.provenance.url };
          writeFileSync(join(opts.out, `synth-${p.seed}.glsl`), serializeFrontMatter(meta as never, p.source));
        }
      }
      if (programs.length < count && opts.validate) {
        throw new ShadertrainError('failed', `only ${programs.length} of ${count} programs validated (${rejected.length} rejected)`);
      }
      emit({ programs, rejected }, { json }, (d) =>
        table(d.programs.map((p) => ({ seed: p.seed, title: p.title, family: p.family, productions: p.productions.length })))
        + (d.rejected.length ? `\nrejected: ${d.rejected.map((r) => `${r.seed} (${r.reason})`).join(', ')}` : ''));
    });
}
