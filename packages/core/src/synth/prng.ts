/**
 * A small seeded PRNG for the synthesizer and the diversity report: sfc32, seeded through
 * splitmix32 from (salt, seed). Written here rather than taken from a package because it is
 * twenty lines and the synthesizer's output must never change when a dependency does.
 *
 * @example
 * const rng = createRng(42, 'v1');
 * rng.float(0, 1); rng.int(3, 8); rng.pick(['a', 'b']);
 */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform in [lo, hi). */
  float(lo: number, hi: number): number;
  /** Uniform integer in [lo, hi] (both inclusive). */
  int(lo: number, hi: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks by weight: `[[value, weight], ...]`. */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  /** -1 or +1. */
  sign(): number;
}

/** FNV-1a, 32 bits: turns a salt string into a number. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export function createRng(seed: number, salt = ''): Rng {
  const lo = seed >>> 0;
  const hi = Math.floor(seed / 0x100000000) >>> 0;
  const init = splitmix32(hashString(salt) ^ lo ^ Math.imul(hi, 0x9e3779b1));
  let a = init(), b = init(), c = init(), d = init();
  const next = (): number => {
    // sfc32
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 0x100000000;
  };
  for (let i = 0; i < 12; i++) next();
  const rng: Rng = {
    next,
    float: (lo2, hi2) => lo2 + (hi2 - lo2) * next(),
    int: (lo2, hi2) => lo2 + Math.floor(next() * (hi2 - lo2 + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)],
    weighted: (items) => {
      let total = 0;
      for (const [, w] of items) total += w;
      let r = next() * total;
      for (const [v, w] of items) {
        r -= w;
        if (r < 0) return v;
      }
      return items[items.length - 1][0];
    },
    sign: () => (next() < 0.5 ? -1 : 1),
  };
  return rng;
}
