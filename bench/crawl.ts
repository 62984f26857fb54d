// Crawl and validation throughput. `npx tsx bench/crawl.ts [--items 400] [--programs 24] [--skip-validate]`
//  1. crawl, end to end: the real Shadertoy source against the local replay server (list + one
//     detail request per shader), normalize, blob writes, catalog writes — PGlite (memory) + file store,
//     and PostgreSQL + S3 server when TEST_DATABASE_URL / TEST_S3_URL are set;
//  2. crawl, CPU-bound parts only: the same pages pre-fetched, replayed from memory (normalize + blob + catalog writes);
//  3. normalize alone;
//  4. validation on CPU (Mesa llvmpipe) through the render client: 64 px, 4 frames + 128 px thumbnail, 1 and 2 renderers.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '@shadertrain/core/db/client';
import { openBlobStore } from '@shadertrain/core/blob/open';
import { normalize } from '@shadertrain/core/program/normalize';
import { RenderClient } from '@shadertrain/core/render/client';
import { startReplayServer } from '../tests/replay/server.ts';
import { SHADERTOY_KEY } from '../tests/replay/fixtures.ts';
import { crawlCorpus } from '../packages/functions/src/jobs/testing/corpus.ts';
import { createJobCatalog } from '../packages/functions/src/jobs/catalog.ts';
import { crawl } from '../packages/functions/src/jobs/crawl.ts';
import { validatePending } from '../packages/functions/src/jobs/validate.ts';
import { collect, type Page, type Source } from '../packages/functions/src/sources/types.ts';
import { shadertoySource } from '../packages/functions/src/sources/shadertoy.ts';
import { fastHttp } from '../packages/functions/src/sources/testing.ts';

const arg = (name: string, d: number) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? Number(process.argv[i + 1]) : d; };
const ITEMS = arg('items', 400);
const PROGRAMS = arg('programs', 24);
const PAGE = 50;
const rows: string[] = [];
const report = (what: string, n: number, ms: number, unit: string) => {
  const line = `| ${what} | ${n} | ${(ms / 1000).toFixed(2)} s | **${(n / (ms / 1000)).toFixed(1)} ${unit}/s** |`;
  rows.push(line);
  console.log(line);
};

const dir = await mkdtemp(join(tmpdir(), 'bench-crawl-'));
const corpus = crawlCorpus(ITEMS);
const server = await startReplayServer({ shadertoy: { shaders: corpus } });
const source = (id = 'shadertoy') => shadertoySource({ id, baseUrl: server.url, apiKey: SHADERTOY_KEY, pageSize: PAGE, concurrency: 4, http: fastHttp() });
try {
  // 1. end to end
  const targets: Array<[string, string, string]> = [['PGlite (memory) + file store', 'memory://', join(dir, 'blobs-1')]];
  if (process.env.TEST_DATABASE_URL && process.env.TEST_S3_URL) {
    const s3 = new URL(process.env.TEST_S3_URL.replace(/^s3:/, 'http:'));
    targets.push(['PostgreSQL + S3 server', process.env.TEST_DATABASE_URL, `s3://${s3.hostname}/bench-${Date.now()}/${s3.search}`]);
  }
  for (const [label, dbUrl, blobUrl] of targets) {
    const db = await openDatabase(dbUrl, { maxConnections: 4 });
    const blobs = openBlobStore(blobUrl);
    try {
      const sid = `bench-${Date.now()}`;
      const t0 = performance.now();
      const r = await crawl({ source: source(sid), catalog: createJobCatalog(db.db), blobs, pageSize: PAGE });
      if (r.status !== 'succeeded') throw new Error(JSON.stringify(r.errors));
      report(`crawl end to end, replay server → ${label} (new ${r.new}, dup ${r.duplicate}, rejected ${r.rejected})`, r.fetched, performance.now() - t0, 'items');
      if (label.startsWith('PostgreSQL')) for await (const k of blobs.list('')) await blobs.delete(k);
    } finally { await db.close(); }
  }

  // 2. CPU-bound parts: pages fetched once, replayed from memory.
  const pages: Page[] = [];
  const all = await collect(source(), { pageSize: PAGE, onPage: (p) => { pages.push(p); } });
  const replay: Source = { id: 'shadertoy', kind: 'shadertoy', fetchPage: async (cursor) => {
    const i = typeof cursor?.i === 'number' ? cursor.i : 0;
    const p = pages[i]!;
    return { ...p, nextCursor: i + 1 < pages.length ? { i: i + 1 } : null };
  } };
  {
    const db = await openDatabase('memory://');
    try {
      const t0 = performance.now();
      const r = await crawl({ source: replay, catalog: createJobCatalog(db.db), blobs: openBlobStore(join(dir, 'blobs-2')), pageSize: PAGE });
      report('crawl CPU-bound parts (normalize + blob + PGlite writes), pages from memory', r.fetched, performance.now() - t0, 'items');
    } finally { await db.close(); }
  }

  // 3. normalize alone
  {
    const t0 = performance.now();
    for (const it of all.items) normalize(it.code, { dialect: 'shadertoy' });
    report('normalize alone', all.items.length, performance.now() - t0, 'items');
  }

  // 4. validation on CPU
  if (!process.argv.includes('--skip-validate')) {
    for (const n of [1, 2]) {
      const db = await openDatabase('memory://');
      const blobs = openBlobStore(join(dir, `blobs-v${n}`));
      const catalog = createJobCatalog(db.db);
      const renders = Array.from({ length: n }, () => new RenderClient({ device: 'cpu', deadlineMs: 20_000 }));
      try {
        const seeded = await crawl({ source: replay, catalog, blobs, pageSize: PAGE, limit: PROGRAMS + 8 });
        if (seeded.status !== 'succeeded') throw new Error(JSON.stringify(seeded.errors));
        // Warm: start each server (EGL init) before timing.
        await Promise.all(renders.map((r) => r.validate('void mainImage(out vec4 c, in vec2 p) { c = vec4(1.0, 0.0, 0.0, 1.0); }', { size: 8, frames: 1 })));
        const t0 = performance.now();
        const r = await validatePending({ catalog, blobs, render: renders, limit: PROGRAMS });
        report(`validate on CPU (llvmpipe), ${n} renderer(s), 64 px × 4 frames + 128 px thumbnail (valid ${r.counts.valid}, rejected ${r.counts.rejected})`, r.outcomes.length, performance.now() - t0, 'programs');
      } finally { await Promise.all(renders.map((r) => r.close())); await db.close(); }
    }
  }
  console.log(`\n${cpus().length} CPUs (${cpus()[0]?.model}), node ${process.version}`);
  console.log(rows.join('\n'));
} finally {
  await server.close();
  await rm(dir, { recursive: true, force: true });
}
