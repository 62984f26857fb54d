/**
 * A 64-bit difference hash (dHash) of an image, taken both ways: 32 bits compare horizontally
 * adjacent cells of a 5×8 grey downscale, 32 bits vertically adjacent cells of an 8×5 one (area
 * averages); a bit is set when the first cell is brighter. A plain 9×8 dHash only sees horizontal
 * structure (every horizontal stripe pattern hashes like a flat canvas); this one sees both at the
 * same resolution. Written here because it is a few lines over pngjs and no maintained package does
 * exactly this on plain arrays.
 *
 * Near-duplicate rule: two renders are near-duplicates when their hashes differ in at most
 * `NEAR_DUPLICATE_BITS` (6) of 64 bits — the same structure up to small shifts, noise and colour
 * (the hash is computed on luminance, so a palette swap alone does not make a program new).
 */
import { decodePng, resize, type RgbImage } from './image.ts';

export const NEAR_DUPLICATE_BITS = 6;

/** The hash as two 32-bit halves, `[vertical, horizontal]`. */
export type Hash64 = readonly [number, number];

function grey(img: RgbImage): Float64Array {
  const d = img.data;
  const g = new Float64Array(img.width * img.height);
  for (let i = 0; i < g.length; i++) g[i] = 0.299 * d[i * 4] + 0.587 * d[i * 4 + 1] + 0.114 * d[i * 4 + 2];
  return g;
}

export function dHash(img: RgbImage): Hash64 {
  const h = grey(resize(img, 5, 8));
  const v = grey(resize(img, 8, 5));
  let hBits = 0;
  let vBits = 0;
  for (let a = 0; a < 8; a++) {
    for (let b = 0; b < 4; b++) {
      const bit = 1 << (a * 4 + b);
      if (h[a * 5 + b] > h[a * 5 + b + 1]) hBits |= bit; // row a, columns b and b+1
      if (v[b * 8 + a] > v[(b + 1) * 8 + a]) vBits |= bit; // column a, rows b and b+1
    }
  }
  return [vBits >>> 0, hBits >>> 0];
}

export function dHashPng(png: Uint8Array): Hash64 {
  return dHash(decodePng(png));
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

export function hamming(a: Hash64, b: Hash64): number {
  return popcount((a[0] ^ b[0]) >>> 0) + popcount((a[1] ^ b[1]) >>> 0);
}

export function hashHex(h: Hash64): string {
  return h[0].toString(16).padStart(8, '0') + h[1].toString(16).padStart(8, '0');
}

/**
 * Near-duplicate pairs among hashes (`null` = no render), in input order: every pair (i < j) within
 * `threshold` bits, and `duplicateOf[j]` = the first earlier index it is close to (or -1).
 * A program counts as a near-duplicate when it has an earlier near-duplicate, so a set of k
 * identical renders counts k - 1. O(n²) popcounts: about a second for 10,000 programs.
 */
export function nearDuplicates(hashes: (Hash64 | null)[], threshold = NEAR_DUPLICATE_BITS): {
  pairs: [number, number, number][];
  duplicateOf: number[];
} {
  const pairs: [number, number, number][] = [];
  const duplicateOf = hashes.map(() => -1);
  for (let j = 0; j < hashes.length; j++) {
    const hj = hashes[j];
    if (!hj) continue;
    for (let i = 0; i < j; i++) {
      const hi = hashes[i];
      if (!hi) continue;
      const d = hamming(hi, hj);
      if (d <= threshold) {
        pairs.push([i, j, d]);
        if (duplicateOf[j] < 0) duplicateOf[j] = i;
      }
    }
  }
  return { pairs, duplicateOf };
}
