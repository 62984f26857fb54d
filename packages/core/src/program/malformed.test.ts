// The malformed-input corpus: every input must come back as a rejection (never a throw, hang or
// crash) within a time bound.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalize } from './normalize.ts';
import { loadTestPrograms } from './testdata.ts';

const BOUND_MS = 5000;

function rejectsQuickly(name: string, code: string | Uint8Array, reasons: string[]) {
  test(`malformed: ${name}`, () => {
    const t0 = performance.now();
    const r = normalize(code);
    const ms = performance.now() - t0;
    assert.ok(ms < BOUND_MS, `took ${ms.toFixed(0)} ms`);
    assert.equal(r.ok, false, 'expected a rejection');
    if (!r.ok) assert.ok(reasons.includes(r.reason), `got ${r.message}`);
  });
}

// Deterministic pseudo-random bytes (xorshift), so a failure can be reproduced.
function garbage(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

const sample = loadTestPrograms('ok').find((p) => p.file === 'shadertoy-rings.glsl')!.code;
for (const cut of [0.2, 0.5, 0.8, 0.95]) {
  rejectsQuickly(`truncated at ${cut * 100}%`, sample.slice(0, Math.floor(sample.length * cut)), ['syntax-error', 'no-entry-point', 'preprocess-error', 'empty']);
}
for (const seed of [1, 2, 3]) rejectsQuickly(`random bytes #${seed}`, garbage(2000, seed), ['binary']);
rejectsQuickly('random bytes as a latin1 string', Buffer.from(garbage(2000, 9)).toString('latin1'), ['binary']);
rejectsQuickly('5 MB file', 'void mainImage(out vec4 c, in vec2 p) { c = vec4(1.0); }\n'.repeat(90_000), ['too-large']);
rejectsQuickly('5 MB of bytes', new Uint8Array(5 * 1024 * 1024).fill(0x20), ['too-large']);
rejectsQuickly('exponential macros', Array.from({ length: 40 }, (_, i) => `#define X${i + 1} X${i} X${i}`).join('\n') + '\nvoid mainImage(out vec4 c, in vec2 p) { float X40; }', ['too-large']);
rejectsQuickly('nested function macros', '#define F(x) x+x+x+x\nvoid mainImage(out vec4 c, in vec2 p) { c = vec4(' + 'F('.repeat(30) + '1.0' + ')'.repeat(30) + '); }', ['too-large']);
test('malformed: self-referencing macros stop expanding (C semantics) in bounded time', () => {
  const t0 = performance.now();
  const r = normalize('#define A B\n#define B A\n#define C(x) C(x)+A\nvoid mainImage(out vec4 c, in vec2 p) { c = vec4(C(A)); }');
  assert.ok(performance.now() - t0 < BOUND_MS);
  assert.ok(r.ok, r.ok ? '' : r.message);
  if (r.ok) assert.match(r.program.body, /vec4\(C\([AB]\)\+[AB]\)/);
});
rejectsQuickly('deeply nested #if', '#if 1\n'.repeat(3000) + 'void mainImage(out vec4 c, in vec2 p) { c = vec4(1.0); }\n' + '#endif\n'.repeat(3000), ['too-complex', 'preprocess-error']);
rejectsQuickly('unterminated comment', 'void mainImage(out vec4 c, in vec2 p) { c = vec4(1.0); } /* never closed', ['syntax-error']);
rejectsQuickly('unterminated macro call', '#define F(x) x\nvoid mainImage(out vec4 c, in vec2 p) { c = vec4(F(1.0); }', ['preprocess-error', 'syntax-error']);
rejectsQuickly('5000 nested parentheses', 'void mainImage(out vec4 c, in vec2 p) { c = vec4(' + '('.repeat(5000) + '1.0' + ')'.repeat(5000) + '); }', ['too-complex']);
rejectsQuickly('parentheses hidden in a macro', '#define P(x) ((((((((((x))))))))))\nvoid mainImage(out vec4 c, in vec2 p) { c = vec4(' + 'P('.repeat(40) + '1.0' + ')'.repeat(40) + '); }', ['too-complex', 'too-large']);
rejectsQuickly('3000 nested blocks', 'void mainImage(out vec4 c, in vec2 p) {' + '{'.repeat(3000) + '}'.repeat(3000) + '}', ['too-complex']);
rejectsQuickly('only whitespace', ' \n\t\n', ['empty']);
rejectsQuickly('unbalanced braces', 'void mainImage(out vec4 c, in vec2 p) { c = vec4(1.0); ', ['syntax-error']);
rejectsQuickly('not GLSL at all', '<html><body>404 Not Found</body></html>', ['syntax-error', 'no-entry-point']);
