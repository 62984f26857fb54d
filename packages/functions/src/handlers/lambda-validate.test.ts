// The SQS consumer with the real render server (Mesa llvmpipe) and a real catalog: one poisoned
// program (hangs the renderer) in a batch is quarantined, the others complete, and only the
// messages that could not be processed come back as batch item failures.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { openDatabase, type Database } from '@shadertrain/core/db/client';
import { programs } from '@shadertrain/core/db/schema/index';
import { FileBlobStore } from '@shadertrain/core/blob/file';
import { programId } from '@shadertrain/core/program/id';
import { RenderClient } from '@shadertrain/core/render/client';
import { createJobCatalog, type JobCatalog } from '../jobs/catalog.ts';
import { sourceKey } from '../jobs/keys.ts';
import type { JobContext } from '../jobs/resources.ts';
import { noopEnqueue } from '../jobs/queue.ts';
import { validatePending } from '../jobs/validate.ts';
import { createValidateHandler, parseMessage } from './lambda-validate.ts';

const GOOD = (k: number) => `void mainImage(out vec4 c, in vec2 p) { vec2 uv = p / iResolution.xy; c = vec4(uv, 0.5 + 0.5 * sin(iTime * ${k}.0 + uv.x * 9.0), 1.0); }\n`;
const HANG = readFileSync(new URL('../../../../tests/support/fixtures/hang.glsl', import.meta.url), 'utf8');
const BROKEN = 'void mainImage(out vec4 c, in vec2 p) { c = undefinedThing; }\n';

let dir: string;
let database: Database;
let catalog: JobCatalog;
let blobs: FileBlobStore;
const render = new RenderClient({ device: 'cpu', deadlineMs: 6000 });
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'validate-'));
  database = await openDatabase('memory://');
  catalog = createJobCatalog(database.db);
  blobs = new FileBlobStore(dir);
});
after(async () => { await render.close(); await database.close(); await rm(dir, { recursive: true, force: true }); });

async function add(body: string, storeBlob = true): Promise<string> {
  const id = programId(body);
  if (storeBlob) await blobs.put(sourceKey(id), body);
  await catalog.insertPrograms([{ id, dialect: 'shadertoy', sourceKey: sourceKey(id), sourceBytes: body.length, features: {} }]);
  return id;
}
const rec = (messageId: string, body: string) => ({ messageId, body });

test('parseMessage accepts only a program id', () => {
  assert.equal(parseMessage('{"programId":"0123456789abcdef0123"}'), '0123456789abcdef0123');
  assert.equal(parseMessage('{"programId":"../x"}'), null);
  assert.equal(parseMessage('not json'), null);
});

test('a poisoned program in a batch is quarantined, the rest complete, failures name only unprocessable messages', async () => {
  const good1 = await add(GOOD(1));
  const good2 = await add(GOOD(2));
  const hang = await add(HANG);
  const broken = await add(BROKEN);
  const noBlob = await add(GOOD(3), false);
  const ctx: JobContext = { settings: {} as JobContext['settings'], catalog, blobs, enqueue: noopEnqueue, close: async () => {} };
  const handler = createValidateHandler({ open: async () => ctx, renderer: async () => render });
  const msg = (id: string) => JSON.stringify({ programId: id });
  const t0 = Date.now();
  const out = await handler({ Records: [
    rec('m1', msg(good1)), rec('m2', msg(hang)), rec('m3', msg(good2)), rec('m4', msg(broken)),
    rec('m5', 'garbage'), rec('m6', msg(noBlob)), rec('m7', msg(good1)) /* a duplicate delivery */,
  ] });
  assert.deepEqual(out.batchItemFailures.map((f) => f.itemIdentifier).sort(), ['m5', 'm6']);
  const row = async (id: string) => (await database.db.select().from(programs).where(eq(programs.id, id)))[0]!;
  for (const id of [good1, good2]) {
    const r = await row(id);
    assert.equal(r.status, 'valid', `${id}: ${r.rejectReason}`);
    assert.ok(r.thumbnailKey && Buffer.from((await blobs.get(r.thumbnailKey))!.subarray(1, 4)).toString() === 'PNG');
    assert.ok(typeof (r.stats as Record<string, unknown>).entropy === 'number');
  }
  const h = await row(hang);
  assert.equal(h.status, 'quarantined');
  assert.equal(h.rejectReason, 'timeout');
  const b = await row(broken);
  assert.equal(b.status, 'rejected');
  assert.match(b.rejectReason!, /^compile-error/);
  assert.equal((await row(noBlob)).status, 'pending', 'left for a retry');
  assert.ok(Date.now() - t0 < 60_000);

  // The CLI path: only the program without a blob is still pending, and it fails again.
  const again = await validatePending({ catalog, blobs, render });
  assert.deepEqual(again.failures, [noBlob]);
  assert.match((again.outcomes[0] as { reason: string }).reason, /^blob-missing/);
});
