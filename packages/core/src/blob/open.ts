import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ShadertrainError } from '../errors.ts';
import { FileBlobStore } from './file.ts';
import { S3BlobStore } from './s3.ts';
import type { BlobStore } from './types.ts';

/**
 * A blob URL that cannot be used (`config`, field `BLOB_URL`: a deployment's mistake, so a 500 whose
 * message the API does not show); `input` is what was given.
 */
export class BlobUrlError extends ShadertrainError {
  constructor(readonly input: string, message: string) {
    super('config', message, { field: 'BLOB_URL' });
    this.name = 'BlobUrlError';
  }
}

/**
 * Opens a blob store from a URL:
 * - `file:///abs/dir` or a plain path → {@link FileBlobStore};
 * - `s3://bucket/prefix?endpoint=http://127.0.0.1:4569&region=us-east-1[&forcePathStyle=false]` →
 *   {@link S3BlobStore}. Credentials come from the standard AWS environment variables; with an
 *   `endpoint` and none set, dummy credentials are used (s3rver, MinIO dev setups).
 *
 * @example
 * const store = openBlobStore('s3://shadertrain-test/run1?endpoint=http://127.0.0.1:4569');
 */
export function openBlobStore(url: string, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): BlobStore {
  const s = url.trim();
  if (s === '') throw new BlobUrlError(url, 'blob URL is empty');
  if (s.startsWith('file://')) return new FileBlobStore(fileURLToPath(s));
  if (s.startsWith('s3://')) {
    let u: URL;
    try {
      u = new URL(s);
    } catch {
      throw new BlobUrlError(url, `blob URL ${JSON.stringify(url)} is not a valid s3://bucket/prefix URL`);
    }
    if (!u.hostname) throw new BlobUrlError(url, `blob URL ${JSON.stringify(url)} names no bucket`);
    const q = u.searchParams;
    for (const name of q.keys()) {
      if (!['endpoint', 'region', 'forcePathStyle'].includes(name)) {
        throw new BlobUrlError(url, `blob URL ${JSON.stringify(url)} has an unknown parameter "${name}" (endpoint, region, forcePathStyle)`);
      }
    }
    const endpoint = q.get('endpoint') ?? env.S3_ENDPOINT ?? undefined;
    if (endpoint) {
      try { new URL(endpoint); } catch { throw new BlobUrlError(url, `blob URL endpoint ${JSON.stringify(endpoint)} is not a URL`); }
    }
    const fps = q.get('forcePathStyle');
    if (fps !== null && fps !== 'true' && fps !== 'false') {
      throw new BlobUrlError(url, `blob URL forcePathStyle=${JSON.stringify(fps)} must be true or false`);
    }
    const hasEnvCreds = Boolean(env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY) || Boolean(env.AWS_PROFILE);
    return new S3BlobStore({
      bucket: u.hostname,
      prefix: decodeURIComponent(u.pathname.replace(/^\/+/, '')),
      endpoint,
      region: q.get('region') ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'us-east-1',
      forcePathStyle: fps === null ? undefined : fps === 'true',
      credentials: endpoint && !hasEnvCreds ? { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } : undefined,
    });
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(s)) {
    throw new BlobUrlError(url, `blob URL ${JSON.stringify(url)} has an unsupported scheme; use file://, s3:// or a directory path`);
  }
  return new FileBlobStore(isAbsolute(s) ? s : resolve(cwd, s));
}
