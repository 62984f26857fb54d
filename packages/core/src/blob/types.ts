import type { Readable } from 'node:stream';

export type BlobBody = Uint8Array | string | NodeJS.ReadableStream;
export interface BlobInfo { bytes: number; etag: string; contentType: string }

/**
 * Where the catalog keeps bytes: program sources, thumbnails, manifests, checkpoints.
 * Keys are `/`-separated relative paths (`programs/ab/abcd.glsl`); see {@link validateKey}.
 * `put` is atomic: a reader sees the old object, the new one, or none — never a partial one.
 */
export interface BlobStore {
  put(key: string, body: BlobBody, opts?: { contentType?: string }): Promise<{ key: string; bytes: number; etag: string }>;
  get(key: string): Promise<Uint8Array | null>;
  stream(key: string): Promise<({ body: Readable } & BlobInfo) | null>;
  head(key: string): Promise<BlobInfo | null>;
  /** Removes the object; removing a missing key is not an error. */
  delete(key: string): Promise<void>;
  /** Every key that starts with `prefix`, in lexicographic order. */
  list(prefix: string): AsyncIterable<string>;
  /** A time-limited GET URL (S3 only). */
  presign?(key: string, expiresInSec: number): Promise<string>;
}
