/**
 * A local stand-in for the upstream services the crawl sources talk to (Shadertoy API, GLSL Sandbox,
 * twigl share data, git-hosted raw files), plus scripted faults per path.
 *
 * Only these services are faked, at their HTTP boundary; the sources run unchanged against it.
 *
 * @example
 * const server = await startReplayServer({ routes: { '/api/v1/shaders': [faults.rateLimited(1), 'pass'] } });
 * // first listing call answers 429 with Retry-After: 1, the next ones reach the fake Shadertoy
 * await server.close();
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import {
  SHADERTOY_KEY, shadertoyShaders, glslSandboxItems, twiglLinks, twiglSnapshots, rawFiles, manifestEntries, type StFixture,
} from './fixtures.ts';

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  /** Serialized as JSON with `content-type: application/json`. */
  json?: unknown;
  body?: string | Uint8Array;
  /** Wait this long before answering (client timeouts). */
  delayMs?: number;
  /** Send only the first N bytes of the body, with a matching Content-Length (a cut-off JSON document). */
  truncateAt?: number;
  /** Stream this many bytes of filler (chunked unless `declareLength`), stopping when the client goes away. */
  gigantic?: { bytes: number; declareLength?: boolean };
  /** Destroy the socket instead of answering (connection reset). */
  destroy?: boolean;
  /** Take status, headers and body from the fake sites, then apply this reply's other fields (delay, truncation). */
  site?: boolean;
}

export interface HitContext { req: IncomingMessage; url: URL; hit: number }
/** `'pass'` hands the request to the built-in fake sites. A list is played in order; its last entry repeats. */
export type Script = Reply | 'pass' | Array<Reply | 'pass'> | ((ctx: HitContext) => Reply | 'pass');

export interface ReplayFixtures {
  /** Scripted answers by path (`/api/v1/shaders`) or path with query (`/item/1.0?x=1`), checked before the sites. */
  routes?: Record<string, Script>;
  /** Extra static files (path → content), e.g. a database dump. */
  files?: Record<string, string | Uint8Array>;
  shadertoy?: { key?: string; shaders?: StFixture[] };
  glslSandbox?: Record<string, { code: string; user: string; parent: string }>;
}

export interface Hit { method: string; path: string; search: string; status: number; at: number }

export interface ReplayServer {
  url: string;
  hits: Hit[];
  /** Hits whose path equals `path` (or starts with it when it ends in `*`). */
  count(path: string): number;
  /** Replaces or adds a scripted route while running. */
  script(path: string, script: Script): void;
  close(): Promise<void>;
}

/** Ready-made faults. */
export const faults = {
  status: (status: number, body = `HTTP ${status}`): Reply => ({ status, body, headers: { 'content-type': 'text/plain' } }),
  rateLimited: (retryAfterS: number): Reply => ({ status: 429, body: 'Too Many Requests', headers: { 'retry-after': String(retryAfterS), 'content-type': 'text/plain' } }),
  /** The site's answer, late. */
  slow: (delayMs: number): Reply => ({ site: true, delayMs }),
  truncatedJson: (value: unknown, keep = 0.6): Reply => { const s = JSON.stringify(value); return { json: value, truncateAt: Math.floor(s.length * keep) }; },
  challenge: (status = 200): Reply => ({
    status, headers: { 'content-type': 'text/html; charset=UTF-8' },
    body: '<!DOCTYPE html><html><head><title>Just a moment...</title></head><body><div id="challenge-form">Checking your browser before accessing the site. Enable JavaScript and cookies to continue.</div><script src="/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1"></script></body></html>',
  }),
  gigantic: (bytes = 64 * 1024 * 1024, declareLength = false): Reply => ({ gigantic: { bytes, declareLength } }),
  shadertoyError: (message = 'Invalid key'): Reply => ({ json: { Error: message } }),
  reset: (): Reply => ({ destroy: true }),
};

export async function startReplayServer(fixtures: ReplayFixtures = {}): Promise<ReplayServer> {
  const routes = new Map<string, Script>(Object.entries(fixtures.routes ?? {}));
  const routeHits = new Map<string, number>();
  const hits: Hit[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const sockets = new Set<Socket>();
  const stKey = fixtures.shadertoy?.key ?? SHADERTOY_KEY;
  const stShaders = fixtures.shadertoy?.shaders ?? shadertoyShaders;
  const sandbox = fixtures.glslSandbox ?? glslSandboxItems;
  let base = '';

  const files = new Map<string, string | Uint8Array>(Object.entries(rawFiles));
  for (const [k, v] of Object.entries(fixtures.files ?? {})) files.set(k, v);

  function site(url: URL): Reply {
    const p = url.pathname;
    // --- Shadertoy API ---
    if (p.startsWith('/api/v1/shaders')) {
      if (url.searchParams.get('key') !== stKey) return { json: { Error: 'Invalid key' } };
      const page = (ids: string[]): Reply => {
        const from = Number(url.searchParams.get('from') ?? 0);
        const num = url.searchParams.has('num') ? Number(url.searchParams.get('num')) : ids.length;
        const results = ids.slice(from, from + num);
        return { json: results.length ? { Shaders: ids.length, Results: results } : { Shaders: ids.length } };
      };
      if (p === '/api/v1/shaders') return page(stShaders.map((s) => s.id));
      const q = /^\/api\/v1\/shaders\/query\/(.+)$/.exec(p);
      if (q) {
        const term = decodeURIComponent(q[1]).toLowerCase();
        return page(stShaders.filter((s) => JSON.stringify((s.Shader as { info?: unknown })?.info ?? '').toLowerCase().includes(term)).map((s) => s.id));
      }
      const one = /^\/api\/v1\/shaders\/([A-Za-z0-9]+)$/.exec(p);
      if (one) {
        const s = stShaders.find((x) => x.id === one[1]);
        if (!s) return { json: { Error: 'Shader not found' } };
        return { json: s.Error ? { Error: s.Error } : { Shader: s.Shader } };
      }
    }
    // --- GLSL Sandbox ---
    const item = /^\/item\/(\d+)\.(\d+)$/.exec(p);
    if (item) {
      const it = sandbox[`${Number(item[1])}.${Number(item[2])}`];
      return it ? { json: it } : { status: 404, body: 'not found', headers: { 'content-type': 'text/plain' } };
    }
    // --- twigl data and raw files ---
    if (p === '/twigl/links.txt') return { body: twiglLinks.join('\n') + '\n', headers: { 'content-type': 'text/plain' } };
    if (p === '/twigl/links.json') return { json: twiglLinks };
    if (p === '/twigl/snapshots.json') return { json: twiglSnapshots };
    if (p === '/raw/manifest.json') return { json: manifestEntries(base) };
    const f = files.get(p);
    if (f !== undefined) return { body: f, headers: { 'content-type': typeof f === 'string' ? 'text/plain; charset=utf-8' : 'application/octet-stream' } };
    return { status: 404, body: '404: Not Found', headers: { 'content-type': 'text/plain' } };
  }

  function pick(req: IncomingMessage, url: URL): Reply {
    const key = routes.has(url.pathname + url.search) ? url.pathname + url.search : url.pathname;
    const script = routes.get(key);
    if (script === undefined) return site(url);
    const hit = routeHits.get(key) ?? 0;
    routeHits.set(key, hit + 1);
    let step: Reply | 'pass';
    if (typeof script === 'function') step = script({ req, url, hit });
    else if (Array.isArray(script)) step = script[Math.min(hit, script.length - 1)];
    else step = script;
    if (step === 'pass') return site(url);
    if (step.site) { const { site: _s, ...rest } = step; return { ...site(url), ...rest }; }
    return step;
  }

  function send(res: ServerResponse, reply: Reply): void {
    if (reply.destroy) { res.socket?.destroy(); return; }
    const headers: Record<string, string> = { ...reply.headers };
    if (reply.gigantic) {
      const { bytes, declareLength } = reply.gigantic;
      headers['content-type'] ??= 'application/json';
      if (declareLength) headers['content-length'] = String(bytes);
      res.writeHead(reply.status ?? 200, headers);
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      let sent = 0;
      const pump = () => {
        while (sent < bytes && !res.destroyed) {
          const n = Math.min(chunk.length, bytes - sent);
          sent += n;
          if (!res.write(n === chunk.length ? chunk : chunk.subarray(0, n))) { res.once('drain', pump); return; }
        }
        if (!res.destroyed) res.end();
      };
      res.on('close', () => { sent = bytes; });
      pump();
      return;
    }
    let body: Uint8Array;
    if (reply.json !== undefined) {
      headers['content-type'] ??= 'application/json';
      body = Buffer.from(JSON.stringify(reply.json));
    } else {
      body = typeof reply.body === 'string' ? Buffer.from(reply.body) : reply.body ?? Buffer.alloc(0);
    }
    if (reply.truncateAt !== undefined) body = body.subarray(0, reply.truncateAt);
    headers['content-length'] = String(body.byteLength);
    res.writeHead(reply.status ?? 200, headers);
    res.end(body);
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://replay');
    let reply: Reply;
    try { reply = pick(req, url); } catch (err) { reply = { status: 500, body: String(err) }; }
    hits.push({ method: req.method ?? 'GET', path: url.pathname, search: url.search, status: reply.destroy ? 0 : reply.status ?? 200, at: Date.now() });
    if (reply.delayMs) {
      const t = setTimeout(() => { timers.delete(t); if (!res.destroyed) send(res, reply); }, reply.delayMs);
      timers.add(t);
      res.on('close', () => { clearTimeout(t); timers.delete(t); });
    } else send(res, reply);
  });
  server.on('connection', (s) => { sockets.add(s); s.on('close', () => sockets.delete(s)); });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: base,
    hits,
    count(path) {
      return hits.filter((h) => (path.endsWith('*') ? h.path.startsWith(path.slice(0, -1)) : h.path === path)).length;
    },
    script(path, script) { routes.set(path, script); routeHits.delete(path); },
    async close() {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      for (const s of sockets) s.destroy();
      await closed;
    },
  };
}
