// Test fixtures for the trainer: programs inserted through the catalog repository (bodies in the
// blob store first), a temporary home, and the fake worker's command.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BlobStore } from '@shadertrain/core/blob/types';
import { createCatalog } from '@shadertrain/core/catalog/repository';
import type { Db } from '@shadertrain/core/db/client';
import type { WorkerOverride } from '../run.ts';

export const FAKE_WORKER = fileURLToPath(new URL('./fake-worker.mjs', import.meta.url));

/** The fake worker as a worker override, playing `scenario` (see fake-worker.mjs). */
export function fakeWorker(scenario: 'ok' | 'crash' | 'error' | 'slow' | 'stubborn' = 'ok', env: NodeJS.ProcessEnv = {}): WorkerOverride {
  return { command: process.execPath, args: [FAKE_WORKER], env: { FAKE_WORKER_SCENARIO: scenario, ...env } };
}

/** A small valid Shadertoy-style body; `i` varies it. */
export const testBody = (i: number) =>
  `void mainImage(out vec4 fragColor, in vec2 fragCoord) {\n` +
  `    vec2 uv = fragCoord / iResolution.xy;\n` +
  `    float r = length(uv - 0.5) * ${(4 + i).toFixed(1)};\n` +
  `    fragColor = vec4(0.5 + 0.5 * cos(iTime + r + vec3(0.0, 2.0, 4.0) + ${i.toFixed(1)}), 1.0);\n}\n`;

export const bodyId = (body: string) => createHash('sha256').update(body, 'utf8').digest('hex').slice(0, 20);

export interface SeedSpec { body: string; license?: string; source?: string; family?: string; status?: 'valid' | 'rejected' | 'pending' }

/** Inserts programs as the ingest path does: body blob, program row, provenance, validation. */
export async function seedPrograms(db: Db, blobs: BlobStore, specs: SeedSpec[]): Promise<string[]> {
  const c = createCatalog(db);
  const ids: string[] = [];
  for (const s of specs) {
    const id = bodyId(s.body);
    const key = `programs/${id.slice(0, 2)}/${id}.glsl`;
    const source = s.source ?? 'local';
    await c.upsertSource({ id: source, kind: source });
    await blobs.put(key, s.body);
    await c.upsertProgram({ id, dialect: 'shadertoy', sourceKey: key, sourceBytes: Buffer.byteLength(s.body), family: s.family ?? 'rings' });
    await c.addProvenance({ programId: id, sourceId: source, externalId: `${source}-${id}`, license: s.license ?? 'CC0-1.0' });
    const status = s.status ?? 'valid';
    if (status !== 'pending') await c.setProgramValidation(id, { status, reason: status === 'rejected' ? 'blank: constant output' : null });
    ids.push(id);
  }
  return ids;
}

/** A temporary directory, removed by the returned function. */
export function tempHome(prefix = 'st-trainer-'): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
