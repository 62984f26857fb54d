import pRetry from 'p-retry';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { once } from 'node:events';
import { SourceError } from './errors.ts';

export interface HttpOptions {
  /** Minimum time between the starts of two requests of this client (polite crawling). Default 1000. */
  minIntervalMs: number;
  /** Retries after the first attempt for retryable failures (429, 5xx, timeouts, network, truncated). Default 4. */
  retries: number;
  /** First backoff delay; doubles per attempt, with full jitter, capped by `maxBackoffMs`. Default 500. */
  baseBackoffMs: number;
  maxBackoffMs: number;
  /** A `Retry-After` longer than this fails at once instead of waiting. Default 120 s. */
  maxRetryAfterMs: number;
  /** Per-request timeout covering headers and body. Default 20 s. */
  timeoutMs: number;
  /** Bodies larger than this are aborted with `body-too-large`. Default 8 MiB. */
  maxBodyBytes: number;
  userAgent: string;
  headers: Record<string, string>;
  /** Injected for tests; default the global (undici) fetch. */
  fetch: typeof fetch;
  /** Random source for jitter (tests pass a constant). */
  random: () => number;
}

export const defaultHttpOptions: HttpOptions = {
  minIntervalMs: 1000,
  retries: 4,
  baseBackoffMs: 500,
  maxBackoffMs: 30_000,
  maxRetryAfterMs: 120_000,
  timeoutMs: 20_000,
  maxBodyBytes: 8 * 1024 * 1024,
  userAgent: 'shadertrain-crawler/0.1 (+https://github.com/shadertrain)',
  headers: {},
  fetch: (...args) => globalThis.fetch(...args),
  random: Math.random,
};

export interface RequestOptions {
  signal?: AbortSignal;
  /** Overrides the client's body limit for this request (e.g. a database dump). */
  maxBodyBytes?: number;
  timeoutMs?: number;
  headers?: Record<string, string>;
  /** Write the body to this file instead of memory (see `download`). */
  sink?: string;
}

export interface HttpResponse {
  url: string;
  status: number;
  headers: Headers;
  body: Uint8Array;
}

/**
 * A polite HTTP client: one request start per `minIntervalMs`, retries with exponential backoff and
 * full jitter on 429/5xx/timeouts/network errors (honouring `Retry-After`), a timeout per request,
 * a cap on body size, and JSON parsing that tells HTML challenge pages and truncated bodies apart.
 * Failures are `SourceError`s with a code.
 *
 * p-retry drives the attempts and the abort signal; the delay between attempts is computed here
 * (its own backoff is set to zero) because p-retry 6 cannot take a per-attempt delay from a
 * `Retry-After` header.
 *
 * @example
 * const http = new HttpClient({ minIntervalMs: 500 });
 * const data = await http.getJson('https://example.org/api/items?page=2');
 */
export class HttpClient {
  readonly options: HttpOptions;
  private gate: Promise<void> = Promise.resolve();
  private lastStart = Number.NEGATIVE_INFINITY;

  constructor(options: Partial<HttpOptions> = {}) {
    this.options = { ...defaultHttpOptions, ...options } satisfies HttpOptions;
  }

  /** GET with retries; resolves only for 2xx answers. */
  async get(url: string, opts: RequestOptions = {}): Promise<HttpResponse> {
    const o = this.options;
    let retryAfterMs: number | undefined;
    const abortedError = (err: unknown) => (opts.signal?.aborted && !(err instanceof SourceError)
      ? new SourceError('aborted', `request aborted: ${redactUrl(url)}`, { url: redactUrl(url), cause: err })
      : err);
    return pRetry(async () => {
      try {
        return await this.once(url, opts);
      } catch (err) {
        retryAfterMs = err instanceof SourceError ? err.retryAfterMs : undefined;
        throw err;
      }
    }, {
      retries: o.retries,
      minTimeout: 0,
      maxTimeout: 0,
      randomize: false,
      signal: opts.signal,
      shouldRetry: (err) => err instanceof SourceError && err.retryable && (retryAfterMs ?? 0) <= o.maxRetryAfterMs,
      onFailedAttempt: async (err) => {
        if (err.retriesLeft <= 0 || !(err instanceof SourceError) || !err.retryable) return;
        if ((retryAfterMs ?? 0) > o.maxRetryAfterMs) return;
        const backoff = Math.min(o.maxBackoffMs, o.baseBackoffMs * 2 ** (err.attemptNumber - 1)) * o.random();
        await sleep(Math.max(retryAfterMs ?? 0, backoff), opts.signal);
      },
    }).catch((err: unknown) => { throw abortedError(err); });
  }

  /** GET a text body. An HTML page (a challenge, or a site page where a raw file was expected) is an error unless `allowHtml`. */
  async getText(url: string, opts: RequestOptions & { allowHtml?: boolean } = {}): Promise<string> {
    const res = await this.get(url, opts);
    const text = new TextDecoder().decode(res.body);
    if (!opts.allowHtml && isHtml(res.headers.get('content-type'), text)) {
      const challenge = looksLikeChallenge(text);
      throw new SourceError(challenge ? 'challenge-page' : 'unexpected-html', `${challenge ? 'challenge page' : 'HTML page'} instead of the expected file: ${redactUrl(url)}`, { url: redactUrl(url) });
    }
    return text;
  }

  /** GET and parse JSON; non-JSON answers become `not-json`/`challenge-page`, cut-off ones `truncated-json` (retried). */
  async getJson<T = unknown>(url: string, opts: RequestOptions = {}): Promise<T> {
    const o = this.options;
    // Truncated JSON is retried like a dropped connection: wrap the parse in the same retry loop.
    let attempts = 0;
    for (;;) {
      const res = await this.get(url, { ...opts, headers: { accept: 'application/json', ...opts.headers } });
      try {
        return parseJsonBody(res) as T;
      } catch (err) {
        if (err instanceof SourceError && err.retryable && attempts < o.retries) {
          attempts++;
          await sleep(Math.min(o.maxBackoffMs, o.baseBackoffMs * 2 ** (attempts - 1)) * o.random(), opts.signal);
          continue;
        }
        throw err;
      }
    }
  }

  /**
   * Streams a (large) body to a file, with the same retries, timeout and size cap (`maxBodyBytes`,
   * which callers usually raise for dumps). A failed attempt leaves no partial file behind.
   */
  async download(url: string, dest: string, opts: RequestOptions = {}): Promise<{ bytes: number }> {
    const res = await this.get(url, { ...opts, sink: dest });
    return { bytes: Number(res.headers.get('x-shadertrain-bytes') ?? res.body.byteLength) };
  }

  /** One attempt: waits for its slot, fetches with a timeout, reads the body within the size limit. */
  private async once(url: string, opts: RequestOptions): Promise<HttpResponse> {
    const o = this.options;
    await this.slot(opts.signal);
    const timeoutMs = opts.timeoutMs ?? o.timeoutMs;
    const maxBody = opts.maxBodyBytes ?? o.maxBodyBytes;
    const timer = new AbortController();
    const t = setTimeout(() => timer.abort(new SourceError('timeout', `no answer within ${timeoutMs} ms: ${redactUrl(url)}`, { url: redactUrl(url), retryable: true })), timeoutMs);
    const signal = opts.signal ? AbortSignal.any([opts.signal, timer.signal]) : timer.signal;
    try {
      let res: Response;
      try {
        res = await o.fetch(url, { signal, redirect: 'follow', headers: { 'user-agent': o.userAgent, ...o.headers, ...opts.headers } });
      } catch (err) {
        throw classify(err, url, timer.signal, opts.signal);
      }
      if (res.status < 200 || res.status > 299) {
        const body = await readBody(res, Math.min(maxBody, 64 * 1024), url, timer.signal, opts.signal, true);
        throw statusError(res, body, url);
      }
      const length = Number(res.headers.get('content-length') ?? NaN);
      if (Number.isFinite(length) && length > maxBody) {
        await res.body?.cancel().catch(() => {});
        throw new SourceError('body-too-large', `body of ${length} bytes exceeds the limit of ${maxBody}: ${redactUrl(url)}`, { url: redactUrl(url) });
      }
      if (opts.sink) {
        const bytes = await readToFile(res, maxBody, url, opts.sink, timer.signal, opts.signal);
        const headers = new Headers(res.headers);
        headers.set('x-shadertrain-bytes', String(bytes));
        return { url: res.url || url, status: res.status, headers, body: new Uint8Array() };
      }
      const body = await readBody(res, maxBody, url, timer.signal, opts.signal, false);
      return { url: res.url || url, status: res.status, headers: res.headers, body };
    } finally {
      clearTimeout(t);
    }
  }

  /** Polite rate limit: each request starts at least `minIntervalMs` after the previous one actually started. */
  private async slot(signal?: AbortSignal): Promise<void> {
    const prev = this.gate;
    let release!: () => void;
    this.gate = new Promise<void>((r) => { release = r; });
    try {
      await prev;
      const wait = this.lastStart + this.options.minIntervalMs - Date.now();
      if (wait > 0) await sleep(wait, signal);
      signal?.throwIfAborted();
      this.lastStart = Date.now();
    } finally {
      release();
    }
  }
}

/**
 * Passes the body to `sink` chunk by chunk and returns the bytes passed on. Past `max` bytes it
 * stops: with `truncate` after handing on the bytes up to the limit, otherwise with `body-too-large`.
 */
async function pumpBody(res: Response, max: number, url: string, timeout: AbortSignal, outer: AbortSignal | undefined,
  sink: (chunk: Uint8Array) => unknown, truncate = false): Promise<number> {
  if (!res.body) return 0;
  const reader = res.body.getReader();
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return total;
      if (total + value.byteLength > max) {
        await reader.cancel().catch(() => {});
        if (truncate) { await sink(value.subarray(0, max - total)); return max; }
        throw new SourceError('body-too-large', `body exceeds the limit of ${max} bytes: ${redactUrl(url)}`, { url: redactUrl(url) });
      }
      total += value.byteLength;
      await sink(value);
    }
  } catch (err) {
    throw classify(err, url, timeout, outer);
  }
}

async function readBody(res: Response, max: number, url: string, timeout: AbortSignal, outer: AbortSignal | undefined, truncateQuietly: boolean): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const total = await pumpBody(res, max, url, timeout, outer, (c) => chunks.push(c), truncateQuietly);
  const out = new Uint8Array(total);
  let off = 0;
  for (const c of chunks) { out.set(c, off); off += c.byteLength; }
  return out;
}

async function readToFile(res: Response, max: number, url: string, dest: string, timeout: AbortSignal, outer: AbortSignal | undefined): Promise<number> {
  const out = createWriteStream(dest);
  try {
    const total = await pumpBody(res, max, url, timeout, outer, async (c) => { if (!out.write(c)) await once(out, 'drain'); });
    out.end();
    await once(out, 'close');
    return total;
  } catch (err) {
    out.destroy();
    await rm(dest, { force: true });
    throw err;
  }
}

function classify(err: unknown, url: string, timeout: AbortSignal, outer?: AbortSignal): SourceError {
  if (err instanceof SourceError) return err;
  if (timeout.aborted && timeout.reason instanceof SourceError) return timeout.reason;
  if (outer?.aborted) return new SourceError('aborted', `request aborted: ${redactUrl(url)}`, { url: redactUrl(url), cause: err });
  const cause = (err as { cause?: { code?: string; message?: string } })?.cause;
  const detail = cause?.code ?? cause?.message ?? (err as Error)?.message ?? String(err);
  return new SourceError('network', `network error (${detail}): ${redactUrl(url)}`, { url: redactUrl(url), retryable: true, cause: err });
}

function statusError(res: Response, body: Uint8Array, url: string): SourceError {
  const status = res.status;
  const text = new TextDecoder().decode(body);
  if (isHtml(res.headers.get('content-type'), text) && looksLikeChallenge(text) && status !== 429 && status < 500) {
    return new SourceError('challenge-page', `challenge page (HTTP ${status}) instead of an API answer: ${redactUrl(url)}`, { url: redactUrl(url), upstreamStatus: status });
  }
  const retryable = status === 429 || status === 408 || status >= 500;
  return new SourceError('http-status', `HTTP ${status}: ${redactUrl(url)}`, {
    url: redactUrl(url), upstreamStatus: status, retryable, retryAfterMs: parseRetryAfter(res.headers.get('retry-after')),
  });
}

/** Parses a JSON body, telling an HTML (challenge) page, other non-JSON and a cut-off body apart. */
export function parseJsonBody(res: Pick<HttpResponse, 'url' | 'headers' | 'body'>): unknown {
  const text = new TextDecoder().decode(res.body).replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text);
  } catch (err) {
    const head = text.trimStart().slice(0, 200).replace(/\s+/g, ' ');
    if (isHtml(res.headers.get('content-type'), text)) {
      const challenge = looksLikeChallenge(text);
      return rethrow(new SourceError(challenge ? 'challenge-page' : 'not-json',
        `${challenge ? 'challenge page' : 'HTML page'} instead of JSON: ${redactUrl(res.url)} (${head.slice(0, 80)})`, { url: redactUrl(res.url), cause: err }));
    }
    const trimmed = text.trim();
    if (/^[[{]/.test(trimmed) && isEndOfInput(err, trimmed)) {
      return rethrow(new SourceError('truncated-json', `JSON ends early after ${res.body.byteLength} bytes: ${redactUrl(res.url)}`, { url: redactUrl(res.url), retryable: true, cause: err }));
    }
    return rethrow(new SourceError('not-json', `not JSON: ${redactUrl(res.url)} (${head.slice(0, 80)})`, { url: redactUrl(res.url), cause: err }));
  }
}

function rethrow(err: Error): never { throw err; }

function isEndOfInput(err: unknown, text: string): boolean {
  const msg = (err as Error)?.message ?? '';
  if (/end of (JSON )?input|Unterminated string|Expected .* after/.test(msg)) {
    // V8 says "Unexpected end of JSON input" or "... at position N" with N at the end of the text.
    return true;
  }
  const pos = /position (\d+)/.exec(msg);
  return pos !== null && Number(pos[1]) >= text.length - 1;
}

function isHtml(contentType: string | null, text: string): boolean {
  return (contentType ?? '').includes('html') || /^\s*<(!doctype|html|head|body|\?xml)/i.test(text);
}

/** Bot checks and challenge interstitials served in place of API answers. */
export function looksLikeChallenge(text: string): boolean {
  return /just a moment|checking your browser|cf-chl|challenge-platform|captcha|are you (a )?human|attention required|ddos protection/i.test(text);
}

export function parseRetryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  const secs = Number(value);
  if (Number.isFinite(secs)) return Math.max(0, secs * 1000);
  const at = Date.parse(value);
  return Number.isFinite(at) ? Math.max(0, at - Date.now()) : undefined;
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0) return signal?.aborted ? Promise.reject(signal.reason) : Promise.resolve();
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const t = setTimeout(() => { signal?.removeEventListener('abort', onAbort); resolve(); }, ms);
    const onAbort = () => { clearTimeout(t); reject(signal!.reason); };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Hides credentials in query strings (`key=`, `token=`, ...) before a URL goes into an error or log. */
export function redactUrl(url: string): string {
  return url.replace(/([?&](?:key|api_key|apikey|token|access_token|signature)=)[^&#]*/gi, '$1***');
}
