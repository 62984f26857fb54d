import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '@shadertrain/core/db/client';
import { FileBlobStore } from '@shadertrain/core/blob/file';
import { createJobCatalog } from '../jobs/catalog.ts';
import type { JobContext } from '../jobs/resources.ts';
import { createCrawlHandler, specFromEvent } from './lambda-crawl.ts';

test('specFromEvent: the event wins over the environment', () => {
  assert.deepEqual(specFromEvent({ source: 'a', kind: 'local', options: '{"dir":"x"}', limit: '5' }, { CRAWL_SOURCE: 'b' }), { id: 'a', kind: 'local', options: '{"dir":"x"}', limit: 5 });
  assert.deepEqual(specFromEvent({}, { CRAWL_SOURCE: 'synth', CRAWL_LIMIT: '0' }), { id: 'synth', kind: 'synth', options: undefined, limit: undefined });
});

test('the scheduled handler crawls the named source, enqueues new programs and reports counts', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'lambda-crawl-'));
  const database = await openDatabase('memory://');
  try {
    await mkdir(join(dir, 'programs'));
    await writeFile(join(dir, 'programs', 'a.glsl'), '/*---\ntitle: A\nlicense: CC0-1.0\n---*/\nvoid mainImage(out vec4 c, in vec2 p) { c = vec4(p / iResolution.xy, 0.0, 1.0); }\n');
    await writeFile(join(dir, 'programs', 'b.glsl'), '/*---\ntitle: B\nlicense: CC0-1.0\n---*/\nvoid mainImage(out vec4 c, in vec2 p) { c = texture(iChannel0, p); }\n');
    const enqueued: string[] = [];
    const ctx: JobContext = {
      settings: { config: {} as JobContext['settings']['config'] }, catalog: createJobCatalog(database.db), blobs: new FileBlobStore(join(dir, 'blobs')),
      enqueue: async (ids) => { enqueued.push(...ids); }, close: async () => {},
    };
    const handler = createCrawlHandler(async () => ctx);
    const r = await handler({ source: 'corpus', kind: 'local', options: JSON.stringify({ dir: join(dir, 'programs') }) }, { getRemainingTimeInMillis: () => 60_000 });
    assert.equal(r.status, 'succeeded');
    assert.deepEqual({ fetched: r.fetched, new: r.new, rejected: r.rejected }, { fetched: 2, new: 1, rejected: 1 });
    assert.deepEqual(r.reasons, { 'uses-channel-input': 1 });
    assert.equal(enqueued.length, 1);
    await assert.rejects(handler({ source: 'nope', kind: 'bogus' }), /unknown source kind/);
  } finally { await database.close(); await rm(dir, { recursive: true, force: true }); }
});
