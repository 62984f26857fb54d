// Guesses a program's dialect from its tokens (comments removed). The rules follow what each
// environment requires to compile: Shadertoy defines mainImage; GLSL Sandbox and twigl classic
// declare `time`/`resolution`/`mouse`; twigl geek declares the one-letter uniforms itself, geeker
// uses them without declaring, geekest has no main() (or uses FC / the built-in helpers).
import type { Dialect } from './dialect.ts';
import type { Scan } from './scan.ts';
import { TWIGL_BUILTIN_NAMES } from './twigl-builtins.ts';

const SANDBOX_NAMES = ['time', 'resolution', 'mouse', 'surfacePosition', 'backbuffer'];
const GEEK_NAMES = new Set(['r', 'm', 't', 'f', 's', 'b']);
const PRECISIONS = new Set(['lowp', 'mediump', 'highp']);

/**
 * Returns the most likely dialect, or undefined when the text matches none.
 *
 * @example
 * detectDialect(scan('precision highp float; uniform float time; void main(){ gl_FragColor = vec4(time); }')) // -> 'glslsandbox'
 */
export function detectDialect(s: Scan): Dialect | undefined {
  const ids = s.identifiers;
  const t = s.tokens;
  if (ids.has('mainImage') || ids.has('mainSound')) return 'shadertoy';

  let definesMain = false;
  let declaresOut = false;
  const uniforms = new Set<string>();
  for (let i = 0; i < t.length; i++) {
    if (t[i] === 'void' && t[i + 1] === 'main') definesMain = true;
    if (t[i] === 'out' && (t[i + 1] === 'vec4' || PRECISIONS.has(t[i + 1]))) declaresOut = true;
    if (t[i] === 'uniform') {
      const j = PRECISIONS.has(t[i + 1]) ? i + 2 : i + 1;
      if (t[j + 1] !== undefined) uniforms.add(t[j + 1]);
    }
  }
  const es300 = s.version300 || declaresOut;
  const usesHelpers = [...TWIGL_BUILTIN_NAMES].some((n) => ids.has(n) && n !== 'PI' && n !== 'PI2');
  // `o` is twigl's ES 3.00 output in geeker/geekest; gl_FragColor means ES 1.00.
  const suffix300 = !ids.has('gl_FragColor') && ids.has('o') ? '-300' : '';

  if (!definesMain) {
    if (ids.has('FC') || ids.has('gl_FragColor') || ids.has('o') || usesHelpers) return `twigl-geekest${suffix300}`;
    return undefined;
  }
  if (ids.has('FC') || usesHelpers) return `twigl-geekest${suffix300}`;
  if ([...uniforms].some((u) => GEEK_NAMES.has(u))) return es300 ? 'twigl-geek-300' : 'twigl-geek';
  if (SANDBOX_NAMES.some((n) => uniforms.has(n)) || ids.has('surfacePosition')) {
    if (es300) return 'twigl-classic-300';
    // `frame` and `sound` exist only in twigl's classic mode.
    return uniforms.has('frame') || uniforms.has('sound') ? 'twigl-classic' : 'glslsandbox';
  }
  if ([...GEEK_NAMES].some((n) => ids.has(n)) && !uniforms.size) return `twigl-geeker${suffix300}`;
  if (ids.has('gl_FragColor')) return 'glslsandbox';
  if (es300) return 'twigl-classic-300';
  return undefined;
}
