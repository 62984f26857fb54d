// AWS Lambda entry for the validation queue (infra/crawl.ts): an SQS batch of
// `{ "programId": "…" }` messages → validateBatch → partial-batch failure report, so only the
// messages that could not be processed come back (a poisoned program is quarantined, not retried).
import type { ValidateMessage } from '../jobs/queue.ts';
import { openJobContext, type JobContext } from '../jobs/resources.ts';
import { openRenderers } from '../jobs/render.ts';
import { validateBatch, type Renderer } from '../jobs/validate.ts';

export interface SqsRecord { messageId: string; body: string; [k: string]: unknown }
export interface SqsEvent { Records: SqsRecord[] }
export interface SqsBatchResponse { batchItemFailures: Array<{ itemIdentifier: string }> }

export interface ValidateHandlerDeps {
  open: () => Promise<JobContext>;
  /** Kept across invocations of a warm container: the render server stays up. */
  renderer: () => Promise<Renderer>;
}

export function parseMessage(body: string): string | null {
  try {
    const m = JSON.parse(body) as Partial<ValidateMessage>;
    return typeof m.programId === 'string' && /^[0-9a-f]{20}$/.test(m.programId) ? m.programId : null;
  } catch {
    return null;
  }
}

let warm: Promise<JobContext> | undefined;
let warmRenderer: Promise<Renderer> | undefined;
const defaults: ValidateHandlerDeps = {
  open: () => (warm ??= openJobContext()),
  renderer: () => (warmRenderer ??= Promise.resolve(openRenderers({ device: process.env.SHADERTRAIN_RENDER_DEVICE ?? 'cpu', deadlineMs: Number(process.env.SHADERTRAIN_RENDER_DEADLINE_MS ?? 10_000) })[0]!)),
};

/** The handler, with its dependencies injectable (tests). */
export function createValidateHandler(deps: Partial<ValidateHandlerDeps> = {}) {
  const d = { ...defaults, ...deps };
  return async (event: SqsEvent): Promise<SqsBatchResponse> => {
    const failures: Array<{ itemIdentifier: string }> = [];
    const byId = new Map<string, string[]>();
    for (const r of event.Records) {
      const id = parseMessage(r.body);
      // A malformed message can never succeed: report it, so the queue's redrive policy parks it in the DLQ.
      if (!id) { failures.push({ itemIdentifier: r.messageId }); continue; }
      byId.set(id, [...(byId.get(id) ?? []), r.messageId]);
    }
    if (byId.size === 0) return { batchItemFailures: failures };
    let result;
    try {
      const [ctx, render] = await Promise.all([d.open(), d.renderer()]);
      result = await validateBatch([...byId.keys()], { catalog: ctx.catalog, blobs: ctx.blobs, render });
    } catch (err) {
      // Nothing could run (database, renderer): every message comes back.
      console.error(JSON.stringify({ event: 'validate-batch-error', message: (err as Error).message }));
      return { batchItemFailures: event.Records.map((r) => ({ itemIdentifier: r.messageId })) };
    }
    for (const id of result.failures) for (const m of byId.get(id) ?? []) failures.push({ itemIdentifier: m });
    console.log(JSON.stringify({ event: 'validate-batch', ...result.counts, poisoned: result.outcomes.filter((o) => o.status === 'quarantined').map((o) => `${o.id}:${o.reason}`) }));
    return { batchItemFailures: failures };
  };
}

export const handler = createValidateHandler();
