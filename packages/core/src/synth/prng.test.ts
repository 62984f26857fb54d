import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRng, hashString } from './prng.ts';

test('the same seed and salt give the same sequence; others differ', () => {
  const a = createRng(7, 'x');
  const b = createRng(7, 'x');
  const sa = Array.from({ length: 20 }, () => a.next());
  assert.deepEqual(sa, Array.from({ length: 20 }, () => b.next()));
  const c = createRng(8, 'x');
  const d = createRng(7, 'y');
  assert.notDeepEqual(sa, Array.from({ length: 20 }, () => c.next()));
  assert.notDeepEqual(sa, Array.from({ length: 20 }, () => d.next()));
});

test('ranges hold and the stream is roughly uniform', () => {
  const r = createRng(1);
  let sum = 0;
  for (let i = 0; i < 20000; i++) {
    const x = r.next();
    assert.ok(x >= 0 && x < 1);
    sum += x;
    const k = r.int(3, 5);
    assert.ok(k >= 3 && k <= 5 && Number.isInteger(k));
  }
  assert.ok(Math.abs(sum / 20000 - 0.5) < 0.01);
  assert.equal(r.weighted([['only', 1]] as const), 'only');
  assert.equal(hashString('abc'), hashString('abc'));
});
