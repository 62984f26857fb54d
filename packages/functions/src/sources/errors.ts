import { ShadertrainError } from '@shadertrain/core/errors';

/**
 * What went wrong talking to an upstream source. Codes:
 * - `http-status`: a non-2xx answer (`upstreamStatus` says which) — `http-404` in skip reasons
 * - `timeout`: no complete answer within the per-request timeout
 * - `network`: connection refused/reset, socket closed mid-body
 * - `body-too-large`: the body exceeded `maxBodyBytes` and was aborted
 * - `not-json`: a 2xx answer that is not JSON (an HTML page, plain text)
 * - `challenge-page`: an HTML bot-check / challenge page instead of the API answer
 * - `unexpected-html`: an HTML page where a raw text file was expected (e.g. a repository's blob page)
 * - `truncated-json`: JSON that ends early
 * - `api-error`: the API answered with its own error object (Shadertoy `{"Error": "..."}`)
 * - `bad-input`: a malformed source option, cursor, metadata file or record
 * - `aborted`: the caller's signal fired
 */
export type SourceErrorCode =
  | 'http-status' | 'timeout' | 'network' | 'body-too-large' | 'not-json' | 'challenge-page'
  | 'unexpected-html' | 'truncated-json' | 'api-error' | 'bad-input' | 'aborted';

export class SourceError extends ShadertrainError {
  declare readonly code: SourceErrorCode;
  readonly url?: string;
  readonly upstreamStatus?: number;
  /** Worth another attempt (429, 5xx, timeouts, network errors, truncated bodies). */
  readonly retryable: boolean;
  /** From a `Retry-After` header, when the server sent one. */
  readonly retryAfterMs?: number;
  constructor(code: SourceErrorCode, message: string, opts: {
    url?: string; upstreamStatus?: number; retryable?: boolean; retryAfterMs?: number; field?: string; cause?: unknown;
  } = {}) {
    super(code, message, { field: opts.field, cause: opts.cause, status: code === 'bad-input' ? 400 : 502 });
    this.name = 'SourceError';
    this.url = opts.url;
    this.upstreamStatus = opts.upstreamStatus;
    this.retryable = opts.retryable ?? false;
    this.retryAfterMs = opts.retryAfterMs;
  }

  /** Short reason for a `Skipped` record: `http-404`, `api-error: Shader not found`, `body-too-large`. */
  get reason(): string {
    if (this.code === 'http-status') return `http-${this.upstreamStatus}`;
    if (this.code === 'api-error') return `api-error: ${this.message}`;
    return this.code;
  }
}

/**
 * Errors that concern one item only and are not worth retrying later (404/410, other 4xx except
 * 408/429, too-large bodies, an API "not found"): a source records them as skipped and moves on.
 * Everything else (challenge pages, timeouts, 5xx after retries, bad keys) fails the page so
 * that the cursor does not move past items that could still be read.
 */
export function isItemLevel(err: unknown): err is SourceError {
  if (!(err instanceof SourceError)) return false;
  if (err.code === 'body-too-large' || err.code === 'unexpected-html') return true;
  if (err.code === 'http-status') {
    const s = err.upstreamStatus ?? 0;
    return s >= 400 && s < 500 && s !== 408 && s !== 429 && s !== 401 && s !== 403;
  }
  return false;
}

/** Runs one item's fetch; item-level failures become `{ skipped: reason }`, the rest propagate. */
export async function orSkip<T>(fn: () => Promise<T>): Promise<{ value: T } | { skipped: string }> {
  try {
    return { value: await fn() };
  } catch (err) {
    if (isItemLevel(err)) return { skipped: err.reason };
    throw err;
  }
}
