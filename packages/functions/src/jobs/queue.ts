// How the crawl hands new pending programs to validation. On AWS: SQS, one message per program
// (so the consumer's partial-batch failures name single programs). Locally: nothing to do,
// because `shadertrain validate --pending` scans the pending rows.
import { SQSClient, SendMessageBatchCommand } from '@aws-sdk/client-sqs';

/** Delivers program ids to validation, at least once. Must throw if any id was not accepted. */
export type Enqueue = (ids: string[]) => Promise<void>;

export const noopEnqueue: Enqueue = async () => {};

/** The message body of one validation request. */
export interface ValidateMessage { programId: string }

export interface SqsEnqueueOptions {
  queueUrl: string;
  client?: Pick<SQSClient, 'send'>;
  /** Attempts for entries SQS reports as failed (default 3). */
  attempts?: number;
}

/**
 * SendMessageBatch in groups of 10 (the SQS limit); entries SQS rejects are retried, then reported.
 *
 * @example
 * const enqueue = sqsEnqueue({ queueUrl: Resource.ValidationQueue.url });
 */
export function sqsEnqueue(options: SqsEnqueueOptions): Enqueue {
  const o = { attempts: 3, ...options };
  const client = o.client ?? new SQSClient({});
  return async (ids) => {
    for (let i = 0; i < ids.length; i += 10) {
      let batch = ids.slice(i, i + 10);
      for (let attempt = 1; batch.length > 0; attempt++) {
        const out = await client.send(new SendMessageBatchCommand({
          QueueUrl: o.queueUrl,
          Entries: batch.map((id, k) => ({ Id: String(k), MessageBody: JSON.stringify({ programId: id } satisfies ValidateMessage) })),
        }));
        const failed = new Set((out.Failed ?? []).map((f) => Number(f.Id)));
        batch = batch.filter((_, k) => failed.has(k));
        if (batch.length > 0 && attempt >= o.attempts) {
          throw new Error(`SQS did not accept ${batch.length} validation message(s): ${(out.Failed ?? []).map((f) => f.Message ?? f.Code).join('; ')}`);
        }
      }
    }
  };
}
