import { extname } from 'node:path';
import { ShadertrainError } from '../errors.ts';

/** A blob key that cannot be used (`bad-input`, 400, exit 2); `key` is the offending input. */
export class BlobKeyError extends ShadertrainError {
  constructor(readonly key: string, problem: string) {
    super('bad-input', `blob key ${JSON.stringify(key)} ${problem}`, { field: 'key' });
    this.name = 'BlobKeyError';
  }
}

/**
 * Checks a blob key: non-empty, at most 1024 bytes, relative, `/`-separated, no empty, `.` or `..`
 * segments, no backslashes or control characters, not under the reserved `.tmp/` folder.
 *
 * @example
 * validateKey('programs/ab/abcdef.glsl'); // ok
 * validateKey('../etc/passwd');           // throws BlobKeyError
 */
export function validateKey(key: string): string {
  if (typeof key !== 'string' || key.length === 0) throw new BlobKeyError(String(key), 'is empty');
  if (Buffer.byteLength(key) > 1024) throw new BlobKeyError(key, 'is longer than 1024 bytes');
  if (key.startsWith('/')) throw new BlobKeyError(key, 'is absolute; keys are relative paths');
  if (/^[a-zA-Z]:/.test(key) || key.includes('\\')) throw new BlobKeyError(key, 'contains a backslash or drive letter');
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x1f\x7f]/.test(key)) throw new BlobKeyError(key, 'contains a control character');
  for (const seg of key.split('/')) {
    if (seg === '') throw new BlobKeyError(key, 'has an empty path segment');
    if (seg === '.' || seg === '..') throw new BlobKeyError(key, `has a "${seg}" segment`);
  }
  if (key.split('/')[0] === '.tmp') throw new BlobKeyError(key, 'is under the reserved .tmp/ folder');
  return key;
}

/** Checks a list prefix: like a key, but may be empty or end with `/`. */
export function validatePrefix(prefix: string): string {
  if (prefix === '') return prefix;
  validateKey(prefix.endsWith('/') ? prefix.slice(0, -1) : prefix);
  return prefix;
}

const TYPES: Record<string, string> = {
  '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.webp': 'image/webp',
  '.json': 'application/json', '.jsonl': 'application/x-ndjson', '.txt': 'text/plain; charset=utf-8',
  '.glsl': 'text/plain; charset=utf-8', '.frag': 'text/plain; charset=utf-8', '.html': 'text/html; charset=utf-8',
  '.gz': 'application/gzip', '.zip': 'application/zip',
};

/** The content type a key's extension implies (application/octet-stream if unknown). */
export function contentTypeFor(key: string): string {
  return TYPES[extname(key).toLowerCase()] ?? 'application/octet-stream';
}
