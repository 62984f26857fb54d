// The fast parser (glsl-parser.generated.js) against @shaderfrog/glsl-parser's own: the generated
// file is up to date, normalize() gives byte-identical results with either parser, and parse()
// builds the same object graph (sharing included: scopes point into the tree).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalize, type NormalizeResult } from './normalize.ts';
import { parse, preprocess, setParserMode, parserMode, type ParserMode } from './glsl.ts';
import { parseFrontMatter } from './frontmatter.ts';
import { loadTestPrograms } from './testdata.ts';
import { scan } from './scan.ts';
import { dialectInfo, type Dialect } from './dialect.ts';
import { synthesize } from '../synth/index.ts';
import * as generated from './glsl-parser.generated.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const script = join(root, 'packages/core/scripts/patch-glsl-parser.mjs');

type Case = { name: string; code: string; dialect: Dialect | 'auto' };

const corpusDir = join(root, 'programs');
const corpus: Case[] = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.glsl'))
  .sort()
  .map((f) => {
    const p = parseFrontMatter(readFileSync(join(corpusDir, f), 'utf8'), f);
    return { name: f, code: p.code, dialect: ((p.meta.dialect as Dialect | undefined) ?? 'auto') as Dialect | 'auto' };
  });
const testdata: Case[] = [...loadTestPrograms('ok'), ...loadTestPrograms('reject')].map((p) => ({
  name: `testdata/${p.file}`,
  code: p.code,
  dialect: ((p.meta.dialect as Dialect | undefined) ?? 'auto') as Dialect | 'auto',
}));
const synth: Case[] = Array.from({ length: 50 }, (_, seed) => ({ name: `synthesize(${seed})`, code: synthesize(seed).body, dialect: 'auto' }));
// Inputs the parser must reject, so that the fallback to the reference parser's error is exercised.
const broken: Case[] = [
  { name: 'missing semicolon', code: 'void mainImage(out vec4 c, in vec2 p){ c = vec4(1) }', dialect: 'shadertoy' },
  { name: 'keyword as name', code: 'void mainImage(out vec4 c, in vec2 p){ float float = 1.0; c = vec4(1); }', dialect: 'shadertoy' },
  { name: 'stray token', code: 'void mainImage(out vec4 c, in vec2 p){ c = vec4(1); } @', dialect: 'shadertoy' },
  { name: 'unclosed call', code: 'void mainImage(out vec4 c, in vec2 p){ c = vec4(sin(p.x); }', dialect: 'shadertoy' },
];

function withMode<T>(m: ParserMode, f: () => T): T {
  const previous = setParserMode(m);
  try {
    return f();
  } finally {
    setParserMode(previous);
  }
}

test('glsl-parser.generated.js is up to date with the installed @shaderfrog/glsl-parser', () => {
  const r = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr || r.stdout);
});

test('the fast parser is the default', () => {
  assert.equal(parserMode(), process.env.SHADERTRAIN_GLSL_PARSER === 'reference' ? 'reference' : 'fast');
});

function compareNormalize(cases: Case[]) {
  const reference: NormalizeResult[] = withMode('reference', () => cases.map((c) => normalize(c.code, { dialect: c.dialect })));
  const fast: NormalizeResult[] = withMode('fast', () => cases.map((c) => normalize(c.code, { dialect: c.dialect })));
  for (let i = 0; i < cases.length; i++) assert.deepEqual(fast[i], reference[i], cases[i].name);
  return fast;
}

test('normalize() is byte-identical with the fast parser on every programs/*.glsl', () => {
  assert.ok(corpus.length > 0);
  compareNormalize(corpus);
});

test('normalize() is byte-identical with the fast parser on 50 synthesized programs', () => {
  const results = compareNormalize(synth);
  assert.ok(results.filter((r) => r.ok).length >= 40, 'most synthesized programs normalize');
});

test('normalize() is byte-identical with the fast parser on the test programs and syntax errors', () => {
  const results = compareNormalize([...testdata, ...broken]);
  for (const r of results.slice(testdata.length)) assert.equal(r.ok ? 'ok' : r.reason, 'syntax-error');
});

// The parser's input, as normalize() builds it (translate() may add a prelude; the grammar is the same).
function parserInput(c: Case): string | undefined {
  const info = dialectInfo(c.dialect === 'auto' ? 'shadertoy' : c.dialect) ?? dialectInfo('shadertoy')!;
  const defines: Record<string, string> = { GL_ES: '1', __VERSION__: info.es300 ? '300' : '100' };
  if (info.mode === 'geekest') defines.FC = 'gl_FragCoord';
  try {
    return preprocess(scan(c.code).code, { defines });
  } catch {
    return undefined;
  }
}

type Outcome = { ok: true; ast: unknown } | { ok: false; error: string };
function outcome(f: () => unknown): Outcome {
  try {
    return { ok: true, ast: f() };
  } catch (e) {
    return { ok: false, error: `${(e as Error)?.name}: ${(e as Error)?.message?.split('\n')[0]}` };
  }
}

/** Asserts that two object graphs are equal up to renaming of objects, sharing and cycles included. */
function assertIsomorphic(a: unknown, b: unknown, label: string) {
  const ab = new Map<object, object>();
  const ba = new Map<object, object>();
  const stack: [unknown, unknown, string][] = [[a, b, '$']];
  while (stack.length) {
    const [x, y, path] = stack.pop()!;
    if (typeof x !== 'object' || x === null || typeof y !== 'object' || y === null) {
      if (typeof x === 'function' || typeof y === 'function') assert.equal(x, y, `${label}: ${path}`);
      else assert.ok(Object.is(x, y), `${label}: ${path}: ${String(x)} !== ${String(y)}`);
      continue;
    }
    const seen = ab.get(x);
    if (seen !== undefined || ba.has(y)) {
      assert.ok(seen === y && ba.get(y) === x, `${label}: ${path}: sharing differs`);
      continue;
    }
    ab.set(x, y);
    ba.set(y, x);
    assert.equal(Object.getPrototypeOf(x), Object.getPrototypeOf(y), `${label}: ${path}: prototype`);
    const kx = Reflect.ownKeys(x);
    const ky = Reflect.ownKeys(y);
    assert.deepEqual(kx, ky, `${label}: ${path}: keys`);
    for (const k of kx) stack.push([(x as any)[k], (y as any)[k], `${path}.${String(k)}`]);
  }
}

// The reference parser is slow (~0.1-1 s a program), so this runs on a sample; normalize() above covers all.
test('parse() builds the same object graph with the fast parser (sampled corpus and synthesized, test programs)', () => {
  let parsed = 0;
  const sample = [...corpus.filter((_, i) => i % 3 === 0), ...synth.slice(0, 10), ...testdata, ...broken];
  for (const c of sample) {
    const source = parserInput(c);
    if (source === undefined) continue;
    const ref = outcome(() => withMode('reference', () => parse(source, { quiet: true })));
    // The generated parser itself, without parse()'s fallback to the reference parser.
    const fast = outcome(() => generated.parse(source, { grammarSource: 'location', quiet: true }));
    assert.equal(fast.ok, ref.ok, `${c.name}: ${ref.ok ? '' : ref.error} / ${fast.ok ? '' : fast.error}`);
    if (ref.ok && fast.ok) {
      assertIsomorphic(fast.ast, ref.ast, c.name);
      parsed++;
    }
  }
  assert.ok(parsed > corpus.length / 3, `parsed ${parsed} programs`);
});
