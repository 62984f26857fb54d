#!/usr/bin/env node
// The `shadertrain` CLI as one ESM file for machines without node_modules (the GPU host, the trainer
// container): `npm run bundle [-- --outdir DIR] [--sourcemap]` writes (default DIR = dist/)
//
//   DIR/shadertrain.mjs        packages/cli/src/main.ts and every pure-JS dependency (esbuild)
//   DIR/pglite.wasm, .data     PGlite's runtime files: it loads them with new URL('./x', import.meta.url)
//   DIR/migrations/            packages/core/migrations (Drizzle)
//   DIR/glsl/                  packages/core/glsl (the one wrapper; the Python engine reads it too)
//   DIR/python/shadertrain/    the Python worker, without tests and caches
//   DIR/assets/<asset name>    what the API serves under /assets: gallery/*, uplot/*, swagger-ui-dist/*
//   DIR/programs/              the bundled corpus (programs/*.glsl), the default of `shadertrain demo`
//
// packages/core/src/paths.ts finds the folders there (or SHADERTRAIN_*_DIR). Packages that cannot be
// bundled (native, or tools) stay external and are loaded with `await import()` only where used;
// on a machine without them, only that feature fails.
import { build } from 'esbuild';
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');
const require = createRequire(join(ROOT, 'packages/functions/package.json'));

/** Never bundled: native addons and dev tools (see the header). */
export const EXTERNAL = ['better-sqlite3', 'playwright', 'playwright-core', 'wrangler', 's3rver', 'drizzle-kit', 'esbuild', 'tsx', 'fsevents'];

/** Asset name → file, for DIR/assets: the list the gallery serves (packages/functions/src/gallery/asset-files.json). */
function assetFiles() {
  const pkg = (name) => dirname(require.resolve(`${name}/package.json`));
  const gallery = join(ROOT, 'packages/functions/src/gallery');
  const list = JSON.parse(readFileSync(join(gallery, 'asset-files.json'), 'utf8'));
  return {
    ...Object.fromEntries(list.own.map((f) => [`gallery/${f}`, join(gallery, 'assets', f)])),
    ...Object.fromEntries(Object.entries(list.vendor).map(([name, [p, file]]) => [name, join(pkg(p), file)])),
  };
}

function skipPython(src) {
  const b = basename(src);
  return b === '__pycache__' || b === 'tests' || b === '.pytest_cache' || b === 'conftest.py' || /^test_.*\.py$/.test(b) || b.endsWith('.pyc');
}

function dirSize(p) {
  const s = statSync(p);
  if (!s.isDirectory()) return s.size;
  let n = 0;
  for (const e of readdirSync(p)) n += dirSize(join(p, e));
  return n;
}

export async function bundle({ outdir = join(ROOT, 'dist'), sourcemap = false, log = console.error } = {}) {
  outdir = resolve(outdir);
  const outfile = join(outdir, 'shadertrain.mjs');
  for (const name of ['shadertrain.mjs', 'shadertrain.mjs.map', 'migrations', 'glsl', 'python', 'assets', 'programs']) rmSync(join(outdir, name), { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });

  await build({
    entryPoints: [join(ROOT, 'packages/cli/src/main.ts')],
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    sourcemap: sourcemap ? 'linked' : false,
    external: EXTERNAL,
    legalComments: 'none',
    logLevel: 'warning',
    // CJS dependencies call require() for Node built-ins; an ESM file has none of its own.
    banner: { js: "#!/usr/bin/env node\nimport { createRequire as __shadertrainCreateRequire } from 'node:module';\nconst require = __shadertrainCreateRequire(import.meta.url);" },
  });
  chmodSync(outfile, 0o755);

  // Files the bundled code loads relative to itself (PGlite: pglite.wasm, pglite.data, extension tarballs).
  const pgliteDist = dirname(require.resolve('@electric-sql/pglite'));
  const code = readFileSync(outfile, 'utf8');
  const wanted = new Set([...code.matchAll(/new URL\(\s*["'`](?:\.\/)?([^"'`]+)["'`]\s*,\s*import\.meta\.url\s*\)/g)].map((m) => m[1]));
  const copied = [];
  for (const f of wanted) {
    const src = join(pgliteDist, f);
    if (!f.startsWith('../') && existsSync(src) && statSync(src).isFile()) { cpSync(src, join(outdir, f)); copied.push(f); continue; }
    // Source code that resolves a path from its own file breaks once bundled: it should ask
    // assetPath() of packages/core/src/paths.ts instead.
    log(`bundle: WARNING: the bundled code resolves '${f}' relative to shadertrain.mjs; nothing is there at run time (use assetPath() from @shadertrain/core/paths)`);
  }

  cpSync(join(ROOT, 'packages/core/migrations'), join(outdir, 'migrations'), { recursive: true });
  cpSync(join(ROOT, 'packages/core/glsl'), join(outdir, 'glsl'), { recursive: true });
  cpSync(join(ROOT, 'packages/trainer/python/shadertrain'), join(outdir, 'python/shadertrain'), { recursive: true, filter: (src) => !skipPython(src) });
  for (const [name, src] of Object.entries(assetFiles())) {
    mkdirSync(dirname(join(outdir, 'assets', name)), { recursive: true });
    cpSync(src, join(outdir, 'assets', name));
  }
  cpSync(join(ROOT, 'programs'), join(outdir, 'programs'), { recursive: true });

  const sizes = Object.fromEntries(['shadertrain.mjs', ...copied, 'migrations', 'glsl', 'python', 'assets', 'programs'].map((n) => [n, dirSize(join(outdir, n))]));
  const total = Object.values(sizes).reduce((a, b) => a + b, 0);
  const mib = (n) => (n / 2 ** 20).toFixed(2) + ' MiB';
  log(`bundle: ${outdir}\n` + Object.entries(sizes).map(([n, s]) => `  ${n.padEnd(18)} ${mib(s)}`).join('\n') + `\n  total              ${mib(total)}`);
  return { outdir, outfile, sizes, total };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const { values } = parseArgs({ options: { outdir: { type: 'string' }, sourcemap: { type: 'boolean', default: false } } });
  await bundle({ outdir: values.outdir, sourcemap: values.sourcemap });
}
