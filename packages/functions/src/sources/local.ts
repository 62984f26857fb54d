import { readFile, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontMatter } from '@shadertrain/core/program/frontmatter';
import { SourceError } from './errors.ts';
import { listFiles, listPage, type Outcome } from './list.ts';
import { nowIso, type Cursor, type FetchContext, type Page, type Source } from './types.ts';

export interface LocalOptions {
  id: string;
  /** The directory, e.g. `programs/`. */
  dir: string;
  recursive: boolean;
  extensions: string[];
  /** Files whose front matter names no license are skipped (`missing-license`) unless this is set. */
  defaultLicense?: string;
  /** Dialect when the front matter names none. Default `shadertoy`. */
  defaultDialect: string;
  /** Base for item URLs (e.g. the repository's blob URL); default a `file://` URL. */
  urlPrefix?: string;
  maxFileBytes: number;
  /** Only these paths (relative to `dir`), e.g. the files named on a command line. */
  only?: string[];
}

export const localDefaults = { id: 'local', dir: 'programs', recursive: true, extensions: ['.glsl'], defaultDialect: 'shadertoy', maxFileBytes: 1024 * 1024 } satisfies LocalOptions;

/**
 * A local directory of program files, each opening with a front-matter block comment
 * (`/*--- key: value ---*\/`, docs/architecture.md "Program files"). Cursor `{ index }` over the
 * sorted paths; externalId is the path relative to `dir`.
 */
export function localSource(options: Partial<LocalOptions> & { dir: string }): Source {
  const o = { ...localDefaults, ...options } satisfies LocalOptions;
  const exts = new Set(o.extensions.map((e) => e.toLowerCase()));

  async function read(path: string): Promise<Outcome> {
    const abs = resolve(join(o.dir, path));
    if ((await stat(abs)).size > o.maxFileBytes) return { skipped: { externalId: path, reason: 'file-too-large' } };
    const text = await readFile(abs, 'utf8');
    let fm: ReturnType<typeof parseFrontMatter>;
    try { fm = parseFrontMatter(text, path); } catch (err) { return { skipped: { externalId: path, reason: `bad-front-matter: ${(err as Error).message}` } }; }
    const d = fm.meta;
    const str = (k: string) => (typeof d[k] === 'string' && d[k] ? (d[k] as string) : undefined);
    const license = str('license') ?? o.defaultLicense;
    if (!license) return { skipped: { externalId: path, reason: 'missing-license' } };
    if (!fm.code.trim()) return { skipped: { externalId: path, reason: 'empty-code' } };
    return {
      item: {
        sourceId: o.id, externalId: path, url: o.urlPrefix ? `${o.urlPrefix}${path}` : pathToFileURL(abs).href,
        title: str('title') ?? basename(path, extname(path)), author: str('author'), license, dialectHint: str('dialect') ?? o.defaultDialect,
        code: fm.code, fetchedAt: nowIso(), meta: { path, ...Object.fromEntries(Object.entries(d).filter(([k]) => !['title', 'author', 'license', 'dialect'].includes(k))) },
      },
    };
  }

  async function fetchPage(cursor: Cursor | null, ctx: FetchContext): Promise<Page> {
    let files: string[];
    try {
      files = o.only ? [...o.only].sort() : (await listFiles(o.dir, o.recursive)).filter((p) => exts.has(extname(p).toLowerCase()));
    } catch (err) {
      throw new SourceError('bad-input', `cannot read the program directory ${o.dir}: ${(err as Error).message}`, { field: 'dir', cause: err });
    }
    return listPage(files, cursor, ctx, read, 4);
  }

  return { id: o.id, kind: 'local', fetchPage };
}
