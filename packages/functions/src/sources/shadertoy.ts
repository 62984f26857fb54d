import pLimit from 'p-limit';
import { HttpClient, type HttpOptions } from './http.ts';
import { SourceError, orSkip } from './errors.ts';
import { SHADERTOY_DEFAULT_LICENSE, detectLicense, licenseFromTags } from './license.ts';
import { cursorNumber, nowIso, type Cursor, type FetchContext, type Page, type RawItem, type Skipped, type Source } from './types.ts';

export interface ShadertoyOptions {
  id: string;
  /** API and site root. Default `https://www.shadertoy.com`. */
  baseUrl: string;
  /** Shadertoy API key (required; from config). */
  apiKey: string;
  sort: 'newest' | 'popular' | 'love' | 'hot' | 'name';
  /** List `/api/v1/shaders/query/{query}` instead of all shaders. */
  query?: string;
  /** Ids asked per listing call (`num`). Default 25. */
  pageSize: number;
  /** Shader detail requests in flight at once (each still waits for the rate limit). Default 2. */
  concurrency: number;
  /** License when the description and tags state none. */
  defaultLicense: string;
  /** A shared client, or options for a new one. */
  http?: HttpClient | Partial<HttpOptions>;
}

export const shadertoyDefaults = {
  id: 'shadertoy', baseUrl: 'https://www.shadertoy.com', sort: 'newest', pageSize: 25, concurrency: 2, defaultLicense: SHADERTOY_DEFAULT_LICENSE,
} satisfies Omit<ShadertoyOptions, 'apiKey'>;

interface StInput { ctype?: string; channel?: number }
interface StPass { name?: string; type?: string; code?: string; inputs?: StInput[]; outputs?: unknown[] }
interface StShader { ver?: string; info?: { id?: string; date?: string; viewed?: number; name?: string; username?: string; description?: string; likes?: number; published?: number; flags?: number; tags?: string[] }; renderpass?: StPass[] }

/**
 * Shadertoy API source. Cursor `{ from }`: the offset into the listing (`sort=newest` by default).
 * Keeps single `image` passes without inputs; others are skipped with `multipass`,
 * `has-sound-pass`, `has-common-pass`, `uses-channel-input`, `no-image-pass`.
 *
 * @example
 * const src = shadertoySource({ apiKey: process.env.SHADERTOY_KEY! });
 * const page = await src.fetchPage(null, { limit: 25 });
 */
export function shadertoySource(options: Partial<ShadertoyOptions> & { apiKey: string }): Source {
  const o = { ...shadertoyDefaults, ...options } satisfies ShadertoyOptions;
  if (!o.apiKey) throw new SourceError('bad-input', 'shadertoy: an API key is required', { field: 'apiKey' });
  const http = o.http instanceof HttpClient ? o.http : new HttpClient(o.http);
  const root = o.baseUrl.replace(/\/+$/, '');
  const key = encodeURIComponent(o.apiKey);

  async function fetchPage(cursor: Cursor | null, ctx: FetchContext): Promise<Page> {
    const from = cursorNumber(cursor, 'from', 0);
    const num = Math.max(1, Math.min(o.pageSize, ctx.limit));
    const list = o.query ? `${root}/api/v1/shaders/query/${encodeURIComponent(o.query)}` : `${root}/api/v1/shaders`;
    const listing = await http.getJson<{ Shaders?: number; Results?: string[]; Error?: string }>(
      `${list}?key=${key}&sort=${o.sort}&from=${from}&num=${num}`, { signal: ctx.signal });
    if (listing && typeof listing === 'object' && 'Error' in listing) throw apiError(listing.Error, list);
    const ids = Array.isArray(listing?.Results) ? listing.Results.map(String) : [];
    const total = typeof listing?.Shaders === 'number' ? listing.Shaders : from + ids.length;

    const limit = pLimit(o.concurrency);
    const seen = new Set<string>();
    const results = await Promise.all(ids.map((id) => {
      if (seen.has(id)) return { id, skipped: 'duplicate-in-page' };
      seen.add(id);
      return limit(async () => ({ id, ...(await one(id, ctx.signal)) }));
    }));
    const items: RawItem[] = [];
    const skipped: Skipped[] = [];
    for (const r of results) {
      if ('item' in r && r.item) items.push(r.item);
      else skipped.push({ externalId: r.id, reason: (r as { skipped: string }).skipped });
    }
    const end = ids.length < num || from + ids.length >= total;
    return { items, skipped, nextCursor: end ? null : { from: from + ids.length } };
  }

  async function one(id: string, signal?: AbortSignal): Promise<{ item: RawItem } | { skipped: string }> {
    const url = `${root}/api/v1/shaders/${encodeURIComponent(id)}?key=${key}`;
    const res = await orSkip(() => http.getJson<{ Shader?: StShader; Error?: string }>(url, { signal }));
    if ('skipped' in res) return res;
    const got = res.value;
    if (got && typeof got === 'object' && 'Error' in got) {
      if (/key/i.test(String(got.Error))) throw apiError(got.Error, url); // every request would fail: stop the page
      return { skipped: `api-error: ${got.Error}` };
    }
    const shader = got?.Shader;
    if (!shader || !Array.isArray(shader.renderpass)) return { skipped: 'malformed-record' };
    const reason = rejectReason(shader.renderpass);
    if (reason) return { skipped: reason };
    const image = shader.renderpass[0];
    const info = shader.info ?? {};
    const license = detectLicense(info.description) ?? licenseFromTags(info.tags) ?? o.defaultLicense;
    const date = Number(info.date);
    return {
      item: {
        sourceId: o.id, externalId: id, url: `${root}/view/${id}`, title: info.name, author: info.username, license,
        dialectHint: 'shadertoy', code: image.code ?? '', fetchedAt: nowIso(),
        meta: {
          date: Number.isFinite(date) && date > 0 ? new Date(date * 1000).toISOString() : info.date,
          description: info.description, tags: info.tags ?? [], likes: info.likes, viewed: info.viewed,
          published: info.published, flags: info.flags, ver: shader.ver,
        },
      },
    };
  }

  return { id: o.id, kind: 'shadertoy', fetchPage };
}

/** Why a Shadertoy shader cannot be a catalog program, or `null` if it can (one image pass, no inputs). */
export function rejectReason(passes: StPass[]): string | null {
  const types = passes.map((p) => p.type ?? '');
  if (types.includes('sound')) return 'has-sound-pass';
  if (types.some((t) => t === 'buffer' || t === 'cubemap')) return 'multipass';
  if (types.includes('common')) return 'has-common-pass';
  const images = types.filter((t) => t === 'image').length;
  if (images === 0) return 'no-image-pass';
  if (passes.length > 1 || images > 1) return 'multipass';
  if ((passes[0].inputs ?? []).length > 0) return 'uses-channel-input';
  if (!passes[0].code?.trim()) return 'empty-code';
  return null;
}

function apiError(message: unknown, url: string): SourceError {
  return new SourceError('api-error', String(message ?? 'unknown error'), { url: url.replace(/key=[^&]*/, 'key=***') });
}
