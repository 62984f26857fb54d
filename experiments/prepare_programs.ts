// Writes the program directories (the worker's snapshot format: manifest.json + <id>.glsl, see
// packages/trainer/python/shadertrain/data/manifest.py) for experiment 1 ("Does it learn?"):
//   <out>/handwritten  every programs/*.glsl, normalized to its canonical body (sandbox/twigl too)
//   <out>/synthesized  synthesize(seed) for seeds 0..N-1 (already canonical)
//   <out>/both         the union (ids deduplicated)
//   <out>/scale-<n>    with --scaling 1,4,16,...: experiment 2's nested subsets — the first n programs
//                      of one fixed shuffle of `both`, as manifests whose files point into ../both
//   <out>/synthesized-extra  with --scaling-synth M > --synth: seeds --synth..M-1, which extend the
//                      scaling pool past `both` (shuffled after it, so scale-<n> for n ≤ |both| stay
//                      the same subsets) without changing experiment 1's corpora
// Every manifest records the synthesizer version that made its synthesized programs.
// Usage: npx tsx experiments/prepare_programs.ts [--out .data/programs] [--synth 2000] [--check 20]
//          [--scaling 1,4,16,64,256,1024,4096] [--scaling-synth 8000]
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontMatter } from '@shadertrain/core/program/frontmatter';
import { normalize } from '@shadertrain/core/program/normalize';
import { programId } from '@shadertrain/core/program/id';
import { SYNTH_VERSION, synthesize } from '@shadertrain/core/synth/index';
import { createRng } from '@shadertrain/core/synth/prng';
import type { Dialect } from '@shadertrain/core/program/dialect';

type Entry = { id: string; file: string; family?: string; license?: string; source: string };

function arg(name: string, dflt: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : dflt;
}

const root = new URL('..', import.meta.url).pathname;
const out = arg('out', join(root, '.data', 'programs'));
const nSynth = Number(arg('synth', '2000'));

function writeDir(name: string, entries: Entry[], bodies: Map<string, string> | null): void {
  const dir = join(out, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  if (bodies) for (const e of entries) writeFileSync(join(dir, e.file), bodies.get(e.id)!);
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ synthVersion: SYNTH_VERSION, programs: entries }, null, 0));
  console.log(`${dir}: ${entries.length} programs`);
}

const bodies = new Map<string, string>();
const hand: Entry[] = [];
const rejected: string[] = [];
for (const f of readdirSync(join(root, 'programs')).filter((f) => f.endsWith('.glsl')).sort()) {
  const { meta, code } = parseFrontMatter(readFileSync(join(root, 'programs', f), 'utf8'), f);
  const r = normalize(code, { dialect: (meta.dialect as Dialect | undefined) ?? 'auto' });
  if (!r.ok) { rejected.push(`${f}: ${r.message}`); continue; }
  if (bodies.has(r.program.id)) continue;
  bodies.set(r.program.id, r.program.body);
  hand.push({ id: r.program.id, file: `${r.program.id}.glsl`, family: meta.family as string | undefined,
    license: (meta.license as string | undefined) ?? 'CC0-1.0', source: `programs/${f}` });
}
const checkFirst = Number(arg('check', '20'));
const scalingSynth = Number(arg('scaling-synth', String(nSynth)));
if (!(Number.isInteger(scalingSynth) && scalingSynth >= nSynth)) {
  throw new Error(`--scaling-synth: ${arg('scaling-synth', '')} is not an integer ≥ --synth (${nSynth})`);
}
const synth: Entry[] = [];
const extra: Entry[] = [];
for (let seed = 0; seed < scalingSynth; seed++) {
  const p = synthesize(seed);
  // The synthesizer emits canonical bodies (what the normalizer prints for them), so the id is
  // the hash of the body; the first few are checked against the normalizer, which is slow.
  const id = programId(p.body);
  if (seed < checkFirst) {
    const r = normalize(p.body, { dialect: 'shadertoy' });
    if (!r.ok || r.program.id !== id) throw new Error(`synth ${seed}: not canonical (${r.ok ? r.program.id : r.message})`);
  }
  if (bodies.has(id)) continue;
  bodies.set(id, p.body);
  (seed < nSynth ? synth : extra).push({ id, file: `${id}.glsl`, family: p.family, license: p.provenance.license, source: p.provenance.url });
}
writeDir('handwritten', hand, bodies);
writeDir('synthesized', synth, bodies);
writeDir('both', [...hand, ...synth], bodies);
if (extra.length) writeDir('synthesized-extra', extra, bodies);
const scaling = arg('scaling', '').split(',').filter(Boolean).map(Number);
if (scaling.length) {
  // Fisher–Yates with fixed seeds: nested subsets; the extra programs come after all of `both`
  const shuffle = (xs: Entry[], stream: string): Entry[] => {
    const rng = createRng(0, stream);
    for (let i = xs.length - 1; i > 0; i--) {
      const j = rng.int(0, i);
      [xs[i], xs[j]] = [xs[j]!, xs[i]!];
    }
    return xs;
  };
  const pool = [
    ...shuffle([...hand, ...synth], 'scaling').map((e) => ({ ...e, file: `../both/${e.file}` })),
    ...shuffle([...extra], 'scaling-extra').map((e) => ({ ...e, file: `../synthesized-extra/${e.file}` })),
  ];
  for (const n of scaling) {
    if (!(Number.isInteger(n) && n >= 1 && n <= pool.length)) throw new Error(`--scaling: ${n} is not an integer in [1, ${pool.length}]`);
    writeDir(`scale-${n}`, pool.slice(0, n), null);
  }
}
if (rejected.length) console.log(`rejected (${rejected.length}):\n  ${rejected.join('\n  ')}`);
