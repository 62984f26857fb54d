/**
 * Compiles bodies with `glslangValidator -S frag` (Debian glslang-tools) when it is installed:
 * a static check of the synthesizer's output that needs no GPU. Used by the tests and `measure.ts`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assetPath } from '../paths.ts';

const WRAPPER = assetPath('glsl', 'wrapper.frag');

/** Used only while packages/core/glsl/wrapper.frag does not exist yet: the standard inputs. */
const FALLBACK_WRAPPER = `#version 300 es
precision highp float;
precision highp int;
uniform vec3 iResolution;
uniform float iTime;
uniform float iTimeDelta;
uniform int iFrame;
uniform vec4 iMouse;
uniform vec4 iDate;
uniform float iSampleRate;
out vec4 _st_out;
//@BODY
void main() {
    mainImage(_st_out, gl_FragCoord.xy);
}
`;

export function hasGlslang(): boolean {
  return spawnSync('glslangValidator', ['--version'], { stdio: 'ignore' }).status === 0;
}

export function wrapperSource(): string {
  return existsSync(WRAPPER) ? readFileSync(WRAPPER, 'utf8') : FALLBACK_WRAPPER;
}

/** Compiles each body; returns the error text per body (null when it compiled). */
export function compileBodies(bodies: string[]): (string | null)[] {
  const wrapper = wrapperSource();
  const dir = mkdtempSync(join(tmpdir(), 'st-synth-'));
  try {
    return bodies.map((body, i) => {
      const file = join(dir, `p${i}.frag`);
      writeFileSync(file, wrapper.replace(/^\/\/@BODY.*$/m, () => body));
      const r = spawnSync('glslangValidator', ['-S', 'frag', file], { encoding: 'utf8' });
      return r.status === 0 ? null : `${r.stdout}${r.stderr}`.trim();
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
