// `shadertrain crawl <source>`: fetch new items of one source since its cursor → normalize → catalog.
import type { Command } from 'commander';
import type { SourceKind } from '@shadertrain/functions/sources/types';
import { ShadertrainError } from '@shadertrain/core/errors';
import { withContext } from '../context.ts';
import { emit } from '../output.ts';
import { progress } from '../progress.ts';
import { intOption } from '../options.ts';

export function registerCrawl(program: Command): void {
  program.command('crawl')
    .description('crawl one source (shadertoy, glslsandbox, glslsandbox-dump, twigl, archive, manifest, local, synth) into the catalog')
    .argument('<source>', 'a source id already in the catalog, or a kind (used as the id) with --options')
    .option('--kind <kind>', 'the source kind when the id is not a kind name')
    .option('--options <json>', "the kind's options as JSON, e.g. '{\"dir\":\"programs\"}' or '{\"baseUrl\":\"…\"}'")
    .option('--limit <n>', 'most upstream entries this run consumes')
    .option('--restart', 'forget the saved cursor and start from the beginning')
    .action(async (id: string, o) => withContext(async ({ catalog, blobs, config }) => {
      const [{ crawl }, { sourceFromSpec, sourceOptions }] = await Promise.all([
        import('@shadertrain/functions/jobs/crawl'), import('@shadertrain/functions/jobs/source-spec')]);
      const json = program.opts().json;
      // Read what is stored (kind column and options) without writing anything: a bad kind or bad
      // --options must not leave a source row behind; crawl() creates or updates the row itself.
      const saved = await catalog.getSource(id);
      const savedConfig = (saved?.config ?? {}) as Record<string, unknown>;
      const options = o.options ?? (Object.keys(savedConfig).length ? savedConfig : undefined);
      const kind = (o.kind ?? saved?.kind ?? id) as SourceKind;
      if (options === undefined && kind !== 'synth') {
        throw new ShadertrainError('bad-input', `source ${id} has no stored options: pass --options '{…}' once`, { field: 'options' });
      }
      const source = sourceFromSpec({ id, kind, options }, config);
      const sourceConfig = sourceOptions({ id, kind, options });
      if (o.restart && saved) await catalog.setSourceCursor(id, null);
      const bar = progress(`crawl ${id}`, o.limit ? Number(o.limit) : 1, { json });
      try {
        const r = await crawl({ source, catalog, blobs, sourceConfig, limit: o.limit ? intOption(o.limit, 'limit', 1, 1e9) : undefined,
          onProgress: (p) => { if (!o.limit) bar.total(Math.max(p.fetched, 1)); bar.tick(0, { info: `${p.new} new` }); } });
        bar.stop();
        emit(r, { json }, (d) => `${id}: ${d.status}; fetched ${d.fetched}, new ${d.new}, duplicate ${d.duplicate}, rejected ${d.rejected}, failed ${d.failed}`
          + (Object.keys(d.reasons).length ? `\n  reasons: ${JSON.stringify(d.reasons)}` : '') + (d.errors.length ? `\n  errors: ${d.errors.slice(0, 5).map((e) => e.reason).join('; ')}` : ''));
        if (r.status === 'failed') process.exitCode = 1;
      } finally { bar.stop(); }
    }));
}
