import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sqsEnqueue } from './queue.ts';

test('sqsEnqueue sends batches of 10 and retries the entries SQS rejects', async () => {
  const sent: Array<Array<{ Id: string; MessageBody: string }>> = [];
  let failOnce = true;
  const client = { send: async (cmd: { input: { Entries: Array<{ Id: string; MessageBody: string }> } }) => {
    sent.push(cmd.input.Entries);
    if (failOnce && cmd.input.Entries.length === 10) { failOnce = false; return { Failed: [{ Id: '3', Code: 'x', SenderFault: false }] }; }
    return { Failed: [] };
  } };
  const ids = Array.from({ length: 23 }, (_, i) => i.toString(16).padStart(20, '0'));
  await sqsEnqueue({ queueUrl: 'q', client: client as never })(ids);
  assert.deepEqual(sent.map((b) => b.length), [10, 1, 10, 3]);
  assert.deepEqual(JSON.parse(sent[1]![0]!.MessageBody), { programId: ids[3] });
  const always = { send: async (cmd: { input: { Entries: Array<{ Id: string }> } }) => ({ Failed: cmd.input.Entries.map((e) => ({ Id: e.Id, Code: 'Throttled', Message: 'slow down' })) }) };
  await assert.rejects(sqsEnqueue({ queueUrl: 'q', client: always as never, attempts: 2 })(ids.slice(0, 2)), /did not accept 2/);
});
