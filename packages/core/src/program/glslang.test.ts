// Compiles every normalized test program as a real GLSL ES 3.00 fragment shader with Khronos'
// reference compiler, inside the project's one wrapper (packages/core/glsl/wrapper.frag).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalize } from './normalize.ts';
import type { Dialect } from './dialect.ts';
import { loadTestPrograms } from './testdata.ts';

const WRAPPER = fileURLToPath(new URL('../../glsl/wrapper.frag', import.meta.url));
const FALLBACK = `#version 300 es
precision highp float;
uniform vec3 iResolution; uniform float iTime; uniform float iTimeDelta; uniform int iFrame;
uniform vec4 iMouse; uniform vec4 iDate; uniform float iSampleRate;
vec4 _st_FragCoord;
out vec4 _st_out;
//@BODY
void main() { _st_FragCoord = gl_FragCoord; mainImage(_st_out, gl_FragCoord.xy); }
`;
const hasGlslang = spawnSync('glslangValidator', ['--version']).status === 0;

test('every normalized test program compiles as a GLSL ES 3.00 fragment shader', { skip: !hasGlslang && 'glslangValidator not installed' }, () => {
  const template = existsSync(WRAPPER) ? readFileSync(WRAPPER, 'utf8') : FALLBACK;
  assert.ok(template.includes('//@BODY'), 'wrapper has no //@BODY line');
  const dir = mkdtempSync(join(tmpdir(), 'st-glslang-'));
  try {
    const files: string[] = [];
    for (const p of loadTestPrograms('ok')) {
      const r = normalize(p.code, { dialect: p.meta.dialect as Dialect });
      assert.ok(r.ok, `${p.file}: ${r.ok ? '' : r.message}`);
      const file = join(dir, p.file.replace(/\.glsl$/, '.frag'));
      writeFileSync(file, template.replace('//@BODY', () => r.program.body));
      files.push(file);
    }
    const out = spawnSync('glslangValidator', files, { encoding: 'utf8' });
    assert.equal(out.status, 0, out.stdout + out.stderr);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
