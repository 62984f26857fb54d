// A small in-process response cache for GET routes: an LRU keyed by path + query, cleared on every
// successful write through this app. Responses carry an ETag; a matching If-None-Match gets a 304.
// Two lifetimes bound what writers elsewhere (crawl and validation workers, other API instances)
// can leave stale: lists and runs change often (short TTL); one program or one checkpoint by id
// changes rarely — a program's body is content-addressed, a checkpoint is written once — so only
// its status or evaluations can lag, by at most the item TTL.
//
// A hit is the API's hot path, so each entry keeps its response ready to send: the body as bytes
// and plain header objects with the content length. @hono/node-server writes a Response built from a
// Uint8Array and a plain object straight to the socket (writeHead + end), without Headers objects.
import type { MiddlewareHandler } from 'hono';

type Headers200 = Readonly<Record<'content-type' | 'content-length' | 'etag' | 'cache-control' | 'x-cache', string>>;
export type Entry = {
  body: Uint8Array<ArrayBuffer>;
  etag: string;
  /** Headers of a 200 hit and of a 304; shared by every response from this entry, so never mutated. */
  ok: Headers200;
  notModified: Readonly<Record<string, string>>;
  /** ms since the epoch; moved on by get() while one caller recomputes an expired entry. */
  expires: number;
  /** This entry's lifetime in ms (the cache's TTL or item TTL). */
  ttl: number;
};

/** FNV-1a (32 bit) over UTF-16 code units: cheap, good enough to tell two bodies apart in an ETag. */
export function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36) + s.length.toString(36);
}

const encoder = new TextEncoder();

/** A JSON body as a ready-to-send entry (the cache sets `expires` and `ttl`). */
export function jsonEntry(json: string, type: string, cacheControl: string): Omit<Entry, 'expires' | 'ttl'> {
  const body = encoder.encode(json);
  const etag = `W/"${fnv1a(json)}"`;
  return {
    body, etag,
    ok: { 'content-type': type, 'content-length': String(body.byteLength), etag, 'cache-control': cacheControl, 'x-cache': 'hit' },
    notModified: { etag, 'cache-control': cacheControl, 'x-cache': 'hit' },
  };
}

export class ResponseCache {
  private readonly map = new Map<string, Entry>();
  /** Bumped by clear(): a response computed before a write must not be stored after it. */
  private generation = 0;
  constructor(readonly maxEntries = 2000, readonly ttlMs = 2000, readonly itemTtlMs = 30_000) {}

  /**
   * The entry for `key`, or undefined when the caller should compute it. An expired entry goes to
   * one caller to recompute; until that caller's put() or delete(), for at most one more TTL, the
   * others keep getting the old one — so an expiry costs one query, not one per waiting request.
   */
  get(key: string, now = Date.now()): Entry | undefined {
    const e = this.map.get(key);
    if (!e) return undefined;
    if (e.expires <= now) {
      e.expires = now + e.ttl;
      return undefined;
    }
    // Refresh recency: Map keeps insertion order, so re-insert moves it to the end.
    this.map.delete(key);
    this.map.set(key, e);
    return e;
  }

  /** A token for {@link put}: take it before computing the response. */
  begin(): number {
    return this.generation;
  }

  /**
   * Stores an entry computed since `begin()`, unless a write cleared the cache meanwhile. It lives
   * between ¾ TTL and a TTL: entries filled together (at start, after a write) then expire at
   * different times, so their recomputation is spread out — on PGlite a query holds the event loop.
   */
  put(key: string, token: number, entry: Omit<Entry, 'expires' | 'ttl'>, now = Date.now(), ttl = this.ttlMs): void {
    if (token !== this.generation) return;
    this.map.delete(key);
    this.map.set(key, { ...entry, ttl, expires: now + ttl * (1 - Math.random() / 4) });
    while (this.map.size > this.maxEntries) this.map.delete(this.map.keys().next().value!);
  }

  delete(key: string): void {
    this.map.delete(key);
  }

  clear(): void {
    this.generation++;
    this.map.clear();
  }

  get size(): number {
    return this.map.size;
  }
}

/** If-None-Match matches the ETag (weak comparison, any of a list, or `*`). */
export function notModified(inm: string | undefined, etag: string): boolean {
  if (!inm) return false;
  if (inm === etag) return true;
  const tag = etag.replace(/^W\//, '');
  return inm.split(',').some((t) => { t = t.trim(); return t === '*' || t.replace(/^W\//, '') === tag; });
}

/** One program or one checkpoint by id (not their sub-resources, not lists): the item TTL. */
const ITEM = /^\/api\/v1\/(programs|checkpoints)\/[^/?]+$/;

/**
 * ETag + Cache-Control for JSON GET responses, served from `cache` when one is given.
 * `maxAge` is what clients and CDNs may cache (seconds). Put it after CORS (hits keep its headers)
 * and before anything a hit does not need: parameter validation, the catalog, body limits.
 */
export function cachedJson(cache: ResponseCache | null, maxAge = 2): MiddlewareHandler {
  const cacheControl = `public, max-age=${maxAge}, stale-while-revalidate=${maxAge * 5}`;
  return async (c, next) => {
    if (c.req.method !== 'GET') return next();
    const url = c.req.url;
    const key = url.slice(url.indexOf('/', url.indexOf('//') + 2));
    const hit = cache?.get(key);
    if (hit) {
      return notModified(c.req.header('if-none-match'), hit.etag)
        ? new Response(null, { status: 304, headers: hit.notModified })
        : new Response(hit.body, { status: 200, headers: hit.ok });
    }
    const token = cache?.begin() ?? 0;
    await next();
    const res = c.res;
    const type = res.headers.get('content-type');
    if (res.status !== 200 || !type?.startsWith('application/json')) {
      cache?.delete(key); // an expired entry whose refresh failed or vanished (404) must not be served again
      return;
    }
    const entry = jsonEntry(await res.text(), type, cacheControl);
    if (cache) cache.put(key, token, entry, Date.now(), ITEM.test(key) ? cache.itemTtlMs : cache.ttlMs);
    // The route's own headers (CORS among them) stay; the entry's replace content-type/length.
    const headers = new Headers(res.headers);
    for (const [k, v] of Object.entries(entry.ok)) headers.set(k, v);
    headers.set('x-cache', 'miss');
    const is304 = notModified(c.req.header('if-none-match'), entry.etag);
    if (is304) headers.delete('content-length');
    c.res = undefined as unknown as Response; // hono: replacing a finalized response
    c.res = new Response(is304 ? null : entry.body, { status: is304 ? 304 : 200, headers });
  };
}
