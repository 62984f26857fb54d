import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { HttpClient, type HttpOptions } from './http.ts';
import { SourceError, orSkip } from './errors.ts';
import { listPage, type Outcome } from './list.ts';
import { nowIso, type Cursor, type FetchContext, type Page, type Source } from './types.ts';

export const manifestEntrySchema = z.object({
  url: z.url(),
  license: z.string().min(1).optional(),
  author: z.string().optional(),
  title: z.string().optional(),
  /** Stable id; default the URL. */
  id: z.string().min(1).optional(),
  dialect: z.string().optional(),
});
export type ManifestEntry = z.infer<typeof manifestEntrySchema>;

export interface ManifestOptions {
  id: string;
  /** Entries inline ... */
  entries?: unknown[];
  /** ... or a manifest file / URL: a JSON array, `{ "entries": [...] }`, JSON lines, or a YAML-style `- url: ...` list. */
  file?: string;
  url?: string;
  /** License for entries that name none; without it such entries are skipped (`missing-license`). */
  defaultLicense?: string;
  /** Raw files fetched at once (each still waits for the rate limit). Default 2. */
  concurrency: number;
  /** Largest raw file accepted. Default 1 MiB. */
  maxFileBytes: number;
  http?: HttpClient | Partial<HttpOptions>;
}

export const manifestDefaults = { id: 'manifest', concurrency: 2, maxFileBytes: 1024 * 1024 } satisfies ManifestOptions;

type Checked = { ok: true; entry: ManifestEntry } | { ok: false; externalId: string; reason: string };

/** Raw files over HTTP (e.g. git-hosted), listed in a manifest with license and author per entry. Cursor `{ index }`. */
export function manifestSource(options: Partial<ManifestOptions>): Source {
  const o = { ...manifestDefaults, ...options } satisfies ManifestOptions;
  if ([o.entries, o.file, o.url].filter((x) => x !== undefined).length !== 1) {
    throw new SourceError('bad-input', 'manifest: give exactly one of entries, file, url', { field: 'entries' });
  }
  const http = o.http instanceof HttpClient ? o.http : new HttpClient(o.http);
  let loaded: Promise<Checked[]> | undefined;

  async function load(signal?: AbortSignal): Promise<Checked[]> {
    const raw = o.entries ?? parseManifest(o.file ? await readFile(o.file, 'utf8') : await http.getText(o.url!, { signal }));
    return raw.map((e, i) => {
      const r = manifestEntrySchema.safeParse(e);
      const guess = String((e as { id?: unknown; url?: unknown })?.id ?? (e as { url?: unknown })?.url ?? `#${i}`);
      if (!r.success) return { ok: false, externalId: guess, reason: `bad-entry: ${r.error.issues.map((x) => `${x.path.join('.')} ${x.message}`).join('; ')}` };
      if (!r.data.license && !o.defaultLicense) return { ok: false, externalId: guess, reason: 'missing-license' };
      return { ok: true, entry: r.data };
    });
  }

  async function read(c: Checked, signal?: AbortSignal): Promise<Outcome> {
    if (!c.ok) return { skipped: { externalId: c.externalId, reason: c.reason } };
    const e = c.entry;
    const externalId = e.id ?? e.url;
    const got = await orSkip(() => http.getText(e.url, { signal, maxBodyBytes: o.maxFileBytes }));
    if ('skipped' in got) return { skipped: { externalId, reason: got.skipped } };
    if (!got.value.trim()) return { skipped: { externalId, reason: 'empty-code' } };
    return {
      item: {
        sourceId: o.id, externalId, url: e.url, title: e.title ?? e.url.split('/').pop()?.replace(/\.[^.]+$/, ''), author: e.author,
        license: e.license ?? o.defaultLicense!, dialectHint: e.dialect, code: got.value, fetchedAt: nowIso(),
      },
    };
  }

  async function fetchPage(cursor: Cursor | null, ctx: FetchContext): Promise<Page> {
    loaded ??= load(ctx.signal).catch((err) => { loaded = undefined; throw err; });
    return listPage(await loaded, cursor, ctx, (c) => read(c, ctx.signal), o.concurrency);
  }

  return { id: o.id, kind: 'manifest', fetchPage };
}

/**
 * Reads a manifest: JSON (array or `{ entries }`), JSON lines, or a YAML-style list of flat
 * `key: value` maps. The YAML subset is parsed here: entries are flat string maps, and the
 * project has no YAML dependency of its own.
 */
export function parseManifest(text: string): unknown[] {
  const t = text.trim();
  if (t.startsWith('[') || t.startsWith('{')) {
    try {
      const data = JSON.parse(t) as unknown;
      if (Array.isArray(data)) return data;
      if (data && typeof data === 'object' && Array.isArray((data as { entries?: unknown }).entries)) return (data as { entries: unknown[] }).entries;
      throw new SourceError('bad-input', 'manifest: expected a JSON array or { "entries": [...] }');
    } catch (err) {
      if (err instanceof SourceError) throw err;
      if (t.startsWith('{')) return t.split(/\r?\n/).filter((l) => l.trim()).map((l, i) => {
        try { return JSON.parse(l); } catch { throw new SourceError('bad-input', `manifest: line ${i + 1} is not JSON`); }
      });
      throw new SourceError('bad-input', `manifest: not JSON (${(err as Error).message})`);
    }
  }
  const out: Array<Record<string, string>> = [];
  for (const [i, raw] of t.split(/\r?\n/).entries()) {
    const line = raw.replace(/\s+#.*$/, '');
    if (!line.trim() || line.trim().startsWith('#') || line.trim() === 'entries:') continue;
    const item = /^\s*-\s+(.*)$/.exec(line);
    const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec((item ? item[1] : line).trim());
    if (item) out.push({});
    if (!kv || out.length === 0) throw new SourceError('bad-input', `manifest: line ${i + 1}: expected "- key: value" or "key: value"`);
    out[out.length - 1][kv[1]] = kv[2].trim().replace(/^(["'])(.*)\1$/, '$2');
  }
  return out;
}
