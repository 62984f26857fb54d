import { readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { HttpClient, type HttpOptions } from './http.ts';
import { SourceError } from './errors.ts';
import { UNKNOWN_LICENSE, detectLicense } from './license.ts';
import { listFiles, listPage, type Outcome } from './list.ts';
import { nowIso, type Cursor, type FetchContext, type Page, type Source } from './types.ts';

export interface ArchiveOptions {
  id: string;
  /** A `.zip` file or a directory ... */
  path?: string;
  /** ... or a zip downloaded over HTTP. */
  url?: string;
  /** Metadata file inside the archive (JSON or CSV with columns file, title, author, license, url[, dialect, id]).
   *  Default: the first of metadata.json, metadata.csv, index.json, index.csv found at the root. */
  metadataFile?: string;
  /** Shader file extensions. Default .glsl .frag .fs .fsh .shader */
  extensions: string[];
  /** License of files that neither the metadata nor a header comment name. */
  defaultLicense: string;
  /** Dialect hint when the metadata gives none (e.g. `shadertoy`). */
  defaultDialect?: string;
  /** Base for item URLs when the metadata gives none; default `archive:<name>!/<path>`. */
  urlPrefix?: string;
  /** Files larger than this are skipped as `file-too-large`. Default 1 MiB. */
  maxFileBytes: number;
  /** Largest zip downloaded. Default 2 GiB. */
  maxArchiveBytes: number;
  http?: HttpClient | Partial<HttpOptions>;
}

export const archiveDefaults = {
  id: 'archive', extensions: ['.glsl', '.frag', '.fs', '.fsh', '.shader'], defaultLicense: UNKNOWN_LICENSE, maxFileBytes: 1024 * 1024, maxArchiveBytes: 2 * 1024 ** 3,
} satisfies ArchiveOptions;

export interface ArchiveMeta { file: string; id?: string; title?: string; author?: string; license?: string; url?: string; dialect?: string }

interface Loaded { files: Array<{ path: string; code?: string; tooLarge?: boolean }>; meta: Map<string, ArchiveMeta>; name: string; dir?: string }

const METADATA_NAMES = ['metadata.json', 'metadata.csv', 'index.json', 'index.csv'];

/**
 * Shader files in a zip or a directory plus an optional metadata file — the form in which the
 * Shaders21k programs were distributed. Cursor `{ index }` over the files in path order.
 */
export function archiveSource(options: Partial<ArchiveOptions> & ({ path: string } | { url: string })): Source {
  const o = { ...archiveDefaults, ...options } satisfies ArchiveOptions;
  const exts = new Set(o.extensions.map((e) => e.toLowerCase()));
  let loaded: Promise<Loaded> | undefined;

  async function load(signal?: AbortSignal): Promise<Loaded> {
    if (o.path && (await stat(o.path)).isDirectory()) return loadDir(o.path);
    const bytes = o.path
      ? await readFile(o.path)
      : (await (o.http instanceof HttpClient ? o.http : new HttpClient({ timeoutMs: 600_000, ...o.http })).get(o.url!, { signal, maxBodyBytes: o.maxArchiveBytes })).body;
    return loadZip(bytes, basename(o.path ?? new URL(o.url!).pathname));
  }

  function isShader(p: string): boolean {
    return exts.has(extname(p).toLowerCase());
  }

  function loadZip(bytes: Uint8Array, name: string): Loaded {
    const sizes = new Map<string, number>();
    let files: Record<string, Uint8Array>;
    try {
      files = unzipSync(bytes, {
        filter: (f) => {
          if (f.name.endsWith('/')) return false;
          sizes.set(f.name, f.originalSize);
          const wanted = isShader(f.name) || METADATA_NAMES.includes(f.name) || f.name === o.metadataFile;
          return wanted && f.originalSize <= o.maxFileBytes * (isShader(f.name) ? 1 : 64);
        },
      });
    } catch (err) {
      throw new SourceError('bad-input', `not a readable zip archive: ${name} (${(err as Error).message})`, { field: 'path', cause: err });
    }
    const dec = new TextDecoder();
    const metaName = o.metadataFile ?? METADATA_NAMES.find((m) => m in files);
    const meta = metaName && files[metaName] ? parseMetadata(dec.decode(files[metaName]), metaName) : new Map<string, ArchiveMeta>();
    const list = [...sizes.keys()].filter((p) => isShader(p) && p !== metaName).sort();
    return { name, meta, files: list.map((p) => (files[p] ? { path: p, code: dec.decode(files[p]) } : { path: p, tooLarge: true })) };
  }

  async function loadDir(dir: string): Promise<Loaded> {
    const all = await listFiles(dir);
    const metaName = o.metadataFile ?? METADATA_NAMES.find((m) => all.includes(m));
    const meta = metaName ? parseMetadata(await readFile(join(dir, metaName), 'utf8'), metaName) : new Map<string, ArchiveMeta>();
    return { name: basename(dir), dir, meta, files: all.filter((p) => isShader(p) && p !== metaName).sort().map((path) => ({ path })) };
  }

  async function read(l: Loaded, f: Loaded['files'][number]): Promise<Outcome> {
    const m = l.meta.get(f.path) ?? l.meta.get(basename(f.path));
    const externalId = m?.id || f.path;
    let code = f.code;
    if (code === undefined && l.dir && !f.tooLarge) {
      const p = join(l.dir, f.path);
      if ((await stat(p)).size > o.maxFileBytes) return { skipped: { externalId, reason: 'file-too-large' } };
      code = await readFile(p, 'utf8');
    }
    if (code === undefined) return { skipped: { externalId, reason: 'file-too-large' } };
    if (!code.trim()) return { skipped: { externalId, reason: 'empty-code' } };
    const url = m?.url || (o.urlPrefix ? `${o.urlPrefix}${f.path}` : `archive:${l.name}!/${f.path}`);
    return {
      item: {
        sourceId: o.id, externalId, url, title: m?.title || basename(f.path, extname(f.path)), author: m?.author || undefined,
        license: m?.license || detectLicense(code.slice(0, 2000)) || o.defaultLicense, dialectHint: m?.dialect || o.defaultDialect,
        code, fetchedAt: nowIso(), meta: { path: f.path, archive: l.name },
      },
    };
  }

  async function fetchPage(cursor: Cursor | null, ctx: FetchContext): Promise<Page> {
    loaded ??= load(ctx.signal).catch((err) => { loaded = undefined; throw err; });
    const l = await loaded;
    return listPage(l.files, cursor, ctx, (f) => read(l, f));
  }

  return { id: o.id, kind: 'archive', fetchPage };
}

/** Metadata rows keyed by `file` (JSON array, JSON object keyed by file, or CSV with a header row). */
export function parseMetadata(text: string, name: string): Map<string, ArchiveMeta> {
  const rows: Array<Record<string, unknown>> = [];
  if (name.toLowerCase().endsWith('.csv')) {
    const [header, ...lines] = parseCsv(text);
    if (!header) return new Map();
    const cols = header.map((h) => h.trim().toLowerCase());
    for (const line of lines) rows.push(Object.fromEntries(cols.map((c, i) => [c, line[i] ?? ''])));
  } else {
    let data: unknown;
    try { data = JSON.parse(text); } catch (err) { throw new SourceError('bad-input', `metadata ${name} is not JSON`, { field: 'metadataFile', cause: err }); }
    if (Array.isArray(data)) rows.push(...(data as Array<Record<string, unknown>>));
    else if (data && typeof data === 'object') for (const [file, v] of Object.entries(data)) rows.push({ file, ...(v as object) });
  }
  const out = new Map<string, ArchiveMeta>();
  for (const r of rows) {
    const s = (k: string) => (typeof r[k] === 'string' && (r[k] as string).trim() ? (r[k] as string).trim() : typeof r[k] === 'number' ? String(r[k]) : undefined);
    const file = s('file') ?? s('path');
    if (!file) continue;
    out.set(file.replace(/^\.\//, ''), { file, id: s('id'), title: s('title') ?? s('name'), author: s('author') ?? s('username'), license: s('license'), url: s('url'), dialect: s('dialect') });
  }
  return out;
}

/**
 * RFC 4180 CSV (quoted fields, doubled quotes, CRLF). Hand-written: the one-table metadata files
 * need nothing more, and no CSV package is among the project's dependencies.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); field = '';
      if (row.some((x) => x !== '')) rows.push(row);
      row = [];
    } else field += c;
  }
  row.push(field);
  if (row.some((x) => x !== '')) rows.push(row);
  return rows;
}
