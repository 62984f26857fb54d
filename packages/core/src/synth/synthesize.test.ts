import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { PRODUCTIONS, SYNTH_VERSION, synthesize, synthesizeMany, synthesizeValid, type ValidationLike } from './index.ts';
import { compileBodies, hasGlslang } from './glslang.ts';

const RANGE = synthesizeMany(0, 500);

test('the same seed gives the same program; different seeds give different bodies', () => {
  assert.deepEqual(synthesize(1234), synthesize(1234));
  assert.equal(synthesize(77, { version: SYNTH_VERSION }).body, RANGE[77].body);
  assert.equal(new Set(RANGE.map((p) => p.body)).size, RANGE.length);
  assert.ok(RANGE.slice(0, 20).some((p) => synthesize(p.seed, { maxDepth: 0 }).body !== p.body));
});

test('provenance and title point at (version, seed)', () => {
  const p = synthesize(1234);
  assert.equal(p.seed, 1234);
  assert.deepEqual(p.provenance, {
    source: 'synth', externalId: `${SYNTH_VERSION}:1234`, url: `synth://${SYNTH_VERSION}/1234`,
    author: 'shadertrain synthesizer', license: 'CC0-1.0',
  });
  assert.match(p.title, /^[A-Z][a-z]+ [A-Z][a-z]+ [A-Z][a-z]+ #1234$/);
  assert.ok(p.source.startsWith(`// ${p.title}\n`));
  assert.ok(!p.body.includes('//'));
  assert.match(p.source, /\/\/ (transform|iterate): /);
  assert.match(p.source, /\/\/ field: /);
});

test('every grammar production appears over seeds 0..499', () => {
  const seen = new Set(RANGE.flatMap((p) => p.productions));
  assert.deepEqual(PRODUCTIONS.filter((p) => !seen.has(p)), []);
  for (const p of RANGE) for (const x of p.productions) assert.ok((PRODUCTIONS as readonly string[]).includes(x), x);
});

test('bodies follow the canonical-program contract', () => {
  for (const p of RANGE) {
    const b = p.body;
    assert.match(b, /void mainImage\(out vec4 fragColor, in vec2 fragCoord\) \{/);
    assert.doesNotMatch(b, /gl_FragCoord|#version|\bprecision\b|\buniform\b|\b_st_|\t|[ ]+\n/, `seed ${p.seed}`);
    for (const m of b.matchAll(/for \(int \w+ = -?\d+; \w+ <=? (-?\d+); \w+\+\+\)/g)) assert.ok(Number(m[1]) <= 32);
    assert.equal((b.match(/for \(/g) ?? []).length, (b.match(/for \(int \w+ = -?\d+; \w+ <=? -?\d+; \w+\+\+\)/g) ?? []).length, 'constant loop bounds');
    assert.ok(b.endsWith('}\n'));
  }
  // maxDepth 0: one field in the pattern tree
  assert.doesNotMatch(synthesize(3, { maxDepth: 0 }).source, /combine:/);
});

test('v2 keeps centred symmetry in check: kaleidoscopes are rarer and mostly off-centre or tiled', () => {
  const kaleido = RANGE.filter((p) => p.productions.includes('transform:kaleidoscope'));
  const centred = RANGE.filter((p) => /kaleidoscope, \d+ sectors, centred/.test(p.source));
  // v1: 23.5 % of programs used a kaleidoscope, always centred on the canvas
  assert.ok(kaleido.length / RANGE.length < 0.2, `${kaleido.length} of ${RANGE.length}`);
  assert.ok(centred.length > 0 && centred.length < kaleido.length / 2, `${centred.length} centred of ${kaleido.length}`);
  assert.ok(RANGE.some((p) => /kaleidoscope, \d+ sectors, tiled/.test(p.source)));
  // shapes sit off-centre or in grids most of the time
  const shapes = RANGE.flatMap((p) => p.source.split('// field: ').slice(1)).filter((f) => /^(circle|ring|star) distance/.test(f));
  const moved = shapes.filter((f) => /p -= vec2|fract\(p \//.test(f.slice(0, f.indexOf('\n}'))));
  assert.ok(moved.length > shapes.length / 2, `${moved.length} of ${shapes.length}`);
});

test('a layer brings its own domain, field and colour, composited one way', () => {
  let layered = 0;
  for (const p of RANGE) {
    const modes = p.productions.filter((x) => x === 'compose:over' || x === 'compose:screen' || x === 'compose:multiply');
    assert.ok(modes.length <= 1, `seed ${p.seed}: ${modes}`);
    const has = modes.length === 1;
    if (has) layered++;
    assert.equal(/vec2 layerDomain\(vec2 p, float t\)/.test(p.body), has, `seed ${p.seed}`);
    assert.equal(/float v2 = field\d+\(layerDomain\(uv, t\), t\);\n[\s\S]*vec3 col2 = /.test(p.body), has, `seed ${p.seed}`);
    assert.equal(/float layerMask\(vec2 p, float t\)/.test(p.body), p.productions.includes('compose:over'), `seed ${p.seed}`);
    assert.equal(/col = mix\(col, col2, layerMask\(uv, t\)\);/.test(p.body), p.productions.includes('compose:over'), `seed ${p.seed}`);
    if (p.productions.includes('compose:shadow')) assert.match(p.body, /col \*= 1\.0 - [0-9.]+ \* layerMask\(uv \+ vec2/);
  }
  assert.ok(layered > RANGE.length * 0.35 && layered < RANGE.length * 0.65, `${layered}`);
});

test('finishes: relief and ink outlines read screen-space derivatives of the pattern value, never both', () => {
  for (const p of RANGE) {
    const relief = p.productions.includes('finish:relief');
    const outline = p.productions.includes('finish:outline');
    assert.ok(!(relief && outline), `seed ${p.seed}`);
    assert.equal(/vec2 dv = vec2\(dFdx\(v\), dFdy\(v\)\)/.test(p.body), relief, `seed ${p.seed}`);
    assert.equal(/float lv = v \* [0-9.]+;/.test(p.body), outline, `seed ${p.seed}`);
    // every program ends with the same fill, so the canvas is always coloured
    assert.match(p.body, /col = 0\.06 \+ 0\.94 \* clamp\(col, 0\.0, 1\.0\);\n {4}fragColor = vec4\(col, 1\.0\);\n\}\n$/);
  }
});

test('helpers are emitted exactly when called', () => {
  for (const p of RANGE.slice(0, 200)) {
    for (const name of ['hexLocal', 'kaleido', 'sdStar', 'sdBox', 'hash', 'palette', 'hsv', 'smin']) {
      const defined = (p.body.match(new RegExp(`^\\w+ ${name}\\(`, 'gm')) ?? []).length;
      const called = new RegExp(`[^\\w]${name}\\(`).test(p.body.replace(new RegExp(`^\\w+ ${name}\\(`, 'gm'), ''));
      assert.equal(defined, called ? 1 : 0, `seed ${p.seed}: ${name} defined ${defined}, called ${called}`);
    }
  }
});

test('bad input is a typed error', () => {
  assert.throws(() => synthesize(-1), { code: 'bad-input', field: 'seed' });
  assert.throws(() => synthesize(1.5), { code: 'bad-input' });
  assert.throws(() => synthesize(1, { version: 'v0' }), { code: 'bad-input', field: 'version' });
});

test('synthesizeValid keeps only what validates and says why the rest failed', async () => {
  const validate = async (body: string): Promise<ValidationLike & { bytes: number }> =>
    body.includes('fbm') ? { ok: false, reason: 'blank', bytes: body.length } : { ok: true, bytes: body.length };
  const r = await synthesizeValid({ fromSeed: 10, count: 5, validate });
  assert.equal(r.programs.length, 5);
  assert.ok(r.programs.every((p) => !p.body.includes('fbm') && p.validation.ok && p.validation.bytes === p.body.length));
  assert.equal(r.seedsTried, r.programs.length + r.rejected.length);
  assert.equal(r.nextSeed, 10 + r.seedsTried);
  assert.ok(r.rejected.every((x) => x.reason === 'blank' && synthesize(x.seed).body.includes('fbm')));
  const none = await synthesizeValid({ fromSeed: 0, count: 3, maxSeeds: 4, validate: async () => ({ ok: false }) });
  assert.deepEqual([none.programs.length, none.seedsTried, none.rejected[0].reason], [0, 4, 'invalid']);
});

// The normalizer (../program/normalize.ts) is written in parallel: the test runs once it exists.
const NORMALIZER = new URL('../program/normalize.ts', import.meta.url);
test('generated programs pass the normalizer unchanged', { skip: !existsSync(NORMALIZER) && 'normalizer not present' }, async () => {
  const { normalize } = await import(NORMALIZER.href);
  // the normalizer parses the whole program: about half a second each on this machine, so a small sample
  for (const p of RANGE.slice(0, 6)) {
    const r = normalize(p.body);
    assert.ok(r.ok, `seed ${p.seed}: ${r.message}`);
    assert.equal(r.program.body, p.body, `seed ${p.seed}`);
  }
});

test('50 bodies compile with glslangValidator', { skip: !hasGlslang() && 'glslangValidator not installed' }, () => {
  const sample = RANGE.filter((_, i) => i % 10 === 0);
  const errors = compileBodies(sample.map((p) => p.body));
  assert.deepEqual(errors.flatMap((e, i) => (e ? [`seed ${sample[i].seed}: ${e.slice(0, 300)}`] : [])), []);
});
