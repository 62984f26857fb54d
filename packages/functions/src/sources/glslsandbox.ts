import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { HttpClient, type HttpOptions } from './http.ts';
import { SourceError, orSkip } from './errors.ts';
import { UNKNOWN_LICENSE, detectLicense } from './license.ts';
import { cursorNumber, nowIso, type Cursor, type FetchContext, type Page, type RawItem, type Skipped, type Source } from './types.ts';

export interface GlslSandboxOptions {
  id: string;
  /** Default `https://glslsandbox.com`. */
  baseUrl: string;
  /** First id of a fresh crawl. Default 1. */
  startId: number;
  /** Stop (cursor `null`) after this many consecutive ids without a version 0. Default 20. */
  maxMisses: number;
  /** `all` reads `{id}.0`, `{id}.1`, ... until a 404; `first` only `{id}.0`. Default `all`. */
  versions: 'all' | 'first';
  /** Cap on versions read per id. Default 64. */
  maxVersions: number;
  /** GLSL Sandbox states no license; a header comment may. Default `NOASSERTION`. */
  defaultLicense: string;
  http?: HttpClient | Partial<HttpOptions>;
}

export const glslSandboxDefaults = {
  id: 'glslsandbox', baseUrl: 'https://glslsandbox.com', startId: 1, maxMisses: 20, versions: 'all', maxVersions: 64, defaultLicense: UNKNOWN_LICENSE,
} satisfies GlslSandboxOptions;

interface SandboxRecord { code?: string; user?: string; parent?: string }

/**
 * GLSL Sandbox over HTTP: `GET /item/{id}.{version}` → `{ code, user, parent }`, ids ascending.
 * Cursor `{ nextId, nextVersion, misses }`. externalId `id.version`.
 */
export function glslSandboxSource(options: Partial<GlslSandboxOptions> = {}): Source {
  const o = { ...glslSandboxDefaults, ...options } satisfies GlslSandboxOptions;
  const http = o.http instanceof HttpClient ? o.http : new HttpClient(o.http);
  const root = o.baseUrl.replace(/\/+$/, '');

  async function fetchPage(cursor: Cursor | null, ctx: FetchContext): Promise<Page> {
    let id = cursorNumber(cursor, 'nextId', o.startId);
    let version = cursorNumber(cursor, 'nextVersion', 0);
    let misses = cursorNumber(cursor, 'misses', 0);
    const items: RawItem[] = [];
    const skipped: Skipped[] = [];
    while (items.length + skipped.length < ctx.limit) {
      const ext = `${id}.${version}`;
      const got = await orSkip(() => http.getJson<SandboxRecord>(`${root}/item/${ext}`, { signal: ctx.signal }));
      const missing = 'skipped' in got && got.skipped === 'http-404';
      if (missing && version === 0) {
        misses++;
        skipped.push({ externalId: ext, reason: 'http-404' });
        if (misses >= o.maxMisses) return { items, skipped, nextCursor: null };
        id++;
        continue;
      }
      if (missing) { id++; version = 0; continue; } // no more versions of this id (consumes nothing)
      misses = 0;
      if ('skipped' in got) skipped.push({ externalId: ext, reason: got.skipped });
      else if (typeof got.value?.code !== 'string') skipped.push({ externalId: ext, reason: 'malformed-record' });
      else items.push(toItem(o.id, root, id, version, got.value, o.defaultLicense));
      if (o.versions === 'first' || version + 1 >= o.maxVersions) { id++; version = 0; } else version++;
    }
    return { items, skipped, nextCursor: { nextId: id, nextVersion: version, misses } };
  }

  return { id: o.id, kind: 'glslsandbox', fetchPage };
}

function toItem(sourceId: string, root: string, id: number, version: number, r: SandboxRecord & { created?: string | null }, defaultLicense: string): RawItem {
  return {
    sourceId, externalId: `${id}.${version}`, url: `${root}/e#${id}.${version}`,
    author: r.user || undefined, license: detectLicense(r.code) ?? defaultLicense, dialectHint: 'glslsandbox',
    code: r.code ?? '', fetchedAt: nowIso(),
    meta: { id, version, parent: r.parent || null, ...(r.created ? { created: r.created } : {}) },
  };
}

export interface GlslSandboxDumpOptions {
  id: string;
  /** A local SQLite file ... */
  path?: string;
  /** ... or where to download it from (streamed to `downloadDir`). */
  url?: string;
  downloadDir?: string;
  /** Largest dump accepted. Default 4 GiB. */
  maxDumpBytes: number;
  /** Used for item URLs. Default `https://glslsandbox.com`. */
  siteUrl: string;
  defaultLicense: string;
  http?: HttpClient | Partial<HttpOptions>;
}

export const glslSandboxDumpDefaults = {
  id: 'glslsandbox-dump', maxDumpBytes: 4 * 1024 ** 3, siteUrl: 'https://glslsandbox.com', defaultLicense: UNKNOWN_LICENSE,
} satisfies GlslSandboxDumpOptions;

/**
 * The schema the dump import reads (one row per version of a program):
 * `CREATE TABLE code (id INTEGER NOT NULL, version INTEGER NOT NULL, code TEXT NOT NULL,
 *  user TEXT, parent TEXT, created TEXT, PRIMARY KEY (id, version))`.
 */
export const DUMP_SCHEMA = `CREATE TABLE code (
  id INTEGER NOT NULL,
  version INTEGER NOT NULL,
  code TEXT NOT NULL,
  user TEXT,
  parent TEXT,
  created TEXT,
  PRIMARY KEY (id, version)
)`;

/**
 * GLSL Sandbox's published SQLite dump (read-only site, so this is the bulk path).
 * Cursor `{ afterId, afterVersion }`, rows in (id, version) order.
 */
export function glslSandboxDumpSource(options: Partial<GlslSandboxDumpOptions> & ({ path: string } | { url: string })): Source {
  const o = { ...glslSandboxDumpDefaults, ...options } satisfies GlslSandboxDumpOptions;
  const root = o.siteUrl.replace(/\/+$/, '');
  let local: Promise<string> | undefined;

  function file(signal?: AbortSignal): Promise<string> {
    if (o.path) return Promise.resolve(o.path);
    local ??= (async () => {
      const http = o.http instanceof HttpClient ? o.http : new HttpClient({ timeoutMs: 600_000, ...o.http });
      const dir = o.downloadDir ?? await mkdtemp(join(tmpdir(), 'glslsandbox-dump-'));
      const dest = join(dir, 'glslsandbox.sqlite');
      await http.download(o.url!, dest, { signal, maxBodyBytes: o.maxDumpBytes });
      return dest;
    })().catch((err) => { local = undefined; throw err; });
    return local;
  }

  async function fetchPage(cursor: Cursor | null, ctx: FetchContext): Promise<Page> {
    const afterId = cursorNumber(cursor, 'afterId', -1);
    const afterVersion = cursorNumber(cursor, 'afterVersion', -1);
    const path = await file(ctx.signal);
    let db: Database.Database;
    try {
      // Loaded on first use: a native module, external to the one-file CLI bundle (scripts/bundle.mjs).
      const { default: Sqlite } = await import('better-sqlite3');
      db = new Sqlite(path, { readonly: true, fileMustExist: true });
    } catch (err) {
      throw new SourceError('bad-input', `cannot open the GLSL Sandbox dump ${path}: ${(err as Error).message}`, { field: 'path', cause: err });
    }
    try {
      const cols = (db.prepare(`SELECT name FROM pragma_table_info('code')`).all() as Array<{ name: string }>).map((c) => c.name);
      const missing = ['id', 'version', 'code'].filter((c) => !cols.includes(c));
      if (missing.length) throw new SourceError('bad-input', `the dump has no usable \`code\` table (missing ${missing.join(', ')})`, { field: 'path' });
      const opt = (c: string) => (cols.includes(c) ? c : `NULL AS ${c}`);
      let rows: Array<{ id: number; version: number; code: string | null; user: string | null; parent: string | null; created: string | null }>;
      try {
        rows = db.prepare(`SELECT id, version, code, ${opt('user')}, ${opt('parent')}, ${opt('created')} FROM code
          WHERE id > ? OR (id = ? AND version > ?) ORDER BY id, version LIMIT ?`).all(afterId, afterId, afterVersion, ctx.limit) as typeof rows;
      } catch (err) {
        throw new SourceError('bad-input', `cannot read the GLSL Sandbox dump ${path}: ${(err as Error).message}`, { field: 'path', cause: err });
      }
      const items: RawItem[] = [];
      const skipped: Skipped[] = [];
      for (const r of rows) {
        if (typeof r.code !== 'string' || !r.code.trim()) skipped.push({ externalId: `${r.id}.${r.version}`, reason: 'empty-code' });
        else items.push({ ...toItem(o.id, root, r.id, r.version, { code: r.code, user: r.user ?? undefined, parent: r.parent ?? undefined, created: r.created }, o.defaultLicense) });
      }
      const last = rows.at(-1);
      return { items, skipped, nextCursor: rows.length < ctx.limit || !last ? null : { afterId: last.id, afterVersion: last.version } };
    } finally {
      db.close();
    }
  }

  return { id: o.id, kind: 'glslsandbox-dump', fetchPage };
}
