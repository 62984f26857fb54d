/**
 * The GLSL helper functions that generated programs may call. Each is emitted once, only when a
 * production uses it, in dependency order, so a program carries exactly the helpers it needs.
 * All written for shadertrain (common techniques: integer hash, value noise, fbm, cellular
 * distances, 2D distance functions, hexagonal lattice, polynomial smooth-min, cosine palette, HSV).
 */
export interface Helper {
  deps: string[];
  code: string;
}

const HELPERS: Record<string, Helper> = {
  rot: {
    deps: [],
    code: `// helper: 2D rotation by angle a
mat2 rot(float a) {
    float c = cos(a);
    float s = sin(a);
    return mat2(c, s, -s, c);
}`,
  },
  angle: {
    deps: [],
    code: `// helper: polar angle of p, defined at the origin
float angle(vec2 p) {
    return atan(p.y, abs(p.x) < 0.000001 ? 0.000001 : p.x);
}`,
  },
  hash: {
    deps: [],
    code: `// helper: integer hash of a lattice cell and a salt, in [0, 1]
float hash(vec2 cell, uint salt) {
    uvec2 u = uvec2(ivec2(floor(cell)) + 65536);
    uint h = u.x * 747796405u + u.y * 2891336453u + salt * 1181783497u;
    h ^= h >> 16u;
    h *= 2246822519u;
    h ^= h >> 13u;
    h *= 3266489917u;
    h ^= h >> 16u;
    return float(h) / 4294967295.0;
}`,
  },
  noise: {
    deps: ['hash'],
    code: `// helper: value noise in [0, 1]
float noise(vec2 p) {
    vec2 i = floor(p);
    vec2 f = fract(p);
    vec2 u = f * f * (3.0 - 2.0 * f);
    float a = hash(i, 0u);
    float b = hash(i + vec2(1.0, 0.0), 0u);
    float c = hash(i + vec2(0.0, 1.0), 0u);
    float d = hash(i + vec2(1.0, 1.0), 0u);
    return mix(mix(a, b, u.x), mix(c, d, u.x), u.y);
}`,
  },
  cells: {
    deps: ['hash'],
    code: `// helper: cellular distances (x: nearest feature point, y: second nearest), points orbit with t
vec2 cells(vec2 p, float t) {
    vec2 i = floor(p);
    vec2 f = fract(p);
    float d1 = 8.0;
    float d2 = 8.0;
    for (int y = -1; y <= 1; y++) {
        for (int x = -1; x <= 1; x++) {
            vec2 o = vec2(float(x), float(y));
            vec2 h = vec2(hash(i + o, 1u), hash(i + o, 2u));
            vec2 c = o + 0.5 + 0.4 * sin(t + 6.28318 * h) - f;
            float d = dot(c, c);
            if (d < d1) {
                d2 = d1;
                d1 = d;
            } else if (d < d2) {
                d2 = d;
            }
        }
    }
    return sqrt(vec2(d1, d2));
}`,
  },
  smin: {
    deps: [],
    code: `// helper: polynomial smooth minimum with blend width k
float smin(float a, float b, float k) {
    float h = clamp(0.5 + 0.5 * (b - a) / k, 0.0, 1.0);
    return mix(b, a, h) - k * h * (1.0 - h);
}`,
  },
  sdBox: {
    deps: [],
    code: `// helper: signed distance to a box of half-size b
float sdBox(vec2 p, vec2 b) {
    vec2 d = abs(p) - b;
    return length(max(d, 0.0)) + min(max(d.x, d.y), 0.0);
}`,
  },
  sdSegment: {
    deps: [],
    code: `// helper: distance to the segment from a to b
float sdSegment(vec2 p, vec2 a, vec2 b) {
    vec2 pa = p - a;
    vec2 ba = b - a;
    float h = clamp(dot(pa, ba) / dot(ba, ba), 0.0, 1.0);
    return length(pa - ba * h);
}`,
  },
  sdStar: {
    deps: ['angle'],
    code: `// helper: distance-like field of an n-pointed star of radius r and spike depth k
float sdStar(vec2 p, float r, float n, float k) {
    float sector = 6.28318 / n;
    float a = abs(mod(angle(p), sector) - 0.5 * sector) / (0.5 * sector);
    return length(p) - r * (1.0 - k + k * (1.0 - a) * (1.0 - a));
}`,
  },
  kaleido: {
    deps: ['angle'],
    code: `// helper: fold the plane into n mirrored sectors around the origin
vec2 kaleido(vec2 p, float n) {
    float sector = 6.28318 / n;
    float a = abs(mod(angle(p), sector) - 0.5 * sector);
    return length(p) * vec2(cos(a), sin(a));
}`,
  },
  hexLocal: {
    deps: [],
    code: `// helper: p relative to the nearest centre of a hexagonal lattice (neighbouring centres 1 apart)
vec2 hexLocal(vec2 p) {
    vec2 r = vec2(1.0, 1.7320508);
    vec2 a = mod(p, r) - 0.5 * r;
    vec2 b = mod(p - 0.5 * r, r) - 0.5 * r;
    return dot(a, a) < dot(b, b) ? a : b;
}`,
  },
  palette: {
    deps: [],
    code: `// helper: cosine palette a + b * cos(2 pi (c x + d))
vec3 palette(float x, vec3 a, vec3 b, vec3 c, vec3 d) {
    return a + b * cos(6.28318 * (c * x + d));
}`,
  },
  hsv: {
    deps: [],
    code: `// helper: HSV to RGB
vec3 hsv(float h, float s, float v) {
    vec3 k = clamp(abs(mod(h * 6.0 + vec3(0.0, 4.0, 2.0), 6.0) - 3.0) - 1.0, 0.0, 1.0);
    return v * mix(vec3(1.0), k, s);
}`,
  },
};

/** fbm with a constant number of octaves: one helper per octave count, named `fbm<N>`. */
function fbmHelper(octaves: number): Helper {
  return {
    deps: ['noise', 'rot'],
    code: `// helper: fractal sum of ${octaves} octaves of value noise, in [0, 1]
float fbm${octaves}(vec2 p) {
    float sum = 0.0;
    float amp = 0.5;
    float norm = 0.0;
    for (int i = 0; i < ${octaves}; i++) {
        sum += amp * noise(p);
        norm += amp;
        p = rot(0.61) * p * 2.03 + vec2(1.7, 9.2);
        amp *= 0.5;
    }
    return sum / norm;
}`,
  };
}

export function helper(name: string): Helper {
  const m = /^fbm(\d+)$/.exec(name);
  if (m) return fbmHelper(Number(m[1]));
  const h = HELPERS[name];
  if (!h) throw new Error(`unknown synth helper ${name}`);
  return h;
}

/** The helpers' code for the requested names, dependencies first, each once. */
export function emitHelpers(names: Iterable<string>): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = (name: string): void => {
    if (seen.has(name)) return;
    seen.add(name);
    const h = helper(name);
    for (const d of h.deps) visit(d);
    out.push(h.code);
  };
  for (const n of [...names].sort()) visit(n);
  return out;
}
