import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { ensureServices } from '../../../../tests/support/services.ts';
import { FileBlobStore } from './file.ts';
import { BlobUrlError, openBlobStore } from './open.ts';
import { S3BlobStore } from './s3.ts';
import { runBlobStoreContract } from './store.contract.ts';

const dirs: string[] = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const tmp = () => { const d = mkdtempSync(join(tmpdir(), 'st-blob-')); dirs.push(d); return d; };

runBlobStoreContract('FileBlobStore', () => new FileBlobStore(tmp()));
// Each test gets its own prefix in the shared test bucket.
runBlobStoreContract('S3BlobStore (s3rver)', () => {
  const u = new URL(ensureServices().s3Url);
  u.pathname = `/contract-${randomBytes(6).toString('hex')}`;
  return openBlobStore(u.toString());
}, { presign: true });

test('file store leaves no temp files behind', async () => {
  const d = tmp();
  const s = new FileBlobStore(d);
  await s.put('a/b.txt', 'x');
  assert.deepEqual(readdirSync(join(d, '.tmp')), []);
});

test('openBlobStore decodes file and s3 URLs, and names bad ones', () => {
  const f = openBlobStore('file:///tmp/st-x');
  assert.ok(f instanceof FileBlobStore && f.root === '/tmp/st-x');
  assert.equal((openBlobStore('rel/dir', {}, '/w') as FileBlobStore).root, '/w/rel/dir');
  const s = openBlobStore('s3://bucket/some/prefix?endpoint=http://127.0.0.1:4569&region=eu-west-1', {});
  assert.ok(s instanceof S3BlobStore);
  assert.equal(s.bucket, 'bucket');
  assert.equal(s.prefix, 'some/prefix/');
  for (const bad of ['', 'ftp://x/y', 's3://b/p?bogus=1', 's3://b/p?endpoint=notaurl', 's3://b/p?forcePathStyle=maybe']) {
    assert.throws(() => openBlobStore(bad, {}), (e: unknown) => e instanceof BlobUrlError && e.input === bad, bad);
  }
});
