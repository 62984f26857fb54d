import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import pLimit from 'p-limit';
import { SourceError } from './errors.ts';
import { cursorNumber, type Cursor, type FetchContext, type Page, type RawItem, type Skipped } from './types.ts';

export type Outcome = { item: RawItem } | { skipped: Skipped };

/**
 * One page over a finite, stably ordered list (files, links, manifest entries, records).
 * Cursor `{ index }`; `null` once the list is read to the end. Items repeated in the page are
 * skipped as `duplicate-in-page`.
 */
export async function listPage<E>(
  entries: readonly E[],
  cursor: Cursor | null,
  ctx: FetchContext,
  read: (entry: E, index: number) => Promise<Outcome> | Outcome,
  concurrency = 1,
): Promise<Page> {
  const start = cursorNumber(cursor, 'index', 0);
  if (!Number.isInteger(start) || start < 0) throw new SourceError('bad-input', `bad cursor index ${start}`, { field: 'cursor' });
  const end = Math.min(entries.length, start + Math.max(1, ctx.limit));
  const limit = pLimit(concurrency);
  const outcomes = await Promise.all(entries.slice(start, end).map((e, i) => limit(() => {
    ctx.signal?.throwIfAborted();
    return read(e, start + i);
  })));
  const items: RawItem[] = [];
  const skipped: Skipped[] = [];
  const seen = new Set<string>();
  for (const o of outcomes) {
    if ('skipped' in o) skipped.push(o.skipped);
    else if (seen.has(o.item.externalId)) skipped.push({ externalId: o.item.externalId, reason: 'duplicate-in-page' });
    else { seen.add(o.item.externalId); items.push(o.item); }
  }
  return { items, skipped, nextCursor: end >= entries.length ? null : { index: end } };
}

/** Every regular file under `dir` (dot-files and dot-directories excluded), as sorted `/`-separated relative paths. */
export async function listFiles(dir: string, recursive = true): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string): Promise<void> => {
    for (const ent of await readdir(d, { withFileTypes: true })) {
      if (ent.name.startsWith('.')) continue;
      const p = join(d, ent.name);
      if (ent.isDirectory()) { if (recursive) await walk(p); } else if (ent.isFile()) out.push(relative(dir, p).split(sep).join('/'));
    }
  };
  await walk(dir);
  return out.sort();
}
