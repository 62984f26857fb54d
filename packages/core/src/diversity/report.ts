/**
 * The diversity report: render one frame per program at low resolution, then per family and per
 * source the distribution of the render statistics, the near-duplicate count (256-bit luminance dHash
 * of a fixed-time render, see `phash.ts`), and a contact sheet of a random sample.
 */
import { createRng } from '../synth/prng.ts';
import { contactSheet } from './contact-sheet.ts';
import { dHashPng, hashHex, nearDuplicates, HASH_BITS, NEAR_DUPLICATE_BITS, type Hash256 } from './phash.ts';

/** The statistics the report summarizes (a subset of the render client's `RenderStats`). */
export interface ReportStats {
  colorfulness: number;
  entropy: number;
  coverage: number;
  temporalChange: number;
}
export const METRICS = ['colorfulness', 'entropy', 'coverage', 'temporalChange'] as const satisfies readonly (keyof ReportStats)[];

export interface RenderOutput {
  stats: ReportStats;
  /** A PNG of the program at the fixed time `opts.time`. */
  thumbnailPng: Uint8Array;
}
export type RenderFn = (body: string, opts: { size: number; time: number }) => Promise<RenderOutput>;

/** The part of `RenderClient` (render/client.ts) the report uses. */
export interface RenderClientLike {
  validate(body: string, opts?: { size?: number; frames?: number }): Promise<{ ok: boolean; reason?: string; stats?: ReportStats }>;
  thumbnail(body: string, opts?: { size?: number; time?: number }): Promise<Uint8Array>;
}

export interface ReportProgram {
  id: string;
  body: string;
  family?: string;
  source?: string;
}

export interface DiversityOptions {
  /** A render function, or a render client (statistics from `validate`, the frame from `thumbnail`). */
  render: RenderFn | RenderClientLike;
  /** Render size in pixels. Default 32. */
  size?: number;
  /** Time of the hashed frame, seconds. Default 2.0. */
  time?: number;
  /** Programs in the contact sheet (a seeded random sample). Default 64; 0 for none. */
  sampleSheet?: number;
  /** Columns of the contact sheet. Default 8. */
  sheetCols?: number;
  /** Cell size of the contact sheet in pixels. Default: the first thumbnail's width. */
  sheetCell?: number;
  /** Seed of the sample. Default 0. */
  seed?: number;
  /** Near-duplicate threshold in bits of `HASH_BITS` (256). Default `NEAR_DUPLICATE_BITS` (51, 20 %). */
  duplicateBits?: number;
  /** Renders in flight at once. Default 1 (one render server). */
  concurrency?: number;
  onProgress?: (done: number, total: number) => void;
}

/** min, quartiles and max. */
export interface Distribution {
  min: number;
  p25: number;
  median: number;
  p75: number;
  max: number;
}

export interface GroupReport {
  programs: number;
  rendered: number;
  failed: number;
  /** Programs whose render is within the threshold of an earlier program's (anywhere in the input). */
  nearDuplicates: number;
  stats: Record<(typeof METRICS)[number], Distribution | null>;
}

export interface DiversityReport {
  options: { size: number; time: number; duplicateBits: number; hashBits: number };
  overall: GroupReport;
  byFamily: Record<string, GroupReport>;
  bySource: Record<string, GroupReport>;
  /** Every near-duplicate pair: ids and Hamming distance. */
  nearDuplicatePairs: { a: string; b: string; distance: number }[];
  failures: { id: string; reason: string }[];
  /** dHash per rendered program id, 64 hex digits (see `hashHex`). */
  hashes: Record<string, string>;
  /** The contact sheet PNG and the ids in it (row-major). */
  sheet?: { png: Uint8Array; ids: string[] };
}

/** Quantile by linear interpolation between order statistics (R's type 7). `sorted` ascending. */
export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

export function distribution(values: number[]): Distribution | null {
  const v = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (v.length === 0) return null;
  return { min: v[0], p25: quantile(v, 0.25), median: quantile(v, 0.5), p75: quantile(v, 0.75), max: v[v.length - 1] };
}

function asRenderFn(r: RenderFn | RenderClientLike): RenderFn {
  if (typeof r === 'function') return r;
  return async (body, { size, time }) => {
    const v = await r.validate(body, { size, frames: 4 });
    if (!v.ok || !v.stats) throw new Error(v.reason ?? 'invalid');
    return { stats: v.stats, thumbnailPng: await r.thumbnail(body, { size, time }) };
  };
}

/**
 * Renders every program once and summarizes variety per family and per source.
 *
 * @example
 * const client = new RenderClient();
 * const report = await diversityReport(programs, { render: client, size: 32, sampleSheet: 256 });
 * writeFileSync('sheet.png', report.sheet!.png);
 */
export async function diversityReport(programs: ReportProgram[], options: DiversityOptions): Promise<DiversityReport> {
  const o = { size: 32, time: 2.0, sampleSheet: 64, sheetCols: 8, seed: 0, duplicateBits: NEAR_DUPLICATE_BITS, concurrency: 1, ...options };
  const render = asRenderFn(o.render);
  const outputs: (RenderOutput | null)[] = programs.map(() => null);
  const failures: { id: string; reason: string }[] = [];
  const failed = programs.map(() => false);

  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < programs.length) {
      const i = next++;
      try {
        outputs[i] = await render(programs[i].body, { size: o.size, time: o.time });
      } catch (e) {
        failed[i] = true;
        failures.push({ id: programs[i].id, reason: e instanceof Error ? e.message : String(e) });
      }
      o.onProgress?.(++done, programs.length);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, o.concurrency) }, worker));

  const hashes: (Hash256 | null)[] = outputs.map((out) => (out ? dHashPng(out.thumbnailPng) : null));
  const dup = nearDuplicates(hashes, o.duplicateBits);

  const group = (idx: number[]): GroupReport => {
    const ok = idx.filter((i) => outputs[i]);
    const stats = {} as GroupReport['stats'];
    for (const m of METRICS) stats[m] = distribution(ok.map((i) => outputs[i]!.stats[m]));
    return {
      programs: idx.length,
      rendered: ok.length,
      failed: idx.filter((i) => failed[i]).length,
      nearDuplicates: idx.filter((i) => dup.duplicateOf[i] >= 0).length,
      stats,
    };
  };
  const groupBy = (key: (p: ReportProgram) => string): Record<string, GroupReport> => {
    const m = new Map<string, number[]>();
    programs.forEach((p, i) => {
      const k = key(p);
      if (!m.has(k)) m.set(k, []);
      m.get(k)!.push(i);
    });
    return Object.fromEntries([...m.keys()].sort().map((k) => [k, group(m.get(k)!)]));
  };

  const report: DiversityReport = {
    options: { size: o.size, time: o.time, duplicateBits: o.duplicateBits, hashBits: HASH_BITS },
    overall: group(programs.map((_, i) => i)),
    byFamily: groupBy((p) => p.family ?? '(none)'),
    bySource: groupBy((p) => p.source ?? '(none)'),
    nearDuplicatePairs: dup.pairs.map(([a, b, d]) => ({ a: programs[a].id, b: programs[b].id, distance: d })),
    failures,
    hashes: Object.fromEntries(programs.flatMap((p, i) => (hashes[i] ? [[p.id, hashHex(hashes[i]!)]] : []))),
  };

  if (o.sampleSheet > 0) {
    const rendered = programs.map((_, i) => i).filter((i) => outputs[i]);
    const rng = createRng(o.seed, 'diversity-sample');
    for (let i = rendered.length - 1; i > 0; i--) {
      const j = rng.int(0, i);
      [rendered[i], rendered[j]] = [rendered[j], rendered[i]];
    }
    const sample = rendered.slice(0, o.sampleSheet);
    if (sample.length > 0) {
      const png = contactSheet(sample.map((i) => outputs[i]!.thumbnailPng), o.sheetCols, o.sheetCell ? { cell: o.sheetCell } : {});
      report.sheet = { png, ids: sample.map((i) => programs[i].id) };
    }
  }
  return report;
}
