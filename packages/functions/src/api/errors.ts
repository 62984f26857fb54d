// The one place where errors become HTTP responses: `{ error: { code, message, field? } }`.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ShadertrainError } from '@shadertrain/core/errors';

export type ErrorBody = { error: { code: string; message: string; field?: string } };

const CODES: Record<number, string> = {
  400: 'bad-input', 401: 'unauthorized', 403: 'forbidden', 404: 'not-found', 405: 'method-not-allowed',
  409: 'conflict', 413: 'too-large', 415: 'unsupported-media-type', 501: 'not-implemented',
};

/** Turns any thrown value into the JSON error response. Unknown errors are 500 without internals. */
export function errorResponse(err: unknown, c: Context): Response {
  let status = 500;
  let body: ErrorBody['error'] = { code: 'internal', message: 'internal error' };
  if (err instanceof ShadertrainError && err.code !== 'config') {
    status = err.status;
    body = { code: err.code, message: err.message, ...(err.field ? { field: err.field } : {}) };
  } else if (err instanceof HTTPException) {
    status = err.status;
    body = { code: CODES[status] ?? 'http-error', message: err.message || 'request failed' };
  } else {
    // Includes `config` errors (ConfigError, DatabaseConfigError, BlobUrlError): the deployment's
    // fault, and their messages may quote a secret, so they stay in the log.
    console.error('api: unhandled error', err);
  }
  return c.json({ error: body } satisfies ErrorBody, status as ContentfulStatusCode);
}

/** A typed API error; thrown by handlers and middleware, rendered by {@link errorResponse}. */
export const apiError = (code: string, message: string, field?: string, status?: number) =>
  new ShadertrainError(code, message, { field, status });
