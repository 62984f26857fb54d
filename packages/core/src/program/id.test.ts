import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { programId } from './id.ts';

test('programId is the first 20 hex digits of SHA-256 over UTF-8', () => {
  const body = 'void mainImage(out vec4 c, in vec2 p) { c = vec4(0.5); } // é\n';
  assert.equal(programId(body), createHash('sha256').update(Buffer.from(body, 'utf8')).digest('hex').slice(0, 20));
  assert.match(programId(''), /^[0-9a-f]{20}$/);
  assert.notEqual(programId('a'), programId('b'));
});

test('programId rejects non-strings', () => {
  assert.throws(() => programId(undefined as unknown as string), /body must be a string/);
});
