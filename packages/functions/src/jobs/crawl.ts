// The crawl job: one source, from its persisted cursor, into the catalog. Used by the CLI
// (`shadertrain crawl <source>`) and by the scheduled Lambda (handlers/lambda-crawl.ts).
//
// Order of writes per page, so that a crash at any point loses nothing and leaves nothing
// half-visible, and a re-run converges to the same catalog:
//   1. blobs (`programs/<id>/source.glsl`, content-addressed: rewriting one is harmless)
//   2. program rows (insert-if-missing, `pending`) — a row never exists without its blob
//   3. provenance rows (upsert on (source, externalId))
//   4. enqueue validation for the page's programs that are still pending (at least once)
//   5. the cursor and the run's counters — only now does the source move on
import pLimit from 'p-limit';
import type { BlobStore } from '@shadertrain/core/blob/types';
import { normalize, type NormalizedProgram } from '@shadertrain/core/program/normalize';
import { dialectInfo } from '@shadertrain/core/program/dialect';
import { crawlSource, type Cursor, type Page, type RawItem, type Source } from '../sources/types.ts';
import type { CrawlCounts, CrawlError, JobCatalog, ProgramRow, ProvenanceRow } from './catalog.ts';
import { sourceKey } from './keys.ts';
import { noopEnqueue, type Enqueue } from './queue.ts';

export interface CrawlJobOptions {
  source: Source;
  catalog: JobCatalog;
  blobs: BlobStore;
  /** Most upstream entries (kept + skipped) this run consumes. Default: until the source is exhausted. */
  limit?: number;
  /** Entries asked of one page (default 50). */
  pageSize?: number;
  signal?: AbortSignal;
  /** After every committed page. */
  onProgress?: (p: CrawlProgress) => void;
  /** Hands new pending program ids to validation (default: nothing; `validate --pending` scans). */
  enqueue?: Enqueue;
  /** Stored with the source row (its kind's options), so a later run can rebuild it. */
  sourceConfig?: Record<string, unknown>;
  /** Concurrent blob writes within a page (default 8). */
  blobConcurrency?: number;
  /** Most error records kept on the crawl run row (default 200; the counts stay exact). */
  maxErrors?: number;
  /** Epoch ms after which no new page is started (a Lambda's remaining time); the run still succeeds. */
  deadline?: number;
}

export interface CrawlProgress extends CrawlCounts { pages: number; cursor: Cursor | null }

export interface CrawlResult extends CrawlCounts {
  runId: string;
  status: 'succeeded' | 'failed';
  pages: number;
  cursorBefore: Cursor | null;
  cursorAfter: Cursor | null;
  /** Rejections and skips by reason (`uses-channel-input`: 3, `http-404`: 1, ...). */
  reasons: Record<string, number>;
  errors: CrawlError[];
  /** Program ids created by this run. */
  newIds: string[];
}

const defaults = { pageSize: 50, blobConcurrency: 8, maxErrors: 200, enqueue: noopEnqueue, limit: Number.POSITIVE_INFINITY };

/**
 * Crawls one source into the catalog, resuming from its persisted cursor.
 *
 * @example
 * const r = await crawl({ source: localSource({ dir: 'programs' }), catalog: createJobCatalog(db), blobs });
 * console.log(r.new, r.duplicate, r.rejected, r.reasons);
 */
export async function crawl(options: CrawlJobOptions): Promise<CrawlResult> {
  const o = { ...defaults, ...options };
  const { source, catalog, blobs } = o;
  const saved = await catalog.ensureSource({ id: source.id, kind: source.kind, config: o.sourceConfig });
  const cursorBefore = saved.cursor as Cursor | null;
  const { id: runId } = await catalog.startCrawlRun(source.id, { cursorBefore });
  const counts: CrawlCounts = { fetched: 0, new: 0, duplicate: 0, rejected: 0, failed: 0 };
  const reasons: Record<string, number> = {};
  const errors: CrawlError[] = [];
  const newIds: string[] = [];
  let pages = 0;
  let cursor = cursorBefore;
  const note = (e: CrawlError) => {
    if (e.stage !== 'page') reasons[e.reason] = (reasons[e.reason] ?? 0) + 1;
    if (errors.length < o.maxErrors) errors.push(e);
  };

  let status: 'succeeded' | 'failed' = 'succeeded';
  try {
    for await (const page of crawlSource(source, { cursor, limit: o.limit, pageSize: o.pageSize, signal: o.signal })) {
      const r = await storePage(page, { ...o, note });
      counts.fetched += page.items.length + page.skipped.length;
      counts.new += r.created.length;
      counts.duplicate += r.duplicate;
      counts.rejected += r.rejected;
      counts.failed += r.failed;
      newIds.push(...r.created);
      if (r.failed > 0) {
        // Something could not be stored: keep the cursor where it was, so the next run retries the page.
        status = 'failed';
        await catalog.updateCrawlRun(runId, { ...counts, errors });
        break;
      }
      if (r.pending.length > 0) await o.enqueue(r.pending);
      cursor = page.nextCursor;
      await catalog.setSourceCursor(source.id, cursor);
      pages++;
      await catalog.updateCrawlRun(runId, { ...counts, errors, cursorAfter: cursor });
      o.onProgress?.({ ...counts, pages, cursor });
      if (o.deadline !== undefined && Date.now() >= o.deadline) break;
    }
  } catch (err) {
    status = 'failed';
    const e = err as Error & { code?: string };
    // Driver errors quote the whole statement and its parameters: keep the start.
    note({ stage: 'page', reason: o.signal?.aborted ? 'aborted' : (e.code ?? e.name ?? 'error'), message: String(e.message).slice(0, 500) });
  }
  await catalog.updateCrawlRun(runId, { ...counts, errors, status, cursorAfter: cursor, finished: true });
  return { runId, status, pages, ...counts, cursorBefore, cursorAfter: cursor, reasons, errors, newIds };
}

interface PageResult { created: string[]; pending: string[]; duplicate: number; rejected: number; failed: number }

async function storePage(
  page: Page,
  o: Required<Pick<CrawlJobOptions, 'catalog' | 'blobs' | 'blobConcurrency'>> & { source: Source; note: (e: CrawlError) => void },
): Promise<PageResult> {
  const res: PageResult = { created: [], pending: [], duplicate: 0, rejected: 0, failed: 0 };
  for (const s of page.skipped) {
    res.rejected++;
    o.note({ externalId: s.externalId, stage: 'source', reason: s.reason });
  }
  // Normalize: CPU only. A rejection is counted with its reason, never dropped silently.
  const kept: Array<{ item: RawItem; program: NormalizedProgram }> = [];
  for (const item of page.items) {
    const dialect = item.dialectHint && dialectInfo(item.dialectHint) ? dialectInfo(item.dialectHint)!.dialect : 'auto';
    const n = normalize(item.code, { dialect });
    if (n.ok) kept.push({ item, program: n.program });
    else {
      res.rejected++;
      o.note({ externalId: item.externalId, stage: 'normalize', reason: n.reason, message: n.detail.slice(0, 300) });
    }
  }
  if (kept.length === 0) return res;

  // 1. Blobs, for programs that have no row yet (a row implies its blob is already stored).
  const ids = [...new Set(kept.map((k) => k.program.id))];
  const known = await o.catalog.programStatuses(ids);
  const byId = new Map(kept.map((k) => [k.program.id, k.program]));
  const limit = pLimit(o.blobConcurrency);
  const stored = new Set<string>(known.keys());
  await Promise.all(ids.filter((id) => !known.has(id)).map((id) => limit(async () => {
    try {
      await o.blobs.put(sourceKey(id), byId.get(id)!.body, { contentType: 'text/plain; charset=utf-8' });
      stored.add(id);
    } catch (err) {
      for (const k of kept) if (k.program.id === id) {
        res.failed++;
        o.note({ externalId: k.item.externalId, stage: 'store', reason: 'blob-write', message: (err as Error).message });
      }
    }
  })));
  const ok = kept.filter((k) => stored.has(k.program.id));

  // 2. Program rows; the first item of a page names a program that several items share.
  const rows = new Map<string, ProgramRow>();
  for (const { item, program } of ok) {
    if (known.has(program.id) || rows.has(program.id)) continue;
    const meta = item.meta ?? {};
    rows.set(program.id, {
      id: program.id, dialect: program.dialect, sourceKey: sourceKey(program.id), sourceBytes: Buffer.byteLength(program.body),
      features: program.features as unknown as Record<string, unknown>, title: item.title ?? null,
      family: typeof meta.family === 'string' ? meta.family : null,
      tags: Array.isArray(meta.tags) ? meta.tags.filter((t): t is string => typeof t === 'string') : [],
    });
  }
  const created = new Set(await o.catalog.insertPrograms([...rows.values()]));
  res.created = [...created];

  // 3. Provenance: one row per (source, externalId).
  const prov: ProvenanceRow[] = ok.map(({ item, program }) => ({
    programId: program.id, sourceId: item.sourceId, externalId: item.externalId, url: item.url,
    title: item.title ?? null, author: item.author ?? null, license: item.license, fetchedAt: new Date(item.fetchedAt),
  }));
  await o.catalog.upsertProvenance(prov);

  res.duplicate = ok.length - created.size;
  const statuses = await o.catalog.programStatuses([...new Set(ok.map((k) => k.program.id))]);
  res.pending = [...statuses].filter(([, s]) => s === 'pending').map(([id]) => id);
  return res;
}
