// Normalization throughput on one core: every .glsl under programs/ plus the normalizer's own test
// programs, normalized round after round for about 10 s; prints the median programs/s. Then the
// same for 50 synthesized programs (synthesize(seed).body).
// Usage: npx tsx bench/normalize.ts [seconds]
// SHADERTRAIN_GLSL_PARSER=reference measures with @shaderfrog/glsl-parser's own (slow) parser.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalize } from '../packages/core/src/program/normalize.ts';
import { parseFrontMatter } from '../packages/core/src/program/frontmatter.ts';
import { loadTestPrograms } from '../packages/core/src/program/testdata.ts';
import type { Dialect } from '../packages/core/src/program/dialect.ts';
import { parserMode } from '../packages/core/src/program/glsl.ts';
import { synthesize } from '../packages/core/src/synth/index.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const seconds = Number(process.argv[2] ?? 10);

function corpusFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.glsl')).map((f) => join(dir, f));
  } catch {
    return [];
  }
}

const programs = [
  ...corpusFiles(join(root, 'programs')).map((f) => parseFrontMatter(readFileSync(f, 'utf8'), f)),
  ...loadTestPrograms('ok'),
  ...loadTestPrograms('reject'),
].map((p) => ({ code: p.code, dialect: ((p.meta.dialect as Dialect | undefined) ?? 'auto') as Dialect | 'auto' }));

const synthesized = Array.from({ length: 50 }, (_, seed) => ({ code: synthesize(seed).body, dialect: 'auto' as const }));

console.log(`parser: ${parserMode()}`);
measure('normalize', programs);
measure('synthesized', synthesized);

function measure(label: string, programs: { code: string; dialect: Dialect | 'auto' }[]) {
  let accepted = 0;
  for (const p of programs) if (normalize(p.code, { dialect: p.dialect }).ok) accepted++; // warm-up
  // Wall-clock rate per round, plus the rate per CPU-second (robust when other processes share the core).
  const rates: number[] = [];
  const cpuRates: number[] = [];
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    for (const p of programs) normalize(p.code, { dialect: p.dialect });
    const cpu = process.cpuUsage(c0);
    rates.push(programs.length / ((performance.now() - t0) / 1000));
    cpuRates.push(programs.length / ((cpu.user + cpu.system) / 1e6));
  }
  cpuRates.sort((a, b) => a - b);
  rates.sort((a, b) => a - b);
  const median = rates[Math.floor(rates.length / 2)];
  const bytes = programs.reduce((a, p) => a + p.code.length, 0);
  console.log(`${label}: ${programs.length} programs (${accepted} accepted, ${(bytes / programs.length / 1024).toFixed(1)} KiB mean), ${rates.length} rounds`);
  console.log(`median ${median.toFixed(1)} programs/s on one core (min ${rates[0].toFixed(1)}, max ${rates[rates.length - 1].toFixed(1)}); ${cpuRates[Math.floor(cpuRates.length / 2)].toFixed(1)} programs per CPU-second`);
}
