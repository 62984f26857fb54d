import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalize } from './normalize.ts';
import { DIALECTS, type Dialect } from './dialect.ts';
import { REJECT_REASONS } from './reasons.ts';
import { programId } from './id.ts';
import { loadTestPrograms } from './testdata.ts';

const okPrograms = loadTestPrograms('ok');
const rejectPrograms = loadTestPrograms('reject');

function mustNormalize(code: string, dialect: Dialect | 'auto' = 'auto') {
  const r = normalize(code, { dialect });
  if (!r.ok) assert.fail(`expected success, got ${r.message}`);
  return r.program;
}

test('every dialect has a test program', () => {
  const covered = new Set(okPrograms.map((p) => p.meta.dialect));
  for (const d of DIALECTS) assert.ok(covered.has(d), `no test program for ${d}`);
});

for (const p of okPrograms) {
  test(`normalizes ${p.file} (${p.meta.dialect}) into a canonical body`, () => {
    const prog = mustNormalize(p.code, p.meta.dialect as Dialect);
    assert.equal(prog.dialect, p.meta.dialect);
    assert.equal(prog.id, programId(prog.body));
    assert.match(prog.body, /void\s+mainImage\s*\(\s*out\s+vec4\s+\w+\s*,\s*in\s+vec2\s+\w+\s*\)/);
    assert.doesNotMatch(prog.body, /\bgl_Frag(Coord|Color|Data)\b/);
    assert.doesNotMatch(prog.body, /^\s*(#|precision\b)/m);
    assert.doesNotMatch(prog.body, /\buniform\s+\w+\s+(time|resolution|mouse|backbuffer|[rmtfsb])\s*;/);
    assert.doesNotMatch(prog.body, /\b(texture2D|varying|surfacePosition|FC)\b/);
    assert.ok(prog.body.endsWith('\n') && !prog.body.endsWith('\n\n'));
  });

  test(`auto-detects the dialect of ${p.file}`, () => {
    assert.equal(mustNormalize(p.code).dialect, p.meta.dialect);
  });

  test(`normalization of ${p.file} is idempotent`, () => {
    const once = mustNormalize(p.code, p.meta.dialect as Dialect);
    const twice = mustNormalize(once.body);
    assert.equal(twice.body, once.body);
    assert.equal(twice.id, once.id);
    assert.equal(twice.dialect, 'shadertoy');
  });
}

for (const p of rejectPrograms) {
  test(`rejects ${p.file} as ${p.meta.expect}`, () => {
    const r = normalize(p.code, { dialect: (p.meta.dialect as Dialect | undefined) ?? 'auto' });
    assert.equal(r.ok, false, `expected rejection ${p.meta.expect}`);
    if (r.ok) return;
    assert.equal(r.reason, p.meta.expect, r.message);
    assert.ok(r.detail.length > 0);
    assert.equal(r.message, `${r.reason}: ${r.detail}`);
  });
}

test('every rejection reason has a test', () => {
  const covered = new Set([...rejectPrograms.map((p) => p.meta.expect), 'binary', 'too-large', 'too-complex']);
  for (const reason of REJECT_REASONS) assert.ok(covered.has(reason), `no test for ${reason}`);
});

test('GLSL Sandbox inputs become Shadertoy inputs', () => {
  const prog = mustNormalize(
    'precision mediump float;\nuniform float time;\nuniform vec2 mouse, resolution;\nvarying vec2 surfacePosition;\n' +
      'void main(void) { gl_FragColor = vec4(surfacePosition + mouse, resolution.x * time, 1.0); }\n',
  );
  assert.equal(prog.dialect, 'glslsandbox');
  assert.equal(
    prog.body,
    'void mainImage(out vec4 fragColor, in vec2 fragCoord) { fragColor = vec4(((_st_FragCoord.xy - 0.5 * iResolution.xy) / iResolution.y) + (iMouse.xy / iResolution.xy), iResolution.xy.x * iTime, 1.0); }\n',
  );
  assert.deepEqual(prog.features.uniforms, ['iResolution', 'iTime', 'iMouse']);
});

test('twigl one-letter inputs are rewritten only where they mean the uniform', () => {
  const prog = mustNormalize('void main(){float s=t;vec2 q=gl_FragCoord.xy/r;{float t=2.;s+=t;}gl_FragColor=vec4(q,s,1);}', 'twigl-geeker');
  assert.match(prog.body, /float s=iTime;/);
  assert.match(prog.body, /\{float t=2\.;s\+=t;\}/);
  assert.match(prog.body, /vec2 q=_st_FragCoord\.xy\/iResolution\.xy;/);
});

test('geekest keeps only the helpers it uses, in our own implementation', () => {
  const prog = mustNormalize('o=vec4(hsv(snoise2D(FC.xy),1.,1.),1);', 'twigl-geekest-300');
  assert.match(prog.body, /vec3 hsv\(float h, float s, float v\)/);
  assert.match(prog.body, /float snoise2D\(vec2 v\)/);
  assert.match(prog.body, /float twigl_gnoise\(/);
  assert.doesNotMatch(prog.body, /rotate2D|snoise3D|snoise4D|\bPI2?\b/);
  assert.equal(prog.features.functions, 5);
});

test('ES 1.00 names that are ES 3.00 built-ins are renamed, texture2D becomes texture', () => {
  const prog = mustNormalize('uniform float time;\nfloat round(float x){return floor(x+.5);}\nvoid main(){gl_FragColor=vec4(round(time));}', 'glslsandbox');
  assert.match(prog.body, /float round_\(float x\)/);
  assert.match(prog.body, /vec4\(round_\(iTime\)\)/);
});

test('a program name that clashes with mainImage parameters is renamed', () => {
  const prog = mustNormalize('uniform float time;\nvoid main(){float fragColor=time;gl_FragColor=vec4(fragColor);}');
  assert.match(prog.body, /float fragColor_=iTime;fragColor=vec4\(fragColor_\);/);
});

test('gl_FragColor outside main cannot be translated and says so', () => {
  const r = normalize('uniform float time;\nvoid paint(){gl_FragColor=vec4(time);}\nvoid main(){paint();}');
  assert.equal(r.ok, false);
  if (!r.ok) assert.equal(r.reason, 'unsupported-dialect');
});

test('feature record describes loops, functions, derivatives and size', () => {
  const f = mustNormalize(okPrograms.find((p) => p.file === 'shadertoy-rings.glsl')!.code).features;
  assert.equal(f.loops, 2);
  assert.equal(f.maxLoopNesting, 2);
  assert.equal(f.functions, 2);
  assert.equal(f.usesDerivatives, true);
  assert.equal(f.usesTexture, false);
  assert.deepEqual(f.uniforms, ['iResolution', 'iTime']);
  assert.ok(f.bytes > 100 && f.lines > 5);
});

test('macros are expanded and comments removed', () => {
  const prog = mustNormalize('#define SCALE 3.0\n// note\nvoid mainImage(out vec4 c, in vec2 p) { c = vec4(p * SCALE, 0, 1); /* x */ }\n');
  assert.match(prog.body, /^void mainImage\(out vec4 c, in vec2 p\) \{ c = vec4\(p \* 3\.0, 0, 1\); +\}\n$/);
});

test('size limit is enforced on input and on the expanded body', () => {
  const big = 'void mainImage(out vec4 c, in vec2 p) { c = vec4(1.0); }\n' + '// pad\n'.repeat(2000);
  const r = normalize(big, { maxBytes: 4096 });
  assert.ok(!r.ok && r.reason === 'too-large');
  const grow = '#define A 1.0+1.0+1.0+1.0+1.0+1.0+1.0+1.0\nvoid mainImage(out vec4 c, in vec2 p) { c = vec4(' + Array(60).fill('A').join('+') + '); }';
  const g = normalize(grow, { maxBytes: 1500 });
  assert.ok(!g.ok && g.reason === 'too-large', g.ok ? 'accepted' : g.message);
});

test('binary input is rejected, whether a string or invalid UTF-8 bytes', () => {
  const a = normalize('void mainImage(out vec4 c, in vec2 p) { c = vec4(1.0); }\u0000');
  assert.ok(!a.ok && a.reason === 'binary');
  const b = normalize(new Uint8Array([0x76, 0x6f, 0xff, 0xfe, 0x69]));
  assert.ok(!b.ok && b.reason === 'binary');
  const ok = normalize(new TextEncoder().encode('void mainImage(out vec4 c, in vec2 p) { c = vec4(1.0); }'));
  assert.ok(ok.ok);
});

test('bad options are programming errors that name the option', () => {
  assert.throws(() => normalize('x', { maxBytes: -1 }), /maxBytes/);
  assert.throws(() => normalize(42 as unknown as string), /code must be a string/);
});
