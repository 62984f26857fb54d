/**
 * A 256-bit difference hash (dHash) of an image's luminance, taken both ways: 128 bits compare
 * horizontally adjacent cells of a 9×16 grey downscale (16 rows of 8 comparisons), 128 bits
 * vertically adjacent cells of a 16×9 one (16 columns of 8); cells are area averages and a bit is
 * set when the first cell is brighter. Written here because it is a few lines over pngjs and no
 * maintained package does exactly this on plain arrays.
 *
 * Why 256 bits (issue 4): the earlier 64-bit hash (5×8 and 8×5 cells) could not tell apart
 * programs that are symmetric about the canvas centre: a centred kaleidoscope's mirrored cells
 * leave it about 16 independent bits, so different kaleidoscopes and rings with a bright or dark
 * centre landed within 6 bits of each other: 6.4 % of 10,000 synthesized v1 programs were flagged,
 * and most flagged pairs looked different by eye. The 16-row/16-column grid sees rings and sectors.
 *
 * Near-duplicate rule: two renders are near-duplicates when their hashes differ in at most
 * `NEAR_DUPLICATE_FRACTION` (20 %) of the bits, `NEAR_DUPLICATE_BITS` = 51 of 256. Chosen by looking
 * at pairs of 128² thumbnails at t = 1 s (2026-11-25), for 150 synthesized v1 programs / the 221
 * handwritten ones: at 51 bits the hash catches the same program 1/30 s later in 99 % / 100 % of
 * cases, 0.1 s later in 87 % / 97 %, shifted by 2 px in 92 % / 96 %, after a luminance-preserving
 * palette swap (hue rotation in YIQ by 90° or 180°) in 97–99 % / 100 %, a monotone recolouring in
 * 99 % / 100 % and grey noise (σ ≈ 8) in 99 % / 100 % — each at least as often as the 64-bit hash did
 * at 6 bits. Different programs are rarely this close: the 0.1 % quantile of pair distances is
 * 30–38 % of the bits (handwritten, synthesized v1 and v2); the one handwritten pair within 51 bits
 * (24) is two grids of shapes on the same lattice (circles; shapes morphing between circle, box and
 * plus sign), a fair catch, where the 64-bit hash flagged three handwritten pairs that all differ by eye. Shifts of 4 px
 * or more, and most animations over 0.25 s, are new images to this hash (as they were to the old one).
 * Luminance only, no chroma: a palette swap of the same structure is meant to count as a
 * near-duplicate (the report's colourfulness statistics cover colour).
 */
import { decodePng, resize, type RgbImage } from './image.ts';

/** Bits in a hash. */
export const HASH_BITS = 256;
/** Near-duplicates differ in at most this fraction of the bits. */
export const NEAR_DUPLICATE_FRACTION = 0.2;
/** `floor(NEAR_DUPLICATE_FRACTION * HASH_BITS)` = 51. */
export const NEAR_DUPLICATE_BITS = Math.floor(NEAR_DUPLICATE_FRACTION * HASH_BITS);

/** The hash as eight 32-bit words: words 0–3 the horizontal comparisons (4 rows each), 4–7 the vertical (4 columns each). */
export type Hash256 = Uint32Array;

/** Cells along the compared direction are `COMPARE + 1`; across it `LINES`. */
const COMPARE = 8;
const LINES = 16;

function grey(img: RgbImage): Float64Array {
  const d = img.data;
  const g = new Float64Array(img.width * img.height);
  for (let i = 0; i < g.length; i++) g[i] = 0.299 * d[i * 4] + 0.587 * d[i * 4 + 1] + 0.114 * d[i * 4 + 2];
  return g;
}

export function dHash(img: RgbImage): Hash256 {
  const h = grey(resize(img, COMPARE + 1, LINES)); // LINES rows of COMPARE + 1 cells
  const v = grey(resize(img, LINES, COMPARE + 1)); // COMPARE + 1 rows of LINES cells
  const out = new Uint32Array(HASH_BITS / 32);
  for (let line = 0; line < LINES; line++) {
    for (let k = 0; k < COMPARE; k++) {
      const bit = line * COMPARE + k; // 0..127
      if (h[line * (COMPARE + 1) + k] > h[line * (COMPARE + 1) + k + 1]) out[bit >>> 5] |= 1 << (bit & 31); // row `line`, columns k, k + 1
      if (v[k * LINES + line] > v[(k + 1) * LINES + line]) out[4 + (bit >>> 5)] |= 1 << (bit & 31); // column `line`, rows k, k + 1
    }
  }
  return out;
}

export function dHashPng(png: Uint8Array): Hash256 {
  return dHash(decodePng(png));
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

export function hamming(a: Hash256, b: Hash256): number {
  let d = 0;
  for (let i = 0; i < a.length; i++) d += popcount((a[i] ^ b[i]) >>> 0);
  return d;
}

/** 64 hex digits, word 0 first. */
export function hashHex(h: Hash256): string {
  return Array.from(h, (w) => w.toString(16).padStart(8, '0')).join('');
}

/** The inverse of `hashHex`. */
export function parseHashHex(hex: string): Hash256 {
  if (!/^[0-9a-f]{64}$/i.test(hex)) throw new Error(`not a 256-bit hash: ${hex}`);
  return Uint32Array.from({ length: 8 }, (_, i) => parseInt(hex.slice(i * 8, i * 8 + 8), 16));
}

/**
 * Near-duplicate pairs among hashes (`null` = no render), in input order: every pair (i < j) within
 * `threshold` bits, and `duplicateOf[j]` = the first earlier index it is close to (or -1).
 * A program counts as a near-duplicate when it has an earlier near-duplicate, so a set of k
 * identical renders counts k - 1. O(n²) comparisons of 8 words: a few seconds for 10,000 programs.
 */
export function nearDuplicates(hashes: (Hash256 | null)[], threshold = NEAR_DUPLICATE_BITS): {
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
