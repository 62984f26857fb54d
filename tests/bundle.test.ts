// The one-file CLI (scripts/bundle.mjs) works where there is no node_modules: the bundle is built
// into a temp folder outside the repository and run there with a plain `node`, no NODE_PATH and no
// SHADERTRAIN_*/DATABASE_URL from this environment, on PGlite in a fresh SHADERTRAIN_HOME.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { VENDOR_ASSETS } from '../packages/functions/src/gallery/files.ts';

const run = promisify(execFile);
const ROOT = new URL('..', import.meta.url).pathname;
let dir: string;
let out: string;
let buildLog = '';

/** The environment of a machine that has only node: PATH and HOME, nothing of this checkout. */
function bareEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (k === 'NODE_PATH' || k === 'NODE_OPTIONS' || k === 'DATABASE_URL' || k.startsWith('SHADERTRAIN_') || k.startsWith('TEST_') || k.startsWith('npm_')) continue;
    env[k] = v;
  }
  return { ...env, SHADERTRAIN_HOME: join(dir, 'home'), ...extra };
}

async function cli(args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, [join(out, 'shadertrain.mjs'), ...args], { cwd: out, env: bareEnv(), timeout: 90_000, maxBuffer: 64 << 20 });
  return stdout;
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'shadertrain-bundle-'));
  out = join(dir, 'dist');
  const built = await run(process.execPath, [join(ROOT, 'scripts/bundle.mjs'), '--outdir', out], { cwd: ROOT, timeout: 90_000 });
  buildLog = built.stderr;
  process.stderr.write(built.stderr);
});
after(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

test('the bundle folder holds the CLI and every file it reads at run time', () => {
  for (const f of ['shadertrain.mjs', 'pglite.wasm', 'pglite.data', 'migrations/meta/_journal.json', 'glsl/wrapper.frag', 'glsl/tile.vert',
    'python/shadertrain/__init__.py', 'python/shadertrain/render/wrapper.py', 'assets/gallery/preview.js', 'assets/gallery/charts.js', 'assets/gallery/gallery.css',
    ...Object.keys(VENDOR_ASSETS).map((n) => `assets/${n}`)]) assert.ok(existsSync(join(out, f)), f);
  assert.ok(readdirSync(join(out, 'programs')).some((f) => f.endsWith('.glsl')), 'the corpus for `shadertrain demo`');
  // No source module resolves a file relative to itself any more (that breaks once bundled).
  assert.doesNotMatch(buildLog, /WARNING/);
  const py: string[] = [];
  const walk = (d: string) => { for (const e of readdirSync(d)) { const p = join(d, e); py.push(e); if (statSync(p).isDirectory()) walk(p); } };
  walk(join(out, 'python'));
  assert.ok(!py.some((e) => e === '__pycache__' || e === 'tests' || /^test_.*\.py$/.test(e)), 'no tests or caches in python/');
  const code = readFileSync(join(out, 'shadertrain.mjs'), 'utf8');
  // External packages are loaded only where used: no static import of any of them at the top.
  assert.doesNotMatch(code, /^import\s[^;]*from\s*["'](better-sqlite3|playwright[\w-]*|wrangler|s3rver|drizzle-kit)["']/m);
  assert.ok(statSync(join(out, 'shadertrain.mjs')).size < 32 << 20);
});

test('--help, ingest + validate + catalog stats on PGlite, synth: plain node, outside the repository', async () => {
  assert.match(await cli(['--help']), /Usage: shadertrain[\s\S]*ingest[\s\S]*synth/);

  const progs = join(dir, 'programs');
  mkdirSync(progs);
  const three = readdirSync(join(ROOT, 'programs')).filter((f) => f.endsWith('.glsl')).sort().slice(0, 3);
  assert.equal(three.length, 3);
  for (const f of three) copyFileSync(join(ROOT, 'programs', f), join(progs, f));

  const ingested = JSON.parse(await cli(['ingest', progs, '--json']));
  const runs = Array.isArray(ingested) ? ingested : [ingested];
  assert.equal(runs.reduce((n: number, r: any) => n + r.new, 0), 3, JSON.stringify(ingested));

  // The render server runs from the bundle's python/ and reads its glsl/ (PYTHONPATH and
  // SHADERTRAIN_GLSL_DIR come from @shadertrain/core/paths).
  const id = runs[0].newIds[0];
  const validated = JSON.parse(await cli(['validate', id, '--json']));
  assert.deepEqual(validated.outcomes.map((o: any) => [o.id, o.status]), [[id, 'valid']], JSON.stringify(validated));

  const stats = JSON.parse(await cli(['catalog', 'stats', '--json']));
  assert.equal(stats.total, 3);
  assert.deepEqual(stats.byStatus, { pending: 2, valid: 1 });
  assert.ok(existsSync(join(dir, 'home')), 'the catalog lives in SHADERTRAIN_HOME');

  const synth = JSON.parse(await cli(['synth', '--count', '2', '--no-validate', '--json']));
  assert.equal(synth.programs.length, 2);
  for (const p of synth.programs) assert.match(p.body, /void mainImage\(/);
});
