import { createHash } from 'node:crypto';

/**
 * The content identity of a canonical program: the first 20 hex digits of SHA-256 of the body's
 * UTF-8 bytes. The same program from two sources gets the same id.
 *
 * @example
 * programId('void mainImage(out vec4 c, in vec2 p) { c = vec4(1.0); }\n') // -> 20 hex digits
 */
export function programId(body: string): string {
  if (typeof body !== 'string') throw new TypeError(`programId: body must be a string, got ${typeof body}`);
  return createHash('sha256').update(body, 'utf8').digest('hex').slice(0, 20);
}
