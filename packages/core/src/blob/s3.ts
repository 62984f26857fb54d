import {
  DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { PassThrough, Readable } from 'node:stream';
import { contentTypeFor, validateKey, validatePrefix } from './key.ts';
import type { BlobBody, BlobInfo, BlobStore } from './types.ts';

export interface S3BlobStoreOptions {
  bucket: string;
  /** Key prefix inside the bucket, e.g. `catalog/` (a trailing `/` is added if missing). */
  prefix?: string;
  /** Custom endpoint (MinIO, R2, s3rver). Path-style addressing is used when one is given. */
  endpoint?: string;
  region?: string;
  forcePathStyle?: boolean;
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  /** Bodies above this many bytes (and every stream) go through a multipart Upload. */
  multipartThreshold?: number;
  client?: S3Client;
}

function isNotFound(e: unknown): boolean {
  const err = e as { name?: string; $metadata?: { httpStatusCode?: number } };
  return err?.name === 'NoSuchKey' || err?.name === 'NotFound' || err?.$metadata?.httpStatusCode === 404;
}

const unquote = (etag: string | undefined) => (etag ?? '').replace(/^W\//, '').replace(/"/g, '');

/**
 * A blob store in an S3 bucket (AWS, R2, MinIO, s3rver). Checksums are computed only when the
 * service requires them: s3rver corrupts streamed uploads with the SDK's default trailing checksums.
 */
export class S3BlobStore implements BlobStore {
  readonly client: S3Client;
  readonly bucket: string;
  readonly prefix: string;
  private readonly threshold: number;

  /**
   * @example
   * const store = new S3BlobStore({ bucket: 'shadertrain', endpoint: 'http://127.0.0.1:4569', region: 'us-east-1' });
   * await store.put('manifests/s1.json', JSON.stringify({ programs: [] }));
   */
  constructor(opts: S3BlobStoreOptions) {
    if (!opts.bucket) throw new Error('S3BlobStore: bucket is required');
    this.bucket = opts.bucket;
    const p = opts.prefix ?? '';
    this.prefix = p === '' || p.endsWith('/') ? p.replace(/^\/+/, '') : `${p.replace(/^\/+/, '')}/`;
    this.threshold = opts.multipartThreshold ?? 8 * 1024 * 1024;
    const config: S3ClientConfig = {
      region: opts.region ?? 'us-east-1',
      endpoint: opts.endpoint,
      forcePathStyle: opts.forcePathStyle ?? Boolean(opts.endpoint),
      credentials: opts.credentials,
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    };
    this.client = opts.client ?? new S3Client(config);
  }

  private k(key: string): string {
    return this.prefix + validateKey(key);
  }

  async put(key: string, body: BlobBody, opts: { contentType?: string } = {}) {
    const Key = this.k(key);
    const ContentType = opts.contentType ?? contentTypeFor(key);
    if (typeof body === 'string' || body instanceof Uint8Array) {
      const bytes = typeof body === 'string' ? Buffer.from(body) : body;
      if (bytes.byteLength <= this.threshold) {
        const r = await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key, Body: bytes, ContentType, ContentLength: bytes.byteLength }));
        return { key, bytes: bytes.byteLength, etag: unquote(r.ETag) };
      }
      const r = await new Upload({ client: this.client, params: { Bucket: this.bucket, Key, Body: bytes, ContentType } }).done();
      return { key, bytes: bytes.byteLength, etag: unquote(r.ETag) };
    }
    // Streams: count bytes on the way through; Upload buffers parts and sends them (multipart above 5 MB).
    let bytes = 0;
    const counter = new PassThrough();
    counter.on('data', (c: Buffer) => { bytes += c.length; });
    const src = body instanceof Readable ? body : Readable.from(body as AsyncIterable<Uint8Array>);
    src.on('error', (e) => counter.destroy(e));
    src.pipe(counter);
    const r = await new Upload({ client: this.client, params: { Bucket: this.bucket, Key, Body: counter, ContentType } }).done();
    return { key, bytes, etag: unquote(r.ETag) };
  }

  async get(key: string): Promise<Uint8Array | null> {
    try {
      const r = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: this.k(key) }));
      return await r.Body!.transformToByteArray();
    } catch (e) {
      if (isNotFound(e)) return null;
      throw e;
    }
  }

  async stream(key: string) {
    try {
      const r = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: this.k(key) }));
      return {
        body: r.Body as Readable,
        bytes: Number(r.ContentLength ?? 0),
        etag: unquote(r.ETag),
        contentType: r.ContentType ?? contentTypeFor(key),
      };
    } catch (e) {
      if (isNotFound(e)) return null;
      throw e;
    }
  }

  async head(key: string): Promise<BlobInfo | null> {
    try {
      const r = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: this.k(key) }));
      return { bytes: Number(r.ContentLength ?? 0), etag: unquote(r.ETag), contentType: r.ContentType ?? contentTypeFor(key) };
    } catch (e) {
      if (isNotFound(e)) return null;
      throw e;
    }
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.k(key) }));
  }

  async *list(prefix: string): AsyncIterable<string> {
    validatePrefix(prefix);
    let ContinuationToken: string | undefined;
    do {
      const r = await this.client.send(new ListObjectsV2Command({ Bucket: this.bucket, Prefix: this.prefix + prefix, ContinuationToken }));
      for (const o of r.Contents ?? []) if (o.Key) yield o.Key.slice(this.prefix.length);
      ContinuationToken = r.IsTruncated ? r.NextContinuationToken : undefined;
    } while (ContinuationToken);
  }

  /**
   * @example
   * const url = await store.presign('checkpoints/run1/step100.pt', 3600);
   */
  async presign(key: string, expiresInSec: number): Promise<string> {
    return getSignedUrl(this.client, new GetObjectCommand({ Bucket: this.bucket, Key: this.k(key) }), { expiresIn: expiresInSec });
  }
}
