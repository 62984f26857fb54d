// `shadertrain catalog ls|show|stats|export|diversity`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Command } from 'commander';
import { ShadertrainError } from '@shadertrain/core/errors';
import { withContext, type Context } from '../context.ts';
import { emit, table } from '../output.ts';
import { progress } from '../progress.ts';
import { intOption } from '../options.ts';

const text = (b: Uint8Array) => new TextDecoder().decode(b);

async function body(ctx: Context, p: { id: string; sourceKey: string | null }): Promise<string> {
  const bytes = p.sourceKey ? await ctx.blobs.get(p.sourceKey) : null;
  if (!bytes) throw new ShadertrainError('not-found', `the source blob of program ${p.id} is missing (${p.sourceKey})`);
  return text(bytes);
}

/** Every program matching the filter, following the keyset cursor. */
async function* allPrograms(ctx: Context, filter: { status?: string; source?: string; license?: string; family?: string }) {
  let cursor: string | undefined;
  do {
    const page = await ctx.catalog.listPrograms({ ...filter, limit: 500, cursor } as never);
    yield* page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

export function registerCatalog(program: Command): void {
  const catalog = program.command('catalog').description('look at the catalog');
  const json = () => program.opts().json as boolean | undefined;
  const filters = (c: Command) => c
    .option('--status <s>', 'pending | valid | rejected | quarantined')
    .option('--source <id>', 'source id')
    .option('--license <id>', 'SPDX license id')
    .option('--family <f>', 'program family');

  filters(catalog.command('ls').description('list programs'))
    .option('--q <text>', 'title substring or id prefix')
    .option('--limit <n>', 'page size', '50')
    .option('--cursor <c>', 'continue after a previous page')
    .action(async (o) => withContext(async (ctx) => {
      const page = await ctx.catalog.listPrograms({ status: o.status, source: o.source, license: o.license, family: o.family,
        q: o.q, limit: intOption(o.limit, 'limit', 1, 1000), cursor: o.cursor });
      emit(page, { json: json() }, (p) => table(p.items.map((i) => ({ id: i.id, status: i.status, family: i.family, title: i.title, reason: i.rejectReason })))
        + (p.nextCursor ? `\nmore: --cursor ${p.nextCursor}` : ''));
    }));

  catalog.command('show').description('one program: metadata, provenance, statistics and source')
    .argument('<id>')
    .action(async (id: string) => withContext(async (ctx) => {
      const p = await ctx.catalog.getProgram(id);
      if (!p) throw new ShadertrainError('not-found', `no program with id ${id}`, { field: 'id' });
      const source = await body(ctx, p);
      emit({ ...p, source }, { json: json() }, (d) => [
        `${d.id}  ${d.title ?? ''}  [${d.status}${d.rejectReason ? `: ${d.rejectReason}` : ''}]`,
        `family ${d.family ?? '-'}  dialect ${d.dialect}`,
        ...d.provenance.map((v) => `from ${v.sourceId} ${v.externalId}  ${v.license}  ${v.author ?? ''}  ${v.url ?? ''}`),
        d.stats ? `stats ${JSON.stringify(d.stats)}` : '',
        '', d.source,
      ].filter((l) => l !== undefined).join('\n'));
    }));

  catalog.command('stats').description('counts by status, source, license, rejection reason and family')
    .action(async () => withContext(async (ctx) => {
      const s = await ctx.catalog.catalogStats();
      const block = (title: string, r: Record<string, number>) =>
        `${title}\n` + Object.entries(r).sort((a, b) => b[1] - a[1]).map(([k, n]) => `  ${String(n).padStart(6)}  ${k}`).join('\n');
      emit(s, { json: json() }, (d) => [`programs: ${d.total}`, block('by status', d.byStatus), block('by source', d.bySource),
        block('by license', d.byLicense), block('by rejection reason', d.byRejectReason), block('by family', d.byFamily)].join('\n'));
    }));

  filters(catalog.command('export').description('write programs (source + front matter) to a directory, or JSON lines to stdout'))
    .option('--out <dir>', 'directory to write <id>.glsl files into')
    .action(async (o) => withContext(async (ctx) => {
      let n = 0;
      for await (const p of allPrograms(ctx, o)) {
        const full = await ctx.catalog.getProgram(p.id);
        const src = await body(ctx, p);
        const licenses = [...new Set(full?.provenance.map((v) => v.license) ?? [])];
        if (o.out) {
          const file = join(o.out, `${p.id}.glsl`);
          mkdirSync(dirname(file), { recursive: true });
          const meta = [`title: ${p.title ?? p.id}`, `license: ${licenses.join(' AND ') || 'NOASSERTION'}`, `family: ${p.family ?? ''}`, 'dialect: shadertoy',
            ...(full?.provenance[0]?.author ? [`author: ${full.provenance[0].author}`] : []), ...(full?.provenance[0]?.url ? [`source: ${full.provenance[0].url}`] : [])];
          writeFileSync(file, `/*---\n${meta.join('\n')}\n---*/\n${src}`);
        } else {
          process.stdout.write(JSON.stringify({ id: p.id, title: p.title, family: p.family, status: p.status, licenses, source: src }) + '\n');
        }
        n++;
      }
      if (o.out) process.stderr.write(`exported ${n} programs to ${o.out}\n`);
    }));

  filters(catalog.command('diversity').description('render one frame per program; statistics per family and source, near-duplicates, a contact sheet'))
    .option('--size <px>', 'render size', '32')
    .option('--sheet <file>', 'write a contact sheet PNG of a random sample here')
    .option('--sample <n>', 'programs on the contact sheet', '64')
    .option('--sheet-cell <px>', 'cell size of the contact sheet (default: the render or stored thumbnail size)')
    .option('--max <n>', 'at most this many programs', '100000')
    .option('--stored', 'use the statistics and thumbnails stored by validation instead of rendering again (fast, for large catalogs)')
    .action(async (o) => withContext(async (ctx) => {
      const [{ RenderClient }, { diversityReport }] = await Promise.all([
        import('@shadertrain/core/render/client'), import('@shadertrain/core/diversity/index')]);
      const max = intOption(o.max, 'max', 1, 10_000_000);
      const items: { id: string; body: string; family?: string; source?: string }[] = [];
      const stored = new Map<string, { stats: unknown; thumbnailKey: string | null }>();
      for await (const p of allPrograms(ctx, { status: o.status ?? 'valid', source: o.source, license: o.license, family: o.family })) {
        if (items.length >= max) break;
        const full = await ctx.catalog.getProgram(p.id);
        const b = await body(ctx, p);
        items.push({ id: p.id, body: b, family: p.family ?? undefined, source: full?.provenance[0]?.sourceId });
        if (o.stored) stored.set(b, { stats: full?.stats, thumbnailKey: full?.thumbnailKey ?? null });
      }
      const render = o.stored
        ? async (b: string) => {
          const s = stored.get(b);
          const png = s?.thumbnailKey ? await ctx.blobs.get(s.thumbnailKey) : null;
          if (!s?.stats || !png) throw new ShadertrainError('not-found', 'no stored statistics or thumbnail (validate it first)');
          return { stats: s.stats as never, thumbnailPng: png };
        }
        : new RenderClient();
      const bar = progress('diversity', items.length, { json: json() });
      try {
        const report = await diversityReport(items, { render, size: intOption(o.size, 'size', 8, 512),
          sampleSheet: intOption(o.sample, 'sample', 1, 4096), sheetCell: o.sheetCell ? intOption(o.sheetCell, 'sheet-cell', 8, 512) : undefined,
          onProgress: () => bar.tick() });
        bar.stop();
        if (o.sheet && report.sheet) { mkdirSync(dirname(o.sheet), { recursive: true }); writeFileSync(o.sheet, report.sheet.png); }
        const { sheet, hashes, ...rest } = report;
        emit(rest, { json: json() }, (r) => {
          const row = (name: string, g: typeof r.overall) => ({ group: name, programs: g.programs, failed: g.failed, nearDup: g.nearDuplicates,
            colorfulness: g.stats.colorfulness?.median, entropy: g.stats.entropy?.median, coverage: g.stats.coverage?.median, change: g.stats.temporalChange?.median });
          return table([row('all', r.overall), ...Object.entries(r.byFamily).map(([k, g]) => row(`family ${k}`, g)),
            ...Object.entries(r.bySource).map(([k, g]) => row(`source ${k}`, g))])
            + `\nnear-duplicate pairs: ${r.nearDuplicatePairs.length} (renders within ${r.options.duplicateBits} of ${r.options.hashBits} hash bits)` + (o.sheet ? `\ncontact sheet: ${o.sheet}` : '') + '\n(medians shown; --json for the full distributions)';
        });
      } finally { bar.stop(); if (render instanceof RenderClient) await render.close(); }
    }));
}
