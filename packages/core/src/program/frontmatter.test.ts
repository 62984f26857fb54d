import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFrontMatter, serializeFrontMatter } from './frontmatter.ts';

const FILE = `/*---
title: Folded Lanterns
author: shadertrain project
license: CC0-1.0
tags: [symmetry, palette]
dialect: shadertoy        # shadertoy | glslsandbox | twigl-<mode>
---*/
void mainImage(out vec4 fragColor, in vec2 fragCoord) { fragColor = vec4(1.0); }
`;

test('parses keys, lists and trailing comments, and returns the code after the block', () => {
  const { meta, code } = parseFrontMatter(FILE, 'lanterns.glsl');
  assert.deepEqual(meta, { title: 'Folded Lanterns', author: 'shadertrain project', license: 'CC0-1.0', tags: ['symmetry', 'palette'], dialect: 'shadertoy' });
  assert.equal(code, 'void mainImage(out vec4 fragColor, in vec2 fragCoord) { fragColor = vec4(1.0); }\n');
});

test('a file without front matter is all code', () => {
  assert.deepEqual(parseFrontMatter('void main(){}'), { meta: {}, code: 'void main(){}' });
});

test('serialize then parse gives back the same meta and code', () => {
  const meta = { title: 'A: tricky, title #1', tags: ['x', 'y z'], source: 'https://example.org/a#frag' };
  const text = serializeFrontMatter(meta, 'float x;\n');
  assert.deepEqual(parseFrontMatter(text, 'x.glsl'), { meta, code: 'float x;\n' });
});

test('malformed front matter names the file, line and key', () => {
  assert.throws(() => parseFrontMatter('/*---\ntitle: x\n', 'a.glsl'), /a\.glsl:1: .*never closed/);
  assert.throws(() => parseFrontMatter('/*---\ntitle: x\nno colon here\n---*/\n', 'b.glsl'), (e: any) => /b\.glsl:3: .*key: value/.test(e.message) && e.code === 'bad-input');
  assert.throws(() => parseFrontMatter('/*---\ntitle: x\ntitle: y\n---*/\n', 'c.glsl'), (e: any) => /c\.glsl:3: .*appears twice/.test(e.message) && e.field === 'title');
  assert.throws(() => parseFrontMatter('/*---\ntags: a, b\n---*/\n', 'd.glsl'), (e: any) => /must be a list/.test(e.message) && e.field === 'tags');
  assert.throws(() => parseFrontMatter('/*---\ntags: [a, b\n---*/\n', 'e.glsl'), /closing '\]'/);
  assert.throws(() => serializeFrontMatter({ title: 'two\nlines' }, ''), /one-line/);
});
