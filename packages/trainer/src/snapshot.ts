// A snapshot is an immutable training set: a manifest (program ids, body blob keys, weights,
// families, licenses, sources) stored in the blob store under its content hash, then a row.
import { createHash } from 'node:crypto';
import type { BlobStore } from '@shadertrain/core/blob/types';
import type { SnapshotProgram } from '@shadertrain/core/catalog/snapshots';
import type { Snapshot } from '@shadertrain/core/db/schema/snapshots';
import { ShadertrainError } from '@shadertrain/core/errors';
import type { TrainerCatalog } from './catalog.ts';

/** Which programs a snapshot takes: valid ones, optionally filtered, optionally a seeded sample. */
export interface SnapshotFilter {
  licenses?: string[];
  sources?: string[];
  families?: string[];
  maxPrograms?: number;
  /** Seed of the sample taken when more than `maxPrograms` programs match (default 0). */
  seed?: number;
}

export interface ManifestProgram {
  id: string;
  /** Blob key of the canonical body. */
  key: string;
  weight: number;
  family: string | null;
  /** The license the program is used under (the first allowed one). */
  license: string;
  /** Every allowed license it was found under. */
  licenses: string[];
  source: string | null;
}

export interface SnapshotManifest {
  version: 1;
  filter: SnapshotFilter;
  licenses: string[];
  programs: ManifestProgram[];
}

export const manifestKey = (id: string) => `snapshots/${id}.json`;

const sha256 = (b: string | Uint8Array) => createHash('sha256').update(b).digest('hex');

/** The filter in a canonical form (sorted lists, no empty fields), so equal filters hash equally. */
export function canonicalFilter(f: SnapshotFilter): SnapshotFilter {
  const list = (v?: string[]) => (v?.length ? [...new Set(v)].sort() : undefined);
  if (f.maxPrograms !== undefined && (!Number.isInteger(f.maxPrograms) || f.maxPrograms < 1)) {
    throw new ShadertrainError('bad-input', 'maxPrograms must be a positive integer', { field: 'maxPrograms' });
  }
  const out: SnapshotFilter = {};
  const licenses = list(f.licenses), sources = list(f.sources), families = list(f.families);
  if (licenses) out.licenses = licenses;
  if (sources) out.sources = sources;
  if (families) out.families = families;
  if (f.maxPrograms !== undefined) {
    out.maxPrograms = f.maxPrograms;
    out.seed = f.seed ?? 0;
  }
  return out;
}

/**
 * A seeded sample of `n` candidates: the `n` smallest sha256(seed:id). It does not depend on the
 * order rows come back in, and growing the catalog changes the sample only where new ids rank.
 */
export function sampleCandidates<T extends { id: string }>(items: T[], n: number | undefined, seed = 0): T[] {
  if (n === undefined || items.length <= n) return [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return items
    .map((it) => ({ it, r: sha256(`${seed}:${it.id}`) }))
    .sort((a, b) => (a.r < b.r ? -1 : a.r > b.r ? 1 : 0))
    .slice(0, n)
    .map((x) => x.it)
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** The manifest for these candidates (deterministic: same programs and filter → same bytes). */
export function buildManifest(candidates: SnapshotProgram[], filter: SnapshotFilter): SnapshotManifest {
  const programs = candidates.map((c) => {
    const extra = c as SnapshotProgram & { sources?: string[]; weight?: number };
    const licenses = [...c.licenses].sort();
    return {
      id: c.id, key: c.sourceKey, family: c.family, license: licenses[0] ?? 'unknown', licenses,
      // Uniform weights unless the repository supplies one (the worker's 'weighted' sampling).
      weight: typeof extra.weight === 'number' && Number.isFinite(extra.weight) && extra.weight >= 0 ? extra.weight : 1,
      source: extra.sources?.[0] ?? (filter.sources?.length === 1 ? filter.sources[0]! : null),
    };
  });
  // The snapshot's (and its checkpoints') license set: every license any of its programs carries.
  return { version: 1, filter, licenses: [...new Set(programs.flatMap((p) => p.licenses))].sort(), programs };
}

export interface CreateSnapshotOptions {
  catalog: TrainerCatalog;
  blobs: BlobStore;
  filter?: SnapshotFilter;
}

export interface SnapshotResult {
  snapshot: Snapshot;
  manifest: SnapshotManifest;
  /** False when an identical snapshot already existed. */
  created: boolean;
}

/**
 * Selects programs and writes the snapshot: manifest blob first, then the row. Idempotent: the id
 * is the content hash of the manifest, so the same selection gives the same snapshot.
 *
 * @example
 * const { snapshot } = await createSnapshot({ catalog, blobs, filter: { licenses: ['CC0-1.0'], maxPrograms: 1000, seed: 1 } });
 */
export async function createSnapshot(opts: CreateSnapshotOptions): Promise<SnapshotResult> {
  const filter = canonicalFilter(opts.filter ?? {});
  const candidates = await opts.catalog.selectSnapshotPrograms({ licenses: filter.licenses, sources: filter.sources, families: filter.families });
  const chosen = sampleCandidates(candidates, filter.maxPrograms, filter.seed);
  if (chosen.length === 0) {
    throw new ShadertrainError('not-found', `no valid programs match the snapshot filter ${JSON.stringify(filter)}`, { field: 'filter' });
  }
  const manifest = buildManifest(chosen, filter);
  const text = JSON.stringify(manifest);
  const hash = sha256(text);
  const id = hash.slice(0, 20);
  const existing = await opts.catalog.getSnapshot(id);
  if (existing) return { snapshot: existing, manifest, created: false };
  const key = manifestKey(id);
  await opts.blobs.put(key, text, { contentType: 'application/json' });
  const snapshot = await opts.catalog.createSnapshot({
    id, manifestKey: key, manifestSha256: hash, filter: filter as Record<string, unknown>,
    programCount: manifest.programs.length, licenses: manifest.licenses,
  });
  return { snapshot, manifest, created: true };
}

/** Reads and checks a snapshot's manifest from the blob store. */
export async function readManifest(blobs: BlobStore, snapshot: Pick<Snapshot, 'id' | 'manifestKey' | 'manifestSha256'>): Promise<SnapshotManifest> {
  const bytes = await blobs.get(snapshot.manifestKey);
  if (!bytes) throw new ShadertrainError('not-found', `snapshot ${snapshot.id}: manifest ${snapshot.manifestKey} is missing from the blob store`);
  if (snapshot.manifestSha256 && sha256(bytes) !== snapshot.manifestSha256) {
    throw new ShadertrainError('conflict', `snapshot ${snapshot.id}: manifest ${snapshot.manifestKey} does not match its sha256`);
  }
  const m = JSON.parse(Buffer.from(bytes).toString('utf8')) as SnapshotManifest;
  if (!Array.isArray(m.programs)) throw new ShadertrainError('bad-input', `snapshot ${snapshot.id}: manifest has no programs list`);
  return m;
}
