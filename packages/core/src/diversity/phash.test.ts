import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RgbImage } from './image.ts';
import { dHash, hamming, hashHex, HASH_BITS, NEAR_DUPLICATE_BITS, nearDuplicates, parseHashHex } from './phash.ts';

const SIZE = 128; // the stored thumbnails' size

/** A SIZE² image whose pixel at uv (centred, y up, [-1, 1]) is f(u, v) as RGB in [0, 1]. */
function image(f: (u: number, v: number) => [number, number, number], size = SIZE): RgbImage {
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const [r, g, b] = f((2 * x + 1 - size) / size, (size - 2 * y - 1) / size);
      const i = (y * size + x) * 4;
      data[i] = Math.round(255 * Math.min(1, Math.max(0, r)));
      data[i + 1] = Math.round(255 * Math.min(1, Math.max(0, g)));
      data[i + 2] = Math.round(255 * Math.min(1, Math.max(0, b)));
      data[i + 3] = 255;
    }
  }
  return { width: size, height: size, data };
}

/** A cosine palette, as the synthesizer's programs use. */
const palette = (x: number, d: [number, number, number]): [number, number, number] =>
  [0, 1, 2].map((i) => 0.5 + 0.45 * Math.cos(2 * Math.PI * (x + d[i]))) as [number, number, number];
const WARM: [number, number, number] = [0.0, 0.15, 0.3];

/** A program-like pattern at time t: drifting interference of waves plus a soft blob, off-centre. */
const waves = (t: number) => (u: number, v: number) =>
  palette(0.35 * Math.sin(3.1 * u + 1.3 * v + 0.8 * t) + 0.3 * Math.sin(4.3 * v - 2.2 * u - 0.5 * t) + 0.6 * Math.exp(-4 * ((u - 0.3) ** 2 + (v + 0.2) ** 2)), WARM);

/**
 * A centred kaleidoscope-like pattern: n sectors and rings of frequency k over a bright centre, the
 * kind of synthesized program the 64-bit hash confused (its coarse cells see only the centre).
 */
const kaleido = (n: number, k: number, d = WARM) => (u: number, v: number) => {
  const r = Math.hypot(u, v);
  const a = Math.atan2(v, u);
  return palette(0.12 * Math.cos(n * a) * Math.cos(k * r) + 0.08 * Math.cos(k * r) + 0.35 * Math.exp(-2 * r * r), d);
};

function shift(img: RgbImage, dx: number, dy: number): RgbImage {
  const out = new Uint8Array(img.data.length);
  for (let y = 0; y < img.height; y++) {
    for (let x = 0; x < img.width; x++) {
      const sx = Math.min(img.width - 1, Math.max(0, x - dx));
      const sy = Math.min(img.height - 1, Math.max(0, y - dy));
      out.set(img.data.subarray((sy * img.width + sx) * 4, (sy * img.width + sx) * 4 + 4), (y * img.width + x) * 4);
    }
  }
  return { ...img, data: out };
}

function mapPixels(img: RgbImage, f: (r: number, g: number, b: number, i: number) => [number, number, number]): RgbImage {
  const out = new Uint8Array(img.data.length);
  for (let i = 0; i < img.data.length; i += 4) {
    const c = f(img.data[i], img.data[i + 1], img.data[i + 2], i);
    for (let k = 0; k < 3; k++) out[i + k] = Math.max(0, Math.min(255, Math.round(c[k])));
    out[i + 3] = 255;
  }
  return { ...img, data: out };
}

/** Hue rotation in YIQ: keeps each pixel's luminance (up to clipping), changes every colour. */
const hueRotate = (deg: number) => (r: number, g: number, b: number): [number, number, number] => {
  const y = 0.299 * r + 0.587 * g + 0.114 * b;
  const i = 0.596 * r - 0.274 * g - 0.322 * b;
  const q = 0.211 * r - 0.523 * g + 0.312 * b;
  const c = Math.cos((deg * Math.PI) / 180);
  const s = Math.sin((deg * Math.PI) / 180);
  const i2 = c * i - s * q;
  const q2 = s * i + c * q;
  return [y + 0.956 * i2 + 0.621 * q2, y - 0.272 * i2 - 0.647 * q2, y - 1.106 * i2 + 1.703 * q2];
};

/** The 64-bit hash this one replaced (5×8 / 8×5 cells, 6 bits): kept here to show the cases it missed. */
function oldHash64(img: RgbImage): number[] {
  const cells = (w: number, h: number) => {
    const g = new Float64Array(w * h);
    const n = new Float64Array(w * h);
    for (let y = 0; y < img.height; y++) {
      for (let x = 0; x < img.width; x++) {
        const k = Math.floor((y * h) / img.height) * w + Math.floor((x * w) / img.width);
        const i = (y * img.width + x) * 4;
        g[k] += 0.299 * img.data[i] + 0.587 * img.data[i + 1] + 0.114 * img.data[i + 2];
        n[k]++;
      }
    }
    return g.map((s, k) => s / n[k]);
  };
  const h = cells(5, 8);
  const v = cells(8, 5);
  const bits: number[] = [];
  for (let a = 0; a < 8; a++) for (let b = 0; b < 4; b++) bits.push(h[a * 5 + b] > h[a * 5 + b + 1] ? 1 : 0, v[b * 8 + a] > v[(b + 1) * 8 + a] ? 1 : 0);
  return bits;
}
const oldDistance = (a: RgbImage, b: RgbImage) => oldHash64(a).reduce((d, bit, i) => d + (bit ^ oldHash64(b)[i]), 0);

const near = (a: RgbImage, b: RgbImage) => hamming(dHash(a), dHash(b));

test('the threshold is 20 % of 256 bits; hex round-trips', () => {
  assert.equal(HASH_BITS, 256);
  assert.equal(NEAR_DUPLICATE_BITS, 51);
  const h = dHash(image(waves(1)));
  assert.equal(h.length, 8);
  assert.match(hashHex(h), /^[0-9a-f]{64}$/);
  assert.deepEqual(parseHashHex(hashHex(h)), h);
  assert.throws(() => parseHashHex('abc'));
});

test('bits are where the layout says: a left-to-right darkening ramp sets exactly the 128 horizontal bits', () => {
  const h = dHash(image((u) => [0.5 - 0.4 * u, 0.5 - 0.4 * u, 0.5 - 0.4 * u]));
  assert.deepEqual(Array.from(h), [~0 >>> 0, ~0 >>> 0, ~0 >>> 0, ~0 >>> 0, 0, 0, 0, 0]);
  const v = dHash(image((_, y) => [0.5 + 0.4 * y, 0.5 + 0.4 * y, 0.5 + 0.4 * y])); // brighter at the top
  assert.deepEqual(Array.from(v), [0, 0, 0, 0, ~0 >>> 0, ~0 >>> 0, ~0 >>> 0, ~0 >>> 0]);
  assert.equal(hamming(h, v), 256);
});

test('true near-duplicates stay within the threshold', () => {
  const base = image(waves(1));
  const cases: Record<string, RgbImage> = {
    'identical': image(waves(1)),
    'one frame later (1/30 s)': image(waves(1 + 1 / 30)),
    '0.1 s later': image(waves(1.1)),
    'shifted by 2 px': shift(base, 2, 1),
    'palette swap, luminance kept (YIQ hue +90°)': mapPixels(base, hueRotate(90)),
    'palette swap, luminance kept (YIQ hue 180°)': mapPixels(base, hueRotate(180)),
    'another palette with the same luminance order': mapPixels(base, (r, g, b) => {
      const y = (0.299 * r + 0.587 * g + 0.114 * b) / 255;
      return [255 * (0.1 + 0.9 * y), 255 * (0.05 + 0.6 * y * y), 255 * (0.4 + 0.5 * y) * (1 - 0.5 * y)];
    }),
    'grey noise (±8)': mapPixels(base, (r, g, b, i) => { const n = ((Math.imul(i, 2654435761) >>> 0) % 17) - 8; return [r + n, g + n, b + n]; }),
  };
  for (const [name, img] of Object.entries(cases)) {
    const d = near(base, img);
    assert.ok(d <= NEAR_DUPLICATE_BITS, `${name}: ${d} bits`);
  }
  assert.equal(near(base, cases.identical), 0);
  // a palette swap alone does not make a program new
  assert.ok(near(base, cases['palette swap, luminance kept (YIQ hue 180°)']) <= 8);
  // a centred symmetric program at another time and in other colours is still itself
  const k = image(kaleido(6, 12));
  assert.ok(near(k, mapPixels(k, hueRotate(120))) <= NEAR_DUPLICATE_BITS);
  assert.ok(near(k, shift(k, 1, 2)) <= NEAR_DUPLICATE_BITS);
});

test('clearly different images are far apart', () => {
  const imgs: Record<string, RgbImage> = {
    waves: image(waves(1)),
    'waves much later': image(waves(5)),
    stripes: image((u) => palette(0.5 + 0.5 * Math.sin(9 * u), WARM)),
    checker: image((u, v) => palette(Math.sign(Math.sin(7 * u) * Math.sin(7 * v)) * 0.3, WARM)),
    rings: image((u, v) => palette(0.4 * Math.sin(12 * Math.hypot(u - 0.2, v + 0.1)), WARM)),
    spiral: image((u, v) => palette(0.4 * Math.sin(3 * Math.atan2(v, u) + 8 * Math.hypot(u, v)), WARM)),
    blob: image((u, v) => palette(0.6 * Math.exp(-5 * ((u + 0.4) ** 2 + (v - 0.3) ** 2)), WARM)),
  };
  const names = Object.keys(imgs);
  for (let i = 0; i < names.length; i++) {
    for (let j = 0; j < i; j++) {
      const d = near(imgs[names[i]], imgs[names[j]]);
      assert.ok(d > NEAR_DUPLICATE_BITS + 15, `${names[j]} vs ${names[i]}: ${d} bits`);
    }
  }
});

test('different centred kaleidoscopes are told apart (the 64-bit hash confused them)', () => {
  // pairs of centred radial patterns in unrelated colours that differ by eye in sector count and rings
  const pairs: [RgbImage, RgbImage][] = [
    [image(kaleido(4, 13)), image(kaleido(12, 20, [0.05, 0.1, 0.4]))],
    [image(kaleido(12, 20)), image(kaleido(9, 14, [0.1, 0.0, 0.2]))],
    [image(kaleido(10, 15)), image(kaleido(5, 17, [0.05, 0.1, 0.4]))],
  ];
  for (const [a, b] of pairs) {
    assert.ok(oldDistance(a, b) <= 6, `the case should be one the old hash flagged: ${oldDistance(a, b)} of 64 bits`);
    assert.ok(near(a, b) > NEAR_DUPLICATE_BITS, `${near(a, b)} bits`);
  }
});

test('nearDuplicates: pairs within the threshold, the first earlier match, nulls skipped', () => {
  const a = dHash(image(waves(1)));
  const b = dHash(image(waves(1 + 1 / 30)));
  const c = dHash(image(kaleido(6, 12)));
  const d = nearDuplicates([a, null, c, b, a]);
  assert.deepEqual(d.pairs.map(([i, j]) => [i, j]), [[0, 3], [0, 4], [3, 4]]);
  assert.deepEqual(d.duplicateOf, [-1, -1, -1, 0, 0]);
  assert.deepEqual(nearDuplicates([a, b], 0).pairs, []);
});
