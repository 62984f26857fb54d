// One contract suite for every BlobStore (store.test.ts: FileBlobStore and S3BlobStore on s3rver).
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { describe, test } from 'node:test';
import { BlobKeyError } from './key.ts';
import type { BlobStore } from './types.ts';

async function readAll(r: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of r) chunks.push(Buffer.from(c));
  return Buffer.concat(chunks);
}
const md5 = (b: Uint8Array) => createHash('md5').update(b).digest('hex');

export function runBlobStoreContract(name: string, make: () => BlobStore | Promise<BlobStore>, opts: { presign?: boolean } = {}) {
  describe(`blob store contract: ${name}`, () => {
    test('put/get/head round-trip strings and bytes', async () => {
      const s = await make();
      const r = await s.put('programs/ab/x.glsl', 'void mainImage() {}');
      assert.equal(r.key, 'programs/ab/x.glsl');
      assert.equal(r.bytes, 19);
      assert.equal(Buffer.from((await s.get('programs/ab/x.glsl'))!).toString(), 'void mainImage() {}');
      const bin = new Uint8Array([0, 1, 2, 255, 254]);
      const r2 = await s.put('thumbs/x.png', bin, { contentType: 'image/png' });
      assert.deepEqual(await s.get('thumbs/x.png'), bin);
      const h = await s.head('thumbs/x.png');
      assert.equal(h?.bytes, 5);
      assert.equal(h?.contentType, 'image/png');
      assert.equal(h?.etag, r2.etag);
      assert.ok(r2.etag.length > 0);
    });

    test('missing keys: get/head/stream give null, delete is a no-op', async () => {
      const s = await make();
      assert.equal(await s.get('nope/x.bin'), null);
      assert.equal(await s.head('nope/x.bin'), null);
      assert.equal(await s.stream('nope/x.bin'), null);
      await s.delete('nope/x.bin');
    });

    test('overwrite replaces content and etag; delete removes', async () => {
      const s = await make();
      const a = await s.put('o/k.txt', 'first');
      const b = await s.put('o/k.txt', 'second!');
      assert.notEqual(a.etag, b.etag);
      assert.equal(Buffer.from((await s.get('o/k.txt'))!).toString(), 'second!');
      await s.delete('o/k.txt');
      assert.equal(await s.get('o/k.txt'), null);
    });

    test('streamed upload of a large body arrives intact, and streams back', async () => {
      const s = await make();
      const data = randomBytes(6 * 1024 * 1024 + 123); // > 5 MB: a multipart upload on S3
      const chunks = Array.from({ length: Math.ceil(data.length / 65536) }, (_, i) => data.subarray(i * 65536, (i + 1) * 65536));
      const r = await s.put('ckpt/big.pt', Readable.from(chunks));
      assert.equal(r.bytes, data.length);
      const got = await s.get('ckpt/big.pt');
      assert.equal(got?.length, data.length);
      assert.equal(md5(got!), md5(data));
      const st = await s.stream('ckpt/big.pt');
      assert.equal(st?.bytes, data.length);
      assert.equal(st?.contentType, 'application/octet-stream');
      assert.equal(md5(await readAll(st!.body)), md5(data));
    });

    test('a failing source stream leaves no object behind', async () => {
      const s = await make();
      const bad = new Readable({ read() { this.push(Buffer.alloc(1024)); this.destroy(new Error('source broke')); } });
      await assert.rejects(s.put('broken/x.bin', bad));
      assert.equal(await s.head('broken/x.bin'), null);
    });

    test('list returns keys under a prefix in order', async () => {
      const s = await make();
      for (const k of ['l/b/2.txt', 'l/a/1.txt', 'l/a/0.txt', 'l/ab.txt', 'other/z.txt']) await s.put(k, k);
      const all: string[] = [];
      for await (const k of s.list('l/')) all.push(k);
      assert.deepEqual(all, ['l/a/0.txt', 'l/a/1.txt', 'l/ab.txt', 'l/b/2.txt']);
      const partial: string[] = [];
      for await (const k of s.list('l/a')) partial.push(k);
      assert.deepEqual(partial, ['l/a/0.txt', 'l/a/1.txt', 'l/ab.txt']);
      const none: string[] = [];
      for await (const k of s.list('zzz/')) none.push(k);
      assert.deepEqual(none, []);
    });

    test('bad keys are rejected with a BlobKeyError naming the key', async () => {
      const s = await make();
      for (const k of ['', '/abs/x', '../x', 'a/../../x', 'a//b', 'a\\b', '.tmp/x', 'a/./b']) {
        await assert.rejects(s.put(k, 'x'), (e: unknown) => e instanceof BlobKeyError && e.key === k, `key ${JSON.stringify(k)}`);
      }
      await assert.rejects(s.get('../x'), BlobKeyError);
    });

    if (opts.presign) {
      test('presigned GET URL downloads the object', async () => {
        const s = await make();
        await s.put('p/x.txt', 'presigned!');
        const url = await s.presign!('p/x.txt', 60);
        const res = await fetch(url);
        assert.equal(res.status, 200);
        assert.equal(await res.text(), 'presigned!');
      });
    }
  });
}
