// Test and benchmark data for the API: a small catalog (programs with sources and thumbnails, their
// provenance, a crawl, a snapshot, a run with metrics, checkpoints with evaluations), written blob
// first, then rows — the order the catalog uses.
import { createHash } from 'node:crypto';
import { PNG } from 'pngjs';
import type { BlobStore } from '@shadertrain/core/blob/types';
import type { Db } from '@shadertrain/core/db/client';
import {
  checkpoints, crawlRuns, evaluations, programs, provenance, snapshots, sources, trainingRuns,
} from '@shadertrain/core/db/schema/index';

export const FAMILIES = ['plasma', 'rings', 'kaleidoscope', 'noise'];
export const LICENSES = ['CC0-1.0', 'CC-BY-4.0', 'CC-BY-NC-SA-3.0'];

export const programBody = (i: number) =>
  `void mainImage(out vec4 fragColor, in vec2 fragCoord) {\n` +
  `    vec2 uv = fragCoord / iResolution.xy;\n` +
  `    float r = length(uv - 0.5) * ${(4 + (i % 7)).toFixed(1)};\n` +
  `    fragColor = vec4(0.5 + 0.5 * cos(iTime + r + vec3(0.0, 2.0, 4.0) + ${(i % 13).toFixed(1)}), 1.0);\n}\n`;
export const programId = (body: string) => createHash('sha256').update(body, 'utf8').digest('hex').slice(0, 20);

function png(i: number, size = 32): Uint8Array {
  const p = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) {
    const o = (y * size + x) * 4;
    p.data[o] = (x * 8 + i * 37) & 255; p.data[o + 1] = (y * 8 + i * 11) & 255; p.data[o + 2] = (i * 53) & 255; p.data[o + 3] = 255;
  }
  return new Uint8Array(PNG.sync.write(p));
}

export interface Seeded {
  programIds: string[];
  runId: string;
  snapshotId: string;
  checkpointIds: string[];
  checkpointBytes: Uint8Array;
}

/**
 * Seeds `count` programs (every 10th rejected, every 5th without a thumbnail) and one trained run.
 * `blobsFor` bounds blob writes: the first N programs get real source and thumbnail blobs.
 */
export async function seedCatalog(db: Db, blobs: BlobStore, opts: { count?: number; blobsFor?: number } = {}): Promise<Seeded> {
  const count = opts.count ?? 24;
  const blobsFor = Math.min(count, opts.blobsFor ?? count);
  await db.insert(sources).values([{ id: 'local', kind: 'local' }, { id: 'synth', kind: 'synth' }]).onConflictDoNothing();
  const base = Date.parse('2025-03-01T00:00:00Z');
  const rows = [];
  const prov = [];
  for (let i = 0; i < count; i++) {
    const body = programBody(i);
    const id = programId(body);
    const sourceKey = `programs/${id.slice(0, 2)}/${id}.glsl`;
    const thumbnailKey = i % 5 === 4 ? null : `thumbnails/${id.slice(0, 2)}/${id}-${createHash('sha256').update(png(i)).digest('hex').slice(0, 12)}.png`;
    if (i < blobsFor) {
      await blobs.put(sourceKey, body);
      if (thumbnailKey) await blobs.put(thumbnailKey, png(i));
    }
    const rejected = i % 10 === 9;
    rows.push({
      id, dialect: 'shadertoy', status: rejected ? ('rejected' as const) : ('valid' as const), rejectReason: rejected ? 'blank: constant output' : null,
      sourceKey, sourceBytes: body.length, thumbnailKey, family: FAMILIES[i % FAMILIES.length]!, title: `Program ${i}`, tags: ['test', `t${i % 3}`],
      stats: { colorfulness: (i % 10) / 10, entropy: 3 + (i % 5) / 2, edgeDensity: 0.1 }, features: { loops: i % 3 },
      createdAt: new Date(base + i * 1000), validatedAt: new Date(base + i * 1000 + 500),
    });
    prov.push({ programId: id, sourceId: i % 2 ? 'synth' : 'local', externalId: `ext-${i}`, url: `https://example.org/p/${i}`, author: `author ${i % 4}`, license: LICENSES[i % LICENSES.length]! });
  }
  for (let i = 0; i < rows.length; i += 500) {
    await db.insert(programs).values(rows.slice(i, i + 500)).onConflictDoNothing();
    await db.insert(provenance).values(prov.slice(i, i + 500)).onConflictDoNothing();
  }
  await db.insert(crawlRuns).values({ sourceId: 'local', status: 'succeeded', fetched: count, new: count, finishedAt: new Date(base + 99_000) });

  const snapshotId = 'snap-test';
  await blobs.put(`manifests/${snapshotId}.json`, JSON.stringify({ programs: rows.slice(0, 8).map((r) => r.id) }));
  await db.insert(snapshots).values({ id: snapshotId, manifestKey: `manifests/${snapshotId}.json`, programCount: 8, licenses: LICENSES, filter: { status: 'valid' } }).onConflictDoNothing();

  const runId = 'run-test';
  const metrics = Array.from({ length: 20 }, (_, s) => ({ step: (s + 1) * 10, loss: 5 * Math.exp(-s / 8) + 0.5, lr: 0.03 }));
  await db.insert(trainingRuns).values({
    id: runId, snapshotId, status: 'succeeded', config: { method: 'moco', backbone: 'resnet18' }, metrics,
    progress: { step: 200, of: 200 }, startedAt: new Date(base + 100_000), finishedAt: new Date(base + 200_000),
  }).onConflictDoNothing();
  const checkpointBytes = new Uint8Array(64 * 1024).map((_, k) => (k * 31) & 255);
  const sha = createHash('sha256').update(checkpointBytes).digest('hex');
  const checkpointIds: string[] = [];
  for (const step of [100, 200]) {
    const id = `${runId}-s${step}`;
    const blobKey = `checkpoints/${runId}/step${step}.pt`;
    await blobs.put(blobKey, checkpointBytes);
    await db.insert(checkpoints).values({ id, runId, snapshotId, step, blobKey, bytes: checkpointBytes.byteLength, sha256: sha, licenses: LICENSES, createdAt: new Date(base + 150_000 + step) }).onConflictDoNothing();
    checkpointIds.push(id);
    await db.insert(evaluations).values([
      { checkpointId: id, runId, dataset: 'fashion-mnist', protocol: 'linear', value: 0.6 + step / 1000 },
      { checkpointId: id, runId, dataset: 'fashion-mnist', protocol: 'knn', value: 0.55 + step / 1000 },
    ]).onConflictDoNothing();
  }
  await db.insert(evaluations).values([
    { checkpointId: null, runId, dataset: 'fashion-mnist', protocol: 'linear', value: 0.42 },
    { checkpointId: null, runId, dataset: 'fashion-mnist', protocol: 'knn', value: 0.38 },
  ]).onConflictDoNothing();
  return { programIds: rows.map((r) => r.id), runId, snapshotId, checkpointIds, checkpointBytes };
}
