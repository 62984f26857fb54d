/**
 * `shadertrain crawl` end to end, for every source kind: the real CLI in a child process, against the
 * replay server (fake Shadertoy, GLSL Sandbox, twigl data and raw files) and fixture files built
 * here. Each kind: a first crawl (--json) keeps the expected programs (and skips the rest for the
 * expected reasons), a second crawl of the same id (no --kind, no --options: both come from the
 * catalog) adds none; then the one-line failures of bad input; then `catalog stats` shows every
 * program under its source with its license.
 */
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startReplayServer, type ReplayServer } from '../../../tests/replay/server.ts';
import { SHADERTOY_KEY } from '../../../tests/replay/fixtures.ts';
import { programFiles, shaderArchiveFiles, writeSandboxDump, writeTree, zipOf } from '../../../tests/replay/files.ts';
import { cliJson, failureLine, runCli, tempHome } from './test-helpers.ts';

type Stats = { total: number; byStatus: Record<string, number>; bySource: Record<string, number>; byLicense: Record<string, number> };
type CrawlOut = { status: string; fetched: number; new: number; duplicate: number; rejected: number; failed: number; reasons: Record<string, number>; newIds: string[] };

let server: ReplayServer;
let tmp: { dir: string; remove(): Promise<void> };
let home: string;

before(async () => {
  server = await startReplayServer();
  tmp = await tempHome('crawl');
  home = join(tmp.dir, 'home');
  writeSandboxDump(join(tmp.dir, 'dump.sqlite'), 5);
  await writeFile(join(tmp.dir, 'shaders.zip'), zipOf(shaderArchiveFiles('csv')));
  await writeTree(join(tmp.dir, 'programs'), programFiles());
});
after(async () => { await server?.close(); await tmp?.remove(); });

// The sources' HTTP client without its politeness delay and with millisecond backoff (as testing.ts's fastHttp, minus the function).
const http = { minIntervalMs: 0, retries: 3, baseBackoffMs: 5, maxBackoffMs: 20, timeoutMs: 5000 };

interface Case {
  id: string;
  kind: string;
  options: () => Record<string, unknown>;
  /** What the first crawl keeps, its duplicates of programs already in the catalog, and its skip reasons. */
  new: number;
  duplicate?: number;
  reasons: Record<string, number>;
  /** How the catalog's license counts grow. */
  licenses: Record<string, number>;
  /** Upstream hits the first crawl must have made (the replay server's log). */
  hits?: [string, number][];
}

// In order: the catalog is shared, so the dump (the same GLSL Sandbox programs plus 5 more) finds
// the HTTP crawl's programs already there (`duplicate`), and adds its provenance to them.
const cases: Case[] = [
  { id: 'st', kind: 'shadertoy', options: () => ({ baseUrl: server.url, apiKey: SHADERTOY_KEY, pageSize: 4, http }),
    new: 5, reasons: { 'uses-channel-input': 2, multipass: 1, 'has-sound-pass': 1, 'has-common-pass': 1, 'api-error: Shader not found': 1 },
    licenses: { 'CC-BY-NC-SA-3.0': 2, 'CC0-1.0': 1, MIT: 1, 'CC-BY-SA-4.0': 1 }, hits: [['/api/v1/shaders', 3], ['/api/v1/shaders/rtA1xq', 1]] },
  { id: 'gs', kind: 'glslsandbox', options: () => ({ baseUrl: server.url, maxMisses: 3, http }),
    new: 10, reasons: { 'http-404': 5 }, licenses: { NOASSERTION: 9, MIT: 1 }, hits: [['/item/8.2', 1]] },
  { id: 'dump', kind: 'glslsandbox-dump', options: () => ({ path: join(tmp.dir, 'dump.sqlite') }),
    new: 5, duplicate: 10, reasons: { 'empty-code': 1 }, licenses: { NOASSERTION: 5 } },
  { id: 'tw', kind: 'twigl', options: () => ({ linksUrl: `${server.url}/twigl/links.txt`, http }),
    new: 3, reasons: { 'twigl-mrt-mode': 1, 'duplicate-in-page': 1, 'has-sound': 1 }, licenses: { NOASSERTION: 3 }, hits: [['/twigl/links.txt', 1]] },
  { id: 'ar-zip', kind: 'archive', options: () => ({ path: join(tmp.dir, 'shaders.zip') }),
    new: 4, reasons: { 'empty-code': 1 }, licenses: { 'CC-BY-NC-SA-3.0': 1, 'CC0-1.0': 1, NOASSERTION: 2 } },
  { id: 'mf', kind: 'manifest', options: () => ({ url: `${server.url}/raw/manifest.json`, http }),
    new: 3, reasons: { 'http-404': 1, 'duplicate-in-page': 1 }, licenses: { MIT: 2, 'CC0-1.0': 1 },
    hits: [['/raw/manifest.json', 1], ['/raw/bob/sandbox-pieces/main/gone.frag', 1]] },
  { id: 'lo', kind: 'local', options: () => ({ dir: join(tmp.dir, 'programs') }),
    new: 3, reasons: { 'missing-license': 2 }, licenses: { 'CC0-1.0': 2, MIT: 1 } },
  { id: 'sy', kind: 'synth', options: () => ({ startSeed: 5, count: 3 }),
    new: 3, reasons: {}, licenses: { 'CC0-1.0': 3 } },
];

describe('crawl: every source kind, then again (idempotent)', () => {
  for (const c of cases) {
    test(`${c.kind} (${c.id})`, async () => {
      const hitsBefore = server.hits.length;
      const first = await cliJson<CrawlOut>(['crawl', c.id, '--kind', c.kind, '--options', JSON.stringify(c.options())], home);
      assert.equal(first.status, 'succeeded');
      assert.deepEqual({ new: first.new, duplicate: first.duplicate, failed: first.failed, reasons: first.reasons },
        { new: c.new, duplicate: c.duplicate ?? 0, failed: 0, reasons: c.reasons });
      assert.equal(first.newIds.length, c.new);
      assert.equal(first.fetched, first.new + first.duplicate + first.rejected + first.failed);
      for (const [path, n] of c.hits ?? []) {
        assert.equal(server.hits.slice(hitsBefore).filter((h) => h.path === path).length, n, `upstream hits of ${path}`);
      }

      // The same source again, by id only: the kind and options come from the catalog; nothing new.
      const again = await runCli(['crawl', c.id], home);
      assert.equal(again.code, 0, again.stderr);
      const m = /^(\S+): succeeded; fetched (\d+), new (\d+), duplicate (\d+)/.exec(again.stdout);
      assert.ok(m, `human summary line: ${again.stdout}`);
      assert.equal(m[1], c.id);
      assert.equal(Number(m[3]), 0, 'the second crawl adds no program');
      assert.equal(Number(m[4]), first.new + first.duplicate, 'it finds every kept program again');
    });
  }
});

describe('crawl: bad input exits non-zero with one line', () => {
  test('an unknown kind', async () => {
    const r = await runCli(['crawl', 'weird', '--kind', 'bogus', '--options', '{}'], home);
    assert.equal(r.code, 2);
    assert.match(failureLine(r), /^shadertrain: .*unknown source kind "bogus"/);
    assert.equal(r.stdout, '');
  });

  test('--options that are not JSON', async () => {
    const r = await runCli(['crawl', 'lo2', '--kind', 'local', '--options', '{dir:'], home);
    assert.equal(r.code, 2);
    assert.match(failureLine(r), /^shadertrain: .*options.*not JSON/);
  });

  test('a source that was never given options', async () => {
    const r = await runCli(['crawl', 'never-seen', '--kind', 'manifest'], home);
    assert.equal(r.code, 2);
    assert.match(failureLine(r), /^shadertrain: source never-seen has no stored options/);
  });

  test("options the kind can't use", async () => {
    const r = await runCli(['crawl', 'tw-none', '--kind', 'twigl', '--options', '{}'], home);
    assert.equal(r.code, 2);
    assert.match(failureLine(r), /^shadertrain: .*twigl: give exactly one of/);
  });
});

describe('crawl: what the catalog shows afterwards', () => {
  test('catalog stats: programs by source and license, nothing else', async () => {
    const s = await cliJson<Stats>(['catalog', 'stats'], home);
    const total = cases.reduce((n, c) => n + c.new, 0);
    assert.equal(s.total, total);
    assert.deepEqual(s.byStatus, { pending: total }, 'crawled programs wait for validation');
    // Provenance per source: the dump re-finds the programs the HTTP crawl of GLSL Sandbox brought first.
    assert.deepEqual(s.bySource, Object.fromEntries(cases.map((c) => [c.id, c.new + (c.duplicate ?? 0)])));
    const licenses: Record<string, number> = {};
    for (const c of cases) for (const [l, n] of Object.entries(c.licenses)) licenses[l] = (licenses[l] ?? 0) + n;
    assert.deepEqual(s.byLicense, licenses);
  });

  test('catalog show: a crawled program names its source, upstream id, license and URL', async () => {
    const page = await cliJson<{ items: { id: string; title: string | null }[] }>(['catalog', 'ls', '--source', 'st', '--limit', '10'], home);
    assert.equal(page.items.length, 5);
    const zero = page.items.find((p) => p.title === 'Zero rings');
    assert.ok(zero, JSON.stringify(page.items.map((p) => p.title)));
    const shown = await cliJson<{ provenance: { sourceId: string; externalId: string; license: string; url: string }[]; source: string }>(['catalog', 'show', zero.id], home);
    assert.deepEqual(shown.provenance.map((v) => [v.sourceId, v.externalId, v.license]), [['st', 'rtA2xq', 'CC0-1.0']]);
    assert.match(shown.provenance[0].url, /rtA2xq/);
    assert.match(shown.source, /mainImage/);
  });
});
