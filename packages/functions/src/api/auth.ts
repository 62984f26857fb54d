// Bearer-token check for write routes: 401 when the header is missing or malformed, 403 when wrong.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { apiError } from './errors.ts';

// Hash both sides first so that timingSafeEqual compares equal-length buffers and the token's
// length does not leak through an early return.
const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/**
 * @example
 * app.use('/api/v1/crawls', requireToken('s3cret'));
 */
export function requireToken(token: string | undefined): MiddlewareHandler {
  const expected = token ? digest(token) : null;
  return async (c, next) => {
    const header = c.req.header('authorization');
    if (!header) throw apiError('unauthorized', 'this route needs "Authorization: Bearer <token>"', 'authorization');
    const m = /^Bearer ([\x21-\x7e]{1,512})$/.exec(header);
    if (!m) throw apiError('unauthorized', 'the Authorization header must be "Bearer <token>"', 'authorization');
    if (!expected) throw apiError('unauthorized', 'writes are disabled: the server has no API token configured (SHADERTRAIN_API_TOKEN)', 'authorization');
    if (!timingSafeEqual(digest(m[1]!), expected)) throw apiError('forbidden', 'the bearer token is not valid', 'authorization');
    await next();
  };
}
