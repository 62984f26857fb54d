// A small in-process response cache for GET routes: an LRU keyed by path + query with a short TTL,
// cleared on every successful write. Responses carry an ETag; a matching If-None-Match gets a 304.
import type { MiddlewareHandler } from 'hono';

type Entry = { status: number; body: string; etag: string; type: string; cacheControl: string; expires: number };

/** FNV-1a (32 bit) over UTF-16 code units: cheap, good enough to tell two bodies apart in an ETag. */
export function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36) + s.length.toString(36);
}

export class ResponseCache {
  private readonly map = new Map<string, Entry>();
  constructor(readonly maxEntries = 2000, readonly ttlMs = 2000) {}

  get(key: string, now = Date.now()): Entry | undefined {
    const e = this.map.get(key);
    if (!e) return undefined;
    if (e.expires <= now) {
      this.map.delete(key);
      return undefined;
    }
    // Refresh recency: Map keeps insertion order, so re-insert moves it to the end.
    this.map.delete(key);
    this.map.set(key, e);
    return e;
  }

  set(key: string, e: Entry): void {
    this.map.delete(key);
    this.map.set(key, e);
    while (this.map.size > this.maxEntries) this.map.delete(this.map.keys().next().value!);
  }

  clear(): void {
    this.map.clear();
  }

  get size(): number {
    return this.map.size;
  }
}

const notModified = (inm: string | undefined, etag: string) =>
  inm !== undefined && inm.split(',').some((t) => t.trim().replace(/^W\//, '') === etag.replace(/^W\//, ''));

/**
 * ETag + Cache-Control for JSON GET responses, served from `cache` when one is given.
 * `maxAge` is what clients and CDNs may cache (seconds).
 */
export function cachedJson(cache: ResponseCache | null, maxAge = 2): MiddlewareHandler {
  const cacheControl = `public, max-age=${maxAge}, stale-while-revalidate=${maxAge * 5}`;
  return async (c, next) => {
    if (c.req.method !== 'GET') return next();
    const url = c.req.url;
    const key = url.slice(url.indexOf('/', url.indexOf('//') + 2));
    const hit = cache?.get(key);
    if (hit) {
      const headers = { etag: hit.etag, 'cache-control': hit.cacheControl, 'x-cache': 'hit' };
      if (notModified(c.req.header('if-none-match'), hit.etag)) return c.body(null, 304, headers);
      return c.body(hit.body, hit.status as 200, { ...headers, 'content-type': hit.type });
    }
    await next();
    const res = c.res;
    if (res.status !== 200 || !res.headers.get('content-type')?.startsWith('application/json')) return;
    const body = await res.text();
    const etag = `W/"${fnv1a(body)}"`;
    const type = res.headers.get('content-type')!;
    cache?.set(key, { status: 200, body, etag, type, cacheControl, expires: Date.now() + cache.ttlMs });
    const headers = new Headers(res.headers);
    headers.set('etag', etag);
    headers.set('cache-control', cacheControl);
    headers.set('x-cache', 'miss');
    c.res = undefined as unknown as Response; // hono: replacing a finalized response
    c.res = notModified(c.req.header('if-none-match'), etag) ? new Response(null, { status: 304, headers }) : new Response(body, { status: 200, headers });
  };
}
