// AWS Lambda entry for scheduled crawls (infra/crawl.ts: one Cron per source). The event names
// the source; without one, CRAWL_SOURCE / CRAWL_SOURCE_KIND / CRAWL_SOURCE_OPTIONS do.
import { crawl, type CrawlResult } from '../jobs/crawl.ts';
import { openJobContext, type JobContext } from '../jobs/resources.ts';
import { sourceFromSpec, type SourceSpec } from '../jobs/source-spec.ts';
import type { SourceKind } from '../sources/types.ts';

/** What the Cron passes (strings only: EventBridge input), merged over the scheduled-event fields. */
export interface CrawlEvent {
  source?: string;
  kind?: string;
  /** JSON text of the source's options. */
  options?: string;
  /** Per-run limit on upstream entries. */
  limit?: string | number;
  [k: string]: unknown;
}

export interface LambdaContext { getRemainingTimeInMillis?(): number; awsRequestId?: string }

/** Time left for committing the last page and closing the run. */
const SAFETY_MS = 30_000;

export function specFromEvent(event: CrawlEvent, env: NodeJS.ProcessEnv = process.env): SourceSpec & { limit?: number } {
  const id = event.source ?? env.CRAWL_SOURCE ?? '';
  const kind = (event.kind ?? env.CRAWL_SOURCE_KIND ?? id) as SourceKind;
  const options = event.options ?? env.CRAWL_SOURCE_OPTIONS;
  const rawLimit = event.limit ?? env.CRAWL_LIMIT;
  const limit = rawLimit === undefined || rawLimit === '' ? undefined : Number(rawLimit);
  return { id, kind, options, limit: Number.isFinite(limit) && limit! > 0 ? limit : undefined };
}

/** The handler, with its context opener injectable (tests). */
export function createCrawlHandler(open: () => Promise<JobContext> = () => openJobContext()) {
  return async (event: CrawlEvent = {}, context: LambdaContext = {}): Promise<Omit<CrawlResult, 'newIds' | 'errors'> & { errors: number }> => {
    const spec = specFromEvent(event);
    const ctx = await open();
    try {
      const source = sourceFromSpec(spec, ctx.settings.config);
      const left = context.getRemainingTimeInMillis?.();
      const r = await crawl({
        source, catalog: ctx.catalog, blobs: ctx.blobs, enqueue: ctx.enqueue, limit: spec.limit,
        sourceConfig: { kind: spec.kind, ...(typeof spec.options === 'string' ? JSON.parse(spec.options || '{}') : spec.options ?? {}) },
        deadline: left === undefined ? undefined : Date.now() + Math.max(0, left - SAFETY_MS),
      });
      const { newIds: _ids, errors, ...summary } = r;
      console.log(JSON.stringify({ event: 'crawl', source: spec.id, ...summary, errors: errors.length }));
      // A failed run throws, so the invocation is marked failed (alarms, EventBridge retries).
      if (r.status === 'failed') throw new Error(`crawl of ${spec.id} failed: ${errors.filter((e) => e.stage !== 'source' && e.stage !== 'normalize').map((e) => e.message ?? e.reason).join('; ')}`);
      return { ...summary, errors: errors.length };
    } finally {
      await ctx.close();
    }
  };
}

export const handler = createCrawlHandler();
