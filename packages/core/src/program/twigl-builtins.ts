// Our own implementations of the helpers that twigl's geekest mode puts in scope (twigl ships a
// third-party noise snippet; these are written from scratch and only match its signatures and
// the meaning of each helper):
//   snoise2D/3D/4D(v) -> float  gradient noise on the integer lattice with a quintic fade,
//                               roughly in [-1, 1] (not simplex noise: a square/cubic lattice)
//   fsnoise(vec2), fsnoiseDigits(vec2) -> float  hash values in [0, 1)
//   hsv(h, s, v) -> vec3        HSV to RGB, hue in turns
//   rotate2D(a) -> mat2         counter-clockwise rotation of a column vector (m * v)
//   rotate3D(a, axis) -> mat3   rotation by a around axis (Rodrigues' formula)
//   PI, PI2                     constants
// The normalizer keeps only the helpers a program reaches. Helper-private names start with
// `twigl_` (`_st_` is reserved for the wrapper). Only GLSL ES 1.00-compatible built-ins are used,
// because the translator renames ES 3.00-only names that ES 1.00 programs declare.

/** One helper: the names it defines and its source (no comments, the parser re-reads it). */
export type Builtin = { name: string; source: string };

export const TWIGL_BUILTINS: readonly Builtin[] = [
  { name: 'PI', source: 'const float PI = 3.141592653589793;' },
  { name: 'PI2', source: 'const float PI2 = 6.283185307179586;' },
  {
    name: 'twigl_hash4',
    source: `vec4 twigl_hash4(vec4 p) {
  vec4 d = vec4(dot(p, vec4(12.31, 71.97, 37.43, 53.11)), dot(p, vec4(63.71, 17.29, 91.53, 29.87)),
                dot(p, vec4(27.17, 83.39, 11.93, 67.61)), dot(p, vec4(45.61, 23.83, 77.17, 13.37)));
  return fract(sin(d) * 31871.373);
}`,
  },
  {
    name: 'twigl_gnoise',
    source: `float twigl_gnoise(vec4 v, float corners) {
  vec4 i = floor(v);
  vec4 f = v - i;
  vec4 u = f * f * f * (f * (f * 6.0 - 15.0) + 10.0);
  float acc = 0.0;
  for (int k = 0; k < 16; k++) {
    if (float(k) >= corners) break;
    vec4 o = mod(floor(float(k) / vec4(1.0, 2.0, 4.0, 8.0)), 2.0);
    vec4 w = mix(1.0 - u, u, o);
    vec4 g = normalize(twigl_hash4(i + o) * 2.0 - 1.0 + 1e-4);
    acc += w.x * w.y * w.z * w.w * dot(g, f - o);
  }
  return acc;
}`,
  },
  { name: 'snoise2D', source: 'float snoise2D(vec2 v) { return 2.0 * twigl_gnoise(vec4(v, 0.0, 0.0), 4.0); }' },
  { name: 'snoise3D', source: 'float snoise3D(vec3 v) { return 1.6 * twigl_gnoise(vec4(v, 0.0), 8.0); }' },
  { name: 'snoise4D', source: 'float snoise4D(vec4 v) { return 1.4 * twigl_gnoise(v, 16.0); }' },
  { name: 'fsnoise', source: 'float fsnoise(vec2 c) { return fract(sin(dot(c, vec2(17.137, 63.791))) * 29151.4613); }' },
  { name: 'fsnoiseDigits', source: 'float fsnoiseDigits(vec2 c) { return fract(sin(dot(c, vec2(0.17137, 0.63791))) * 291.514613); }' },
  {
    name: 'hsv',
    source: `vec3 hsv(float h, float s, float v) {
  vec3 ramp = clamp(abs(fract(h + vec3(0.0, 2.0, 1.0) / 3.0) * 6.0 - 3.0) - 1.0, 0.0, 1.0);
  return v * mix(vec3(1.0), ramp, s);
}`,
  },
  { name: 'rotate2D', source: 'mat2 rotate2D(float a) { float c = cos(a), s = sin(a); return mat2(c, s, -s, c); }' },
  {
    name: 'rotate3D',
    source: `mat3 rotate3D(float angle, vec3 axis) {
  vec3 a = normalize(axis);
  float s = sin(angle), c = cos(angle), r = 1.0 - c;
  return mat3(a.x * a * r + vec3(c, a.z * s, -a.y * s),
              a.y * a * r + vec3(-a.z * s, c, a.x * s),
              a.z * a * r + vec3(a.y * s, -a.x * s, c));
}`,
  },
];

export const TWIGL_BUILTIN_NAMES: ReadonlySet<string> = new Set(TWIGL_BUILTINS.map((b) => b.name));

/** The whole library as one text, in dependency order. */
export const TWIGL_BUILTIN_SOURCE = TWIGL_BUILTINS.map((b) => b.source).join('\n');
