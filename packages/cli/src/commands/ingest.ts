// `shadertrain ingest <dir|file…>`: local programs with front matter → normalize → catalog (pending),
// through the same crawl path as every other source.
import { statSync } from 'node:fs';
import { dirname, relative, resolve, basename } from 'node:path';
import type { Command } from 'commander';
import { ShadertrainError } from '@shadertrain/core/errors';
import type { CrawlResult } from '@shadertrain/functions/jobs/crawl';
import { withContext } from '../context.ts';
import { emit } from '../output.ts';
import { progress } from '../progress.ts';

/** Groups the named paths into local sources: one per directory, files grouped by their folder. */
export async function localSources(paths: string[]) {
  const { localSource } = await import('@shadertrain/functions/sources/local');
  const dirs: string[] = [];
  const files = new Map<string, string[]>();
  for (const p of paths) {
    let st;
    try { st = statSync(p); } catch { throw new ShadertrainError('bad-input', `no such file or directory: ${p}`, { field: 'path' }); }
    const abs = resolve(p);
    if (st.isDirectory()) dirs.push(abs);
    else files.set(dirname(abs), [...(files.get(dirname(abs)) ?? []), basename(abs)]);
  }
  const id = (dir: string) => `local:${relative(process.cwd(), dir) || '.'}`;
  return [
    ...dirs.map((dir) => ({ id: id(dir), dir, source: localSource({ id: id(dir), dir }) })),
    ...[...files].map(([dir, only]) => ({ id: id(dir), dir, source: localSource({ id: id(dir), dir, only }) })),
  ];
}

export async function ingest(paths: string[], opts: { json?: boolean } = {}): Promise<(CrawlResult & { sourceId: string })[]> {
  return withContext(async ({ catalog, blobs }) => {
    const results: (CrawlResult & { sourceId: string })[] = [];
    const { crawl } = await import('@shadertrain/functions/jobs/crawl');
    for (const { id, dir, source } of await localSources(paths)) {
      // A local folder is read whole every time: files may have been added anywhere in it, and
      // content ids make re-reading the same files free of duplicates.
      await catalog.ensureSource({ id, kind: 'local', config: { dir } });
      await catalog.setSourceCursor(id, null);
      const bar = progress(`ingest ${relative(process.cwd(), dir) || '.'}`, 1, opts);
      try {
        const r = await crawl({ source, catalog, blobs, sourceConfig: { dir },
          onProgress: (p) => { bar.total(Math.max(p.fetched, 1)); bar.tick(0, { info: `${p.new} new` }); } });
        results.push({ sourceId: id, ...r });
      } finally { bar.stop(); }
    }
    return results;
  });
}

export function registerIngest(program: Command): void {
  program.command('ingest')
    .description('put local program files (with front matter) into the catalog as pending programs')
    .argument('<paths...>', 'directories or .glsl files')
    .action(async (paths: string[]) => {
      const json = program.opts().json;
      const results = await ingest(paths, { json });
      emit(results, { json }, (rs) => rs.map((r) =>
        `${r.sourceId}: fetched ${r.fetched}, new ${r.new}, duplicate ${r.duplicate}, rejected ${r.rejected}, failed ${r.failed}`
        + (Object.keys(r.reasons ?? {}).length ? `\n  reasons: ${JSON.stringify(r.reasons)}` : '')).join('\n'));
    });
}
