/**
 * One suite for the `Source` interface, run against every source (hono's `common.case.test.ts` habit):
 * pagination to the end, exact resume from a persisted cursor, page-size independence, and the
 * fields every raw item must carry.
 */
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collect, crawlSource, type Cursor, type Source } from './types.ts';
import { shadertoySource } from './shadertoy.ts';
import { glslSandboxSource, glslSandboxDumpSource } from './glslsandbox.ts';
import { twiglSource } from './twigl.ts';
import { archiveSource } from './archive.ts';
import { manifestSource } from './manifest.ts';
import { localSource } from './local.ts';
import { synthSource } from './synth.ts';
import { fastHttp } from './testing.ts';
import { startReplayServer, type ReplayServer } from '../../../../tests/replay/server.ts';
import { SHADERTOY_KEY } from '../../../../tests/replay/fixtures.ts';
import { programFiles, shaderArchiveFiles, writeSandboxDump, writeTree, zipOf } from '../../../../tests/replay/files.ts';

let server: ReplayServer;
let dir: string;
before(async () => {
  server = await startReplayServer();
  dir = await mkdtemp(join(tmpdir(), 'sources-contract-'));
  writeSandboxDump(join(dir, 'dump.sqlite'), 5);
  await writeFile(join(dir, 'shaders.zip'), zipOf(shaderArchiveFiles('csv')));
  await writeTree(join(dir, 'shaders'), shaderArchiveFiles('json'));
  await writeTree(join(dir, 'programs'), programFiles());
});
after(async () => { await server.close(); await rm(dir, { recursive: true, force: true }); });

const http = () => fastHttp();
const cases: Record<string, () => Source> = {
  shadertoy: () => shadertoySource({ baseUrl: server.url, apiKey: SHADERTOY_KEY, pageSize: 4, http: http() }),
  glslsandbox: () => glslSandboxSource({ baseUrl: server.url, maxMisses: 3, http: http() }),
  'glslsandbox-dump': () => glslSandboxDumpSource({ path: join(dir, 'dump.sqlite') }),
  'twigl-links': () => twiglSource({ linksUrl: `${server.url}/twigl/links.txt`, http: http() }),
  'twigl-snapshots': () => twiglSource({ snapshotsUrl: `${server.url}/twigl/snapshots.json`, http: http() }),
  'archive-zip': () => archiveSource({ path: join(dir, 'shaders.zip') }),
  'archive-dir': () => archiveSource({ path: join(dir, 'shaders') }),
  manifest: () => manifestSource({ url: `${server.url}/raw/manifest.json`, http: http() }),
  local: () => localSource({ dir: join(dir, 'programs') }),
  synth: () => synthSource({ startSeed: 10, count: 7 }),
};

const ids = (xs: Array<{ externalId: string }>) => xs.map((x) => x.externalId).sort();

for (const [name, make] of Object.entries(cases)) {
  describe(`source contract: ${name}`, () => {
    test('pages to the end with JSON cursors and complete items', async () => {
      const source = make();
      const cursors: Array<Cursor | null> = [];
      const all = await collect(source, { pageSize: 3, onPage: (p) => { cursors.push(p.nextCursor); } });
      assert.ok(all.items.length > 0, 'keeps something');
      assert.equal(cursors.at(-1), null, 'ends with a null cursor');
      assert.ok(cursors.length >= 2, 'took several pages');
      for (const c of cursors) assert.deepEqual(JSON.parse(JSON.stringify(c)), c);
      assert.equal(new Set(ids(all.items)).size, all.items.length, 'no duplicate externalIds in a run');
      for (const it of all.items) {
        assert.equal(it.sourceId, source.id);
        assert.ok(it.externalId && it.url && it.code.trim(), `${it.externalId}: id, url, code`);
        assert.ok(it.license.length > 0, `${it.externalId}: license`);
        assert.ok(!Number.isNaN(Date.parse(it.fetchedAt)));
      }
      for (const s of all.skipped) assert.ok(s.externalId && s.reason, JSON.stringify(s));
    });

    test('a persisted cursor resumes exactly where the run stopped', async () => {
      const full = await collect(make(), { pageSize: 50 });
      let cursor: Cursor | null = null;
      const first = crawlSource(make(), { limit: 2, pageSize: 2 });
      const seen = { items: [] as string[], skipped: [] as string[] };
      for await (const p of first) {
        seen.items.push(...p.items.map((i) => i.externalId));
        seen.skipped.push(...p.skipped.map((i) => i.externalId));
        cursor = p.nextCursor;
      }
      assert.equal(seen.items.length + seen.skipped.length, 2, 'the run limit holds');
      assert.notEqual(cursor, null);
      // A new process: a fresh source object, only the cursor survives.
      const rest = await collect(make(), { cursor: JSON.parse(JSON.stringify(cursor)), pageSize: 3 });
      // Every upstream entry is consumed once across the two runs (kept or skipped: an entry repeated in the
      // list is a duplicate within one run, but kept by each of two runs — the catalog dedupes by content).
      const consumed = (p: { items: Array<{ externalId: string }>; skipped: Array<{ externalId: string }> }) => ids([...p.items, ...p.skipped]);
      assert.deepEqual([...seen.items, ...seen.skipped, ...consumed(rest)].sort(), consumed(full));
      assert.ok(rest.items.every((i) => !seen.items.includes(i.externalId) || full.skipped.some((s) => s.externalId === i.externalId)));
    });
  });
}
