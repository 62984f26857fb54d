/**
 * The one contract of every crawl source: list new raw items from a cursor.
 *
 * A source is stateless between calls: everything it needs to resume lives in the cursor, which is
 * plain JSON (the crawl job persists it after the page's items are stored). `nextCursor: null`
 * means the source is exhausted for now.
 */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type Cursor = { [key: string]: JsonValue };

export type SourceKind = 'shadertoy' | 'glslsandbox' | 'glslsandbox-dump' | 'twigl' | 'archive' | 'manifest' | 'local' | 'synth';

/** One program as the source gave it, before normalization. */
export interface RawItem {
  sourceId: string;
  /** Stable id of the item inside its source (Shadertoy id, `123.4` for GLSL Sandbox, file path, ...). */
  externalId: string;
  url: string;
  title?: string;
  author?: string;
  /** SPDX id (`CC-BY-NC-SA-3.0`, `CC0-1.0`, `MIT`), `LicenseRef-*`, or `NOASSERTION` when nothing is known. */
  license: string;
  /** `shadertoy` | `glslsandbox` | `twigl-<mode>[-300]` — what the normalizer should expect. */
  dialectHint?: string;
  code: string;
  /** ISO 8601 time at which the item was read. */
  fetchedAt: string;
  meta?: Record<string, unknown>;
}

/** An upstream entry that was read but not kept, and why (`multipass`, `uses-channel-input`, `http-404`, ...). */
export interface Skipped {
  externalId: string;
  reason: string;
}

export interface FetchContext {
  signal?: AbortSignal;
  /** The most upstream entries (kept + skipped) this page may consume; the cursor stays exact. */
  limit: number;
}

export interface Page {
  items: RawItem[];
  skipped: Skipped[];
  /** Where the next page starts; `null` = nothing more for now. */
  nextCursor: Cursor | null;
}

export interface Source {
  id: string;
  kind: SourceKind;
  fetchPage(cursor: Cursor | null, ctx: FetchContext): Promise<Page>;
}

export interface CrawlOptions {
  /** Resume point (the last persisted `nextCursor`); `null` = from the start. */
  cursor?: Cursor | null;
  /** Per-run limit on upstream entries consumed (kept + skipped). Default: unlimited. */
  limit?: number;
  /** Entries asked of one page. Default 50. */
  pageSize?: number;
  signal?: AbortSignal;
  /** Called after each page, e.g. to persist the items and then the cursor. */
  onPage?: (page: Page) => void | Promise<void>;
}

/**
 * Pages through a source until it is exhausted or the run limit is reached, dropping items whose
 * externalId was already seen in this run (reported as skipped `duplicate-in-run`).
 *
 * @example
 * for await (const page of crawlSource(source, { cursor: saved, limit: 500 })) {
 *   await store(page.items);
 *   await saveCursor(page.nextCursor);
 * }
 */
export async function* crawlSource(source: Source, options: CrawlOptions = {}): AsyncGenerator<Page, Cursor | null> {
  const { cursor = null, limit = Number.POSITIVE_INFINITY, pageSize = 50, signal, onPage } = options;
  const seen = new Set<string>();
  let next: Cursor | null = cursor;
  let consumed = 0;
  let first = true;
  while ((first || next !== null) && consumed < limit) {
    first = false;
    signal?.throwIfAborted();
    const ask = Math.max(1, Math.min(pageSize, limit - consumed));
    const used = next;
    const raw = await source.fetchPage(used, { signal, limit: ask });
    const page = dedupePage(raw, seen);
    consumed += page.items.length + page.skipped.length;
    next = page.nextCursor;
    await onPage?.(page);
    yield page;
    if (raw.items.length + raw.skipped.length === 0 && next !== null && sameCursor(next, used)) break; // a source that makes no progress
  }
  return next;
}

/** Reads a whole crawl into memory (tests, small sources). */
export async function collect(source: Source, options: CrawlOptions = {}): Promise<Page> {
  const all: Page = { items: [], skipped: [], nextCursor: options.cursor ?? null };
  for await (const page of crawlSource(source, options)) {
    all.items.push(...page.items);
    all.skipped.push(...page.skipped);
    all.nextCursor = page.nextCursor;
  }
  return all;
}

/** Drops items already in `seen` (and adds the rest to it). */
export function dedupePage(page: Page, seen: Set<string> = new Set()): Page {
  const items: RawItem[] = [];
  const skipped = [...page.skipped];
  for (const item of page.items) {
    if (seen.has(item.externalId)) skipped.push({ externalId: item.externalId, reason: 'duplicate-in-run' });
    else { seen.add(item.externalId); items.push(item); }
  }
  return { items, skipped, nextCursor: page.nextCursor };
}

function sameCursor(a: Cursor | null, b: Cursor | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Reads a numeric field of a cursor, with a default for a fresh start. */
export function cursorNumber(cursor: Cursor | null, key: string, fallback: number): number {
  const v = cursor?.[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
}

export const nowIso = (): string => new Date().toISOString();
