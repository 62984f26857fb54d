import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { randomBytes } from 'node:crypto';
import { contentTypeFor, validateKey, validatePrefix } from './key.ts';
import type { BlobBody, BlobInfo, BlobStore } from './types.ts';

/**
 * A blob store in a local directory. Writes go to `<root>/.tmp/`, are fsynced, then renamed into
 * place (atomic on one filesystem), so a crash never leaves a partial object under its key.
 * Content types come from the key's extension (no sidecar files); etags from inode, size and mtime.
 */
export class FileBlobStore implements BlobStore {
  constructor(readonly root: string) {}

  private path(key: string): string {
    return join(this.root, ...validateKey(key).split('/'));
  }

  private static etag(s: { ino: bigint; size: bigint; mtimeNs: bigint }): string {
    return `${s.ino.toString(16)}-${s.size.toString(16)}-${s.mtimeNs.toString(16)}`;
  }

  private async info(key: string): Promise<(BlobInfo & { path: string }) | null> {
    const path = this.path(key);
    try {
      const s = await stat(path, { bigint: true });
      if (!s.isFile()) return null;
      return { path, bytes: Number(s.size), etag: FileBlobStore.etag(s), contentType: contentTypeFor(key) };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'ENOTDIR') return null;
      throw e;
    }
  }

  /**
   * @example
   * const store = new FileBlobStore('/tmp/blobs');
   * await store.put('programs/ab/abcd.glsl', 'void mainImage(...) {}');
   */
  async put(key: string, body: BlobBody, _opts?: { contentType?: string }) {
    const path = this.path(key);
    const tmpDir = join(this.root, '.tmp');
    await mkdir(tmpDir, { recursive: true });
    const tmp = join(tmpDir, `${process.pid}-${randomBytes(8).toString('hex')}`);
    try {
      if (typeof body === 'string' || body instanceof Uint8Array) {
        const fh = await open(tmp, 'w');
        try {
          await fh.writeFile(body);
          await fh.sync();
        } finally {
          await fh.close();
        }
      } else {
        await pipeline(body as NodeJS.ReadableStream, createWriteStream(tmp));
        const fh = await open(tmp, 'r+');
        try { await fh.sync(); } finally { await fh.close(); }
      }
      await mkdir(dirname(path), { recursive: true });
      await rename(tmp, path);
    } catch (e) {
      await rm(tmp, { force: true });
      throw e;
    }
    const dir = await open(dirname(path), 'r');
    try { await dir.sync(); } finally { await dir.close(); }
    const info = await this.info(key);
    if (!info) throw new Error(`blob ${key} vanished right after it was written`);
    return { key, bytes: info.bytes, etag: info.etag };
  }

  async get(key: string): Promise<Uint8Array | null> {
    try {
      return new Uint8Array(await readFile(this.path(key)));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return null;
      throw e;
    }
  }

  async stream(key: string) {
    const info = await this.info(key);
    if (!info) return null;
    const { path, ...rest } = info;
    return { body: createReadStream(path) as Readable, ...rest };
  }

  async head(key: string): Promise<BlobInfo | null> {
    const info = await this.info(key);
    if (!info) return null;
    const { path: _p, ...rest } = info;
    return rest;
  }

  async delete(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }

  async *list(prefix: string): AsyncIterable<string> {
    validatePrefix(prefix);
    // Start at the deepest directory the prefix names, then filter by the full prefix.
    const slash = prefix.lastIndexOf('/');
    const start = slash < 0 ? this.root : join(this.root, ...prefix.slice(0, slash).split('/'));
    const keys: string[] = [];
    const walk = async (dir: string) => {
      let entries;
      try {
        entries = await readdir(dir, { withFileTypes: true });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'ENOTDIR') return;
        throw e;
      }
      for (const ent of entries) {
        const p = join(dir, ent.name);
        if (dir === this.root && ent.name === '.tmp') continue;
        if (ent.isDirectory()) await walk(p);
        else if (ent.isFile()) {
          const key = relative(this.root, p).split(sep).join('/');
          if (key.startsWith(prefix)) keys.push(key);
        }
      }
    };
    await walk(start);
    keys.sort();
    yield* keys;
  }
}
