// Materializes a snapshot for the worker: `<home>/cache/snapshots/<id>/` with `manifest.json`
// (the worker's format, data/manifest.py) and one `<programId>.glsl` per program. Built in a temp
// directory and renamed into place, so a directory that exists is complete and is reused.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pLimit from 'p-limit';
import type { BlobStore } from '@shadertrain/core/blob/types';
import { ShadertrainError } from '@shadertrain/core/errors';
import type { TrainerCatalog } from './catalog.ts';
import { readManifest, type SnapshotManifest } from './snapshot.ts';

export interface MaterializeOptions {
  catalog: Pick<TrainerCatalog, 'getSnapshot'>;
  blobs: BlobStore;
  /** `<home>`; the snapshot lands in `<home>/cache/snapshots/<id>/`. */
  home: string;
  snapshotId: string;
  /** Parallel blob downloads (default 16). */
  concurrency?: number;
}

export interface Materialized {
  dir: string;
  manifest: SnapshotManifest;
  /** False when a complete copy was already there. */
  downloaded: boolean;
}

export const snapshotCacheDir = (home: string, id: string) => join(home, 'cache', 'snapshots', id);

/**
 * @example
 * const { dir } = await materializeSnapshot({ catalog, blobs, home: cfg.home, snapshotId });
 * // dir/manifest.json + dir/<programId>.glsl
 */
export async function materializeSnapshot(opts: MaterializeOptions): Promise<Materialized> {
  const snapshot = await opts.catalog.getSnapshot(opts.snapshotId);
  if (!snapshot) throw new ShadertrainError('not-found', `snapshot ${opts.snapshotId} does not exist`, { field: 'snapshot' });
  const manifest = await readManifest(opts.blobs, snapshot);
  const dir = snapshotCacheDir(opts.home, snapshot.id);
  if (existsSync(join(dir, 'manifest.json'))) return { dir, manifest, downloaded: false };
  const parent = join(opts.home, 'cache', 'snapshots');
  await mkdir(parent, { recursive: true });
  const tmp = join(parent, `.tmp-${snapshot.id}-${process.pid}-${randomBytes(4).toString('hex')}`);
  await mkdir(tmp);
  try {
    const limit = pLimit(opts.concurrency ?? 16);
    await Promise.all(manifest.programs.map((p) => limit(async () => {
      const body = await opts.blobs.get(p.key);
      if (!body) throw new ShadertrainError('not-found', `snapshot ${snapshot.id}: program ${p.id} body ${p.key} is missing from the blob store`);
      await writeFile(join(tmp, `${p.id}.glsl`), body);
    })));
    const workerManifest = {
      snapshot: snapshot.id,
      programs: manifest.programs.map((p) => ({
        id: p.id, file: `${p.id}.glsl`, weight: p.weight, family: p.family, license: p.license, licenses: p.licenses, source: p.source,
      })),
    };
    await writeFile(join(tmp, 'manifest.json'), JSON.stringify(workerManifest, null, 1));
    try {
      await rename(tmp, dir);
    } catch (e) {
      // Another process finished first: its copy is as good as ours.
      if (!existsSync(join(dir, 'manifest.json'))) throw e;
      await rm(tmp, { recursive: true, force: true });
      return { dir, manifest, downloaded: false };
    }
  } catch (e) {
    await rm(tmp, { recursive: true, force: true });
    throw e;
  }
  return { dir, manifest, downloaded: true };
}
