import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PNG } from 'pngjs';
import { contactSheet } from './contact-sheet.ts';
import { decodePng } from './image.ts';
import { dHashPng, hamming, nearDuplicates, NEAR_DUPLICATE_BITS } from './phash.ts';
import { diversityReport, distribution, quantile, type RenderFn, type ReportStats } from './report.ts';

/** A 32×32 PNG whose pixel (x, y) is f(x, y) as RGB. */
function png(f: (x: number, y: number) => [number, number, number], size = 32): Uint8Array {
  const p = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      const [r, g, b] = f(x, y);
      p.data[i] = r; p.data[i + 1] = g; p.data[i + 2] = b; p.data[i + 3] = 255;
    }
  }
  return new Uint8Array(PNG.sync.write(p));
}

const IMAGES: Record<string, Uint8Array> = {
  rampX: png((x) => [x * 8, 40, 255 - x * 8]),
  rampXCopy: png((x) => [x * 8, 40, 255 - x * 8]),
  rampXRecoloured: png((x) => [40, x * 8, 128]), // same luminance structure, other colours
  rampY: png((_, y) => [255 - y * 8, 255 - y * 8, 0]),
  checker: png((x, y) => (((x >> 2) + (y >> 2)) % 2 ? [255, 0, 0] : [0, 0, 255])),
  rings: png((x, y) => { const v = Math.round(127 + 127 * Math.sin(Math.hypot(x - 16, y - 16) / 2)); return [v, 255 - v, 90]; }),
};

test('dHash: identical images hash equal, different structures far apart', () => {
  const h = Object.fromEntries(Object.entries(IMAGES).map(([k, v]) => [k, dHashPng(v)]));
  assert.equal(hamming(h.rampX, h.rampXCopy), 0);
  assert.equal(hamming(h.rampX, h.rampY), 128); // only the vertical comparisons see a vertical ramp
  assert.equal(hamming(h.rampX, h.rampXRecoloured), 0);
  assert.ok(hamming(h.rampX, h.checker) > NEAR_DUPLICATE_BITS, `${hamming(h.rampX, h.checker)}`);
  assert.ok(hamming(h.rings, h.checker) > NEAR_DUPLICATE_BITS, `${hamming(h.rings, h.checker)}`);
  const d = nearDuplicates([h.rampX, null, h.rampY, h.rampXCopy]);
  assert.deepEqual(d.pairs, [[0, 3, 0]]);
  assert.deepEqual(d.duplicateOf, [-1, -1, -1, 0]);
});

test('quantiles interpolate between order statistics', () => {
  assert.equal(quantile([1, 2, 3, 4], 0.5), 2.5);
  assert.deepEqual(distribution([5, 1, 3, 2, 4]), { min: 1, p25: 2, median: 3, p75: 4, max: 5 });
  assert.equal(distribution([]), null);
});

test('the report on a tiny fixed set counts what it should', async () => {
  // body = image name; stats chosen so each group's distribution is known
  const stats: Record<string, ReportStats> = {
    rampX: { colorfulness: 0.1, entropy: 1, coverage: 0.5, temporalChange: 0 },
    rampXCopy: { colorfulness: 0.2, entropy: 2, coverage: 0.6, temporalChange: 0.1 },
    rampY: { colorfulness: 0.3, entropy: 3, coverage: 0.7, temporalChange: 0.2 },
    checker: { colorfulness: 0.4, entropy: 4, coverage: 0.8, temporalChange: 0.3 },
    rings: { colorfulness: 0.5, entropy: 5, coverage: 0.9, temporalChange: 0.4 },
  };
  const calls: { size: number; time: number }[] = [];
  const render: RenderFn = async (body, opts) => {
    calls.push(opts);
    if (body === 'broken') throw new Error('compile-error: nope');
    return { stats: stats[body] ?? stats.rampX, thumbnailPng: IMAGES[body] };
  };
  const programs = [
    { id: 'a', body: 'rampX', family: 'ramps', source: 'local' },
    { id: 'b', body: 'rampY', family: 'ramps', source: 'local' },
    { id: 'c', body: 'checker', family: 'tiles', source: 'synth' },
    { id: 'd', body: 'rampXCopy', family: 'tiles', source: 'synth' },
    { id: 'e', body: 'rings', source: 'synth' },
    { id: 'f', body: 'broken', family: 'ramps', source: 'local' },
    { id: 'g', body: 'rampXRecoloured', family: 'ramps', source: 'local' },
  ];
  const r = await diversityReport(programs, { render, sampleSheet: 4, sheetCols: 2, seed: 3 });
  assert.deepEqual(calls[0], { size: 32, time: 2.0 });
  assert.deepEqual(r.options, { size: 32, time: 2.0, duplicateBits: 51, hashBits: 256 });
  assert.deepEqual(r.overall.programs, 7);
  assert.deepEqual([r.overall.rendered, r.overall.failed], [6, 1]);
  assert.deepEqual(r.failures, [{ id: 'f', reason: 'compile-error: nope' }]);
  // d copies a; g is a's structure in other colours (the hash is on luminance): 2 near-duplicates
  assert.deepEqual(r.nearDuplicatePairs.map((p) => [p.a, p.b]), [['a', 'd'], ['a', 'g'], ['d', 'g']]);
  assert.equal(r.overall.nearDuplicates, 2);
  assert.deepEqual(Object.keys(r.byFamily), ['(none)', 'ramps', 'tiles']);
  assert.deepEqual(Object.keys(r.bySource), ['local', 'synth']);
  assert.deepEqual([r.byFamily.ramps.programs, r.byFamily.ramps.failed, r.byFamily.ramps.nearDuplicates], [4, 1, 1]);
  assert.equal(r.byFamily.tiles.nearDuplicates, 1);
  assert.deepEqual(r.bySource.synth.stats.entropy, { min: 2, p25: 3, median: 4, p75: 4.5, max: 5 });
  assert.deepEqual(r.byFamily['(none)'].stats.coverage, { min: 0.9, p25: 0.9, median: 0.9, p75: 0.9, max: 0.9 });
  assert.equal(Object.keys(r.hashes).length, 6);
  assert.ok(Object.values(r.hashes).every((x) => /^[0-9a-f]{64}$/.test(x)));
  assert.equal(r.hashes.a, r.hashes.d);
  // the sheet: 4 distinct rendered programs, 2 columns of 32 px cells with 2 px gaps
  assert.equal(r.sheet!.ids.length, 4);
  assert.equal(new Set(r.sheet!.ids).size, 4);
  assert.ok(!r.sheet!.ids.includes('f'));
  const sheet = decodePng(r.sheet!.png);
  assert.deepEqual([sheet.width, sheet.height], [2 * 32 + 3 * 2, 2 * 32 + 3 * 2]);
  const again = await diversityReport(programs, { render, sampleSheet: 4, sheetCols: 2, seed: 3 });
  assert.deepEqual(again.sheet!.ids, r.sheet!.ids);
  const small = await diversityReport(programs, { render, sampleSheet: 4, sheetCols: 2, sheetCell: 16, seed: 3 });
  assert.deepEqual(small.sheet!.ids, r.sheet!.ids);
  const smallSheet = decodePng(small.sheet!.png);
  assert.deepEqual([smallSheet.width, smallSheet.height], [2 * 16 + 3 * 2, 2 * 16 + 3 * 2]);
});

test('a render client is used through validate + thumbnail', async () => {
  const client = {
    validate: async () => ({ ok: true, stats: { colorfulness: 1, entropy: 1, coverage: 1, temporalChange: 1 } }),
    thumbnail: async (_b: string, o?: { size?: number; time?: number }) => { assert.deepEqual(o, { size: 16, time: 0.5 }); return IMAGES.rings; },
  };
  const r = await diversityReport([{ id: 'x', body: 'b' }], { render: client, size: 16, time: 0.5, sampleSheet: 0 });
  assert.equal(r.overall.rendered, 1);
  assert.equal(r.sheet, undefined);
});

test('contactSheet tiles and resizes cells, pixels land where expected', () => {
  const red = png(() => [255, 0, 0], 8);
  const blue = png(() => [0, 0, 255], 16);
  const s = decodePng(contactSheet([red, blue, red], 2, { cell: 8, gap: 1, background: [0, 0, 0] }));
  assert.deepEqual([s.width, s.height], [2 * 8 + 3, 2 * 8 + 3]);
  const px = (x: number, y: number) => Array.from(s.data.subarray((y * s.width + x) * 4, (y * s.width + x) * 4 + 3));
  assert.deepEqual(px(1, 1), [255, 0, 0]);
  assert.deepEqual(px(10, 1), [0, 0, 255]); // resized 16 -> 8
  assert.deepEqual(px(1, 10), [255, 0, 0]);
  assert.deepEqual(px(10, 10), [0, 0, 0]); // empty cell: background
  assert.deepEqual(px(0, 0), [0, 0, 0]);
});
