import { CatalogInputError } from './errors.ts';

/** Keyset position: the sort value of the last item and its id (tie-breaker). Used by every paged list (repository and API reads). */
export type KeysetPosition = { v: string | number; id: string };

/** Encodes a keyset position as an opaque URL-safe cursor. */
export function encodeCursor(pos: KeysetPosition): string {
  return Buffer.from(JSON.stringify([pos.v, pos.id])).toString('base64url');
}

/** Decodes a cursor from {@link encodeCursor}; a malformed one throws a CatalogInputError('cursor'). */
export function decodeCursor(cursor: string): KeysetPosition {
  try {
    const pos = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(pos) && pos.length === 2) {
      const [v, id] = pos as unknown[];
      if ((typeof v === 'string' || typeof v === 'number') && typeof id === 'string') return { v, id };
    }
  } catch {}
  throw new CatalogInputError('cursor', `${JSON.stringify(cursor)} is not a cursor returned by a previous page`);
}

/** Checks a page size: an integer in [1, max]; undefined gives `fallback`. */
export function pageLimit(limit: number | undefined, fallback = 50, max = 500): number {
  if (limit === undefined) return fallback;
  if (!Number.isInteger(limit) || limit < 1 || limit > max) {
    throw new CatalogInputError('limit', `${limit} must be an integer between 1 and ${max}`);
  }
  return limit;
}
