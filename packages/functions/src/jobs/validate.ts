// The validate job: pending program → render engine (compile, a few frames, statistics) →
// thumbnail PNG in the blob store (blob first) → `valid`, `rejected` (with the failed check) or
// `quarantined` (it hung or crashed the renderer: reason `timeout` / `crash`). Used by the CLI
// (`shadertrain validate --pending`) and by the SQS consumer (handlers/lambda-validate.ts).
import type { BlobStore } from '@shadertrain/core/blob/types';
import type { JobCatalog, ValidationRecord } from './catalog.ts';
import { thumbnailKey } from './keys.ts';

/**
 * The part of `RenderClient` (packages/core/src/render/client.ts, docs/architecture.md) that
 * validation uses. The client runs the untrusted program in a server process it can kill; a hang
 * or crash comes back as `{ ok: false, reason: 'timeout' | 'crash' }` and the client restarts.
 */
export interface Renderer {
  validate(body: string, opts?: { size?: number; frames?: number }): Promise<RenderValidation>;
  thumbnail(body: string, opts?: { size?: number; time?: number }): Promise<Uint8Array>;
}

export interface RenderValidation {
  ok: boolean;
  reason?: string;
  compileMs: number;
  frameMs: number[];
  stats?: Record<string, unknown>;
  renderer: { vendor: string; renderer: string; version: string };
  thumbnailPng?: Uint8Array;
}

export interface ValidateOptions {
  catalog: JobCatalog;
  blobs: BlobStore;
  /** One renderer, or several used side by side (one server process each). */
  render: Renderer | Renderer[];
  /** Programs rendered at once (default: the number of renderers). */
  concurrency?: number;
  size?: number;
  frames?: number;
  thumbnailSize?: number;
  onProgress?: (r: ValidationOutcome) => void;
}

export type ValidationOutcome =
  | { id: string; status: 'valid' | 'rejected' | 'quarantined'; reason: string | null; ms: number }
  /** Not pending any more (a duplicate queue message) or unknown: nothing to do. */
  | { id: string; status: 'skipped'; reason: 'not-pending' | 'not-found'; ms: number }
  /** Could not be processed (blob missing, renderer would not start, database error): retry later. */
  | { id: string; status: 'failed'; reason: string; ms: number };

export interface BatchResult {
  outcomes: ValidationOutcome[];
  /** Ids to hand back to the queue (status `failed`). */
  failures: string[];
  counts: Record<ValidationOutcome['status'], number>;
}

const defaults = { size: 64, frames: 4, thumbnailSize: 128 };

/** The program hung or crashed the renderer (now or in an earlier request of this client): never retried. */
const quarantine = (reason: string) => reason === 'timeout' || reason === 'crash' || reason.startsWith('quarantined');

/**
 * Validates the given programs; a poisoned program (hang, crash) is quarantined and the others go on.
 *
 * @example
 * const { failures } = await validateBatch(['3f2a…', '9b1c…'], { catalog, blobs, render });
 */
export async function validateBatch(ids: string[], options: ValidateOptions): Promise<BatchResult> {
  const o = { ...defaults, ...options };
  const renderers = Array.isArray(o.render) ? o.render : [o.render];
  if (renderers.length === 0) throw new TypeError('validateBatch: no renderer');
  const rows = new Map((await o.catalog.getPrograms([...new Set(ids)])).map((r) => [r.id, r]));
  const queue = [...new Set(ids)];
  const outcomes: ValidationOutcome[] = [];
  const lanes = Math.max(1, Math.min(o.concurrency ?? renderers.length, queue.length));
  // Each lane owns one renderer: a render server process answers one request at a time.
  await Promise.all(Array.from({ length: lanes }, async (_, lane) => {
    const render = renderers[lane % renderers.length]!;
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      const out = await validateOne(id, rows.get(id), render, o);
      outcomes.push(out);
      o.onProgress?.(out);
    }
  }));
  const counts = { valid: 0, rejected: 0, quarantined: 0, skipped: 0, failed: 0 };
  for (const x of outcomes) counts[x.status]++;
  return { outcomes, failures: outcomes.filter((x) => x.status === 'failed').map((x) => x.id), counts };
}

/**
 * Validates up to `limit` pending programs, oldest first.
 *
 * @example
 * const r = await validatePending({ catalog, blobs, render: new RenderClient({ device: 'cpu' }), limit: 500 });
 */
export async function validatePending(options: ValidateOptions & { limit?: number }): Promise<BatchResult> {
  const pending = await options.catalog.pendingPrograms(options.limit ?? 1000);
  return validateBatch(pending.map((p) => p.id), options);
}

async function validateOne(
  id: string,
  row: { sourceKey: string; status: string } | undefined,
  render: Renderer,
  o: ValidateOptions & typeof defaults,
): Promise<ValidationOutcome> {
  const t0 = performance.now();
  const ms = () => Math.round(performance.now() - t0);
  if (!row) return { id, status: 'skipped', reason: 'not-found', ms: ms() };
  if (row.status !== 'pending') return { id, status: 'skipped', reason: 'not-pending', ms: ms() };
  try {
    const bytes = await o.blobs.get(row.sourceKey);
    if (!bytes) return { id, status: 'failed', reason: `blob-missing: ${row.sourceKey}`, ms: ms() };
    const body = new TextDecoder().decode(bytes);
    const v = await render.validate(body, { size: o.size, frames: o.frames });
    const stats = { ...(v.stats ?? {}), compileMs: v.compileMs, frameMs: v.frameMs, renderer: v.renderer };
    let record: ValidationRecord;
    if (v.ok) {
      let png = v.thumbnailPng;
      let thumbError: string | undefined;
      if (!png) {
        try { png = await render.thumbnail(body, { size: o.thumbnailSize }); } catch (err) { thumbError = (err as Error).message; }
      }
      let key: string | null = null;
      if (png && png.byteLength > 0) {
        key = thumbnailKey(id);
        await o.blobs.put(key, png, { contentType: 'image/png' }); // blob first, then the row
      }
      record = { status: 'valid', rejectReason: null, stats: thumbError ? { ...stats, thumbnailError: thumbError } : stats, thumbnailKey: key };
    } else {
      const reason = v.reason ?? 'invalid';
      record = { status: quarantine(reason) ? 'quarantined' : 'rejected', rejectReason: reason, stats, thumbnailKey: null };
    }
    const done = await o.catalog.recordValidation(id, record);
    if (!done) return { id, status: 'skipped', reason: 'not-pending', ms: ms() };
    return { id, status: record.status, reason: record.rejectReason, ms: ms() };
  } catch (err) {
    return { id, status: 'failed', reason: (err as Error).message, ms: ms() };
  }
}
