import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Dialect } from '@shadertrain/core/program/dialect';
import { HttpClient, type HttpOptions } from './http.ts';
import { SourceError } from './errors.ts';
import { UNKNOWN_LICENSE, detectLicense } from './license.ts';
import { listPage, type Outcome } from './list.ts';
import { nowIso, type Cursor, type FetchContext, type Page, type Source } from './types.ts';

export interface TwiglOptions {
  id: string;
  /** Share links `https://twigl.app/?mode=N&source=<url-encoded code>` given inline ... */
  links?: string[];
  /** ... or in a text file / URL (one link per line, `#` comments) or a JSON array of strings. */
  linksFile?: string;
  linksUrl?: string;
  /** Snapshot records `{ graphics: { mode, source }, date }`: a JSON object keyed by id (a Firebase export), an array, or JSON lines. */
  snapshotsFile?: string;
  snapshotsUrl?: string;
  /** Used for snapshot URLs. Default `https://twigl.app`. */
  siteUrl: string;
  defaultLicense: string;
  /** Skip programs that come with a sound shader (`has-sound`). Default true. */
  skipSound: boolean;
  http?: HttpClient | Partial<HttpOptions>;
}

export const twiglDefaults = { id: 'twigl', siteUrl: 'https://twigl.app', defaultLicense: UNKNOWN_LICENSE, skipSound: true } satisfies TwiglOptions;

/**
 * twigl's `mode` numbers (doxas/twigl `Fragmen.MODE_*`): 0–3 classic/geek/geeker/geekest (ES 1.00),
 * 4–7 the same in `#version 300 es`, 8–11 the same with multiple render targets (MRT).
 */
export function twiglDialect(mode: number): { dialect: Dialect } | { reason: string } {
  const names = ['classic', 'geek', 'geeker', 'geekest'] as const;
  if (!Number.isInteger(mode) || mode < 0 || mode > 11) return { reason: `twigl-unknown-mode: ${mode}` };
  if (mode >= 8) return { reason: 'twigl-mrt-mode' };
  return { dialect: `twigl-${names[mode % 4]}${mode >= 4 ? '-300' : ''}` as Dialect };
}

type Entry = { kind: 'link'; link: string } | { kind: 'snapshot'; key: string; record: unknown };

/** twigl share links and broadcast snapshots. Cursor `{ index }` into the list. */
export function twiglSource(options: Partial<TwiglOptions>): Source {
  const o = { ...twiglDefaults, ...options } satisfies TwiglOptions;
  const inputs = [o.links, o.linksFile, o.linksUrl, o.snapshotsFile, o.snapshotsUrl].filter((x) => x !== undefined);
  if (inputs.length !== 1) throw new SourceError('bad-input', 'twigl: give exactly one of links, linksFile, linksUrl, snapshotsFile, snapshotsUrl', { field: 'links' });
  const http = o.http instanceof HttpClient ? o.http : new HttpClient(o.http);
  const site = o.siteUrl.replace(/\/+$/, '');
  let entries: Promise<Entry[]> | undefined;

  async function load(signal?: AbortSignal): Promise<Entry[]> {
    if (o.links) return o.links.map((link) => ({ kind: 'link', link }));
    const text = o.linksFile ?? o.snapshotsFile
      ? await readFile((o.linksFile ?? o.snapshotsFile)!, 'utf8')
      : await http.getText((o.linksUrl ?? o.snapshotsUrl)!, { signal });
    if (o.linksFile || o.linksUrl) return parseLinks(text).map((link) => ({ kind: 'link', link }));
    return parseSnapshots(text);
  }

  function read(e: Entry): Outcome {
    const fetchedAt = nowIso();
    if (e.kind === 'link') {
      let url: URL;
      try { url = new URL(e.link); } catch { return { skipped: { externalId: idFor(e.link), reason: 'bad-link' } }; }
      const source = url.searchParams.get('source');
      const mode = Number(url.searchParams.get('mode') ?? 0);
      const externalId = `link-${idFor(`${mode}\n${source}`)}`;
      if (!source) return { skipped: { externalId, reason: 'no-source' } };
      const d = twiglDialect(mode);
      if ('reason' in d) return { skipped: { externalId, reason: d.reason } };
      if (o.skipSound && url.searchParams.get('sound')) return { skipped: { externalId, reason: 'has-sound' } };
      return { item: { sourceId: o.id, externalId, url: e.link, license: detectLicense(source) ?? o.defaultLicense, dialectHint: d.dialect, code: source, fetchedAt, meta: { mode } } };
    }
    const r = e.record as { graphics?: { mode?: unknown; source?: unknown }; sound?: { source?: unknown }; date?: unknown } | null;
    const g = r?.graphics;
    if (!g || typeof g.source !== 'string' || !g.source.trim()) return { skipped: { externalId: e.key, reason: 'no-source' } };
    const mode = Number(g.mode ?? 0);
    const d = twiglDialect(mode);
    if ('reason' in d) return { skipped: { externalId: e.key, reason: d.reason } };
    if (o.skipSound && typeof r?.sound?.source === 'string' && r.sound.source.trim()) return { skipped: { externalId: e.key, reason: 'has-sound' } };
    const date = typeof r?.date === 'number' ? new Date(r.date).toISOString() : r?.date;
    return {
      item: { sourceId: o.id, externalId: e.key, url: `${site}/?ch=${encodeURIComponent(e.key)}`, license: detectLicense(g.source) ?? o.defaultLicense, dialectHint: d.dialect, code: g.source, fetchedAt, meta: { mode, date } },
    };
  }

  async function fetchPage(cursor: Cursor | null, ctx: FetchContext): Promise<Page> {
    entries ??= load(ctx.signal).catch((err) => { entries = undefined; throw err; });
    return listPage(await entries, cursor, ctx, read);
  }

  return { id: o.id, kind: 'twigl', fetchPage };
}

function idFor(s: string): string {
  return createHash('sha256').update(s).digest('hex').slice(0, 16);
}

/** One link per line (blank lines and `#` comments ignored), or a JSON array of strings. */
export function parseLinks(text: string): string[] {
  const t = text.trim();
  if (t.startsWith('[')) {
    const arr = JSON.parse(t) as unknown;
    if (!Array.isArray(arr)) throw new SourceError('bad-input', 'twigl links: expected a JSON array of strings');
    return arr.map(String);
  }
  return t.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

/** A JSON object keyed by id, a JSON array (records with an `id`), or JSON lines. */
export function parseSnapshots(text: string): Entry[] {
  const t = text.trim();
  let data: unknown;
  try {
    data = JSON.parse(t);
  } catch {
    data = t.split(/\r?\n/).filter(Boolean).map((line, i) => {
      try { return JSON.parse(line); } catch { throw new SourceError('bad-input', `twigl snapshots: line ${i + 1} is not JSON`); }
    });
  }
  if (Array.isArray(data)) return data.map((record, i) => ({ kind: 'snapshot', key: String((record as { id?: unknown })?.id ?? `#${i}`), record }));
  if (data && typeof data === 'object') return Object.entries(data).map(([key, record]) => ({ kind: 'snapshot', key, record }));
  throw new SourceError('bad-input', 'twigl snapshots: expected a JSON object keyed by id, an array, or JSON lines');
}
