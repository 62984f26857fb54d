/** twigl's four editor modes. */
export type TwiglMode = 'classic' | 'geek' | 'geeker' | 'geekest';

/**
 * Source dialects the normalizer reads. `shadertoy` is the canonical form; twigl modes carry a
 * `-300` suffix for twigl's `#version 300 es` flavour.
 */
export type Dialect = 'shadertoy' | 'glslsandbox' | `twigl-${TwiglMode}` | `twigl-${TwiglMode}-300`;

export const TWIGL_MODES: readonly TwiglMode[] = ['classic', 'geek', 'geeker', 'geekest'];

export const DIALECTS: readonly Dialect[] = [
  'shadertoy',
  'glslsandbox',
  ...TWIGL_MODES.map((m) => `twigl-${m}` as Dialect),
  ...TWIGL_MODES.map((m) => `twigl-${m}-300` as Dialect),
];

/** What the translator needs to know about a dialect. */
export type DialectInfo = {
  dialect: Dialect;
  family: 'shadertoy' | 'glslsandbox' | 'twigl';
  mode?: TwiglMode;
  /** Written for GLSL ES 3.00 (else ES 1.00: texture2D, gl_FragColor, varying). */
  es300: boolean;
};

/**
 * Checks a dialect tag and describes it.
 *
 * @example
 * dialectInfo('twigl-geekest-300') // -> { dialect, family: 'twigl', mode: 'geekest', es300: true }
 */
export function dialectInfo(tag: string): DialectInfo | undefined {
  if (tag === 'shadertoy') return { dialect: tag, family: 'shadertoy', es300: true };
  if (tag === 'glslsandbox') return { dialect: tag, family: 'glslsandbox', es300: false };
  const m = /^twigl-(classic|geek|geeker|geekest)(-300)?$/.exec(tag);
  if (!m) return undefined;
  return { dialect: tag as Dialect, family: 'twigl', mode: m[1] as TwiglMode, es300: m[2] !== undefined };
}

/** True when `tag` names a known dialect. */
export function isDialect(tag: unknown): tag is Dialect {
  return typeof tag === 'string' && dialectInfo(tag) !== undefined;
}
