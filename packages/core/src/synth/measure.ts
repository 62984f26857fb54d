/**
 * Measures the synthesizer: generation speed (one core, TypeScript only) and, when
 * glslangValidator is installed, the fraction of consecutive seeds whose bodies compile.
 * Usage: tsx packages/core/src/synth/measure.ts [--count 5000] [--compile 500] [--from 0]
 */
import { parseArgs } from 'node:util';
import { synthesizeMany } from './synthesize.ts';
import { compileBodies, hasGlslang } from './glslang.ts';

const { values } = parseArgs({ options: { count: { type: 'string', default: '5000' }, compile: { type: 'string', default: '500' }, from: { type: 'string', default: '0' } } });
const from = Number(values.from);
const count = Number(values.count);
synthesizeMany(from + 10_000_000, 200); // warm up the JIT
const t0 = performance.now();
const programs = synthesizeMany(from, count);
const seconds = (performance.now() - t0) / 1000;
const result: Record<string, unknown> = {
  programs: count,
  programsPerSecond: Math.round(count / seconds),
  distinctBodies: new Set(programs.map((p) => p.body)).size,
  meanBodyBytes: Math.round(programs.reduce((a, p) => a + p.body.length, 0) / count),
};
const n = Math.min(Number(values.compile), count);
if (n > 0 && hasGlslang()) {
  const errors = compileBodies(programs.slice(0, n).map((p) => p.body));
  result.compiled = { seeds: `${from}..${from + n - 1}`, ok: errors.filter((e) => e === null).length, of: n };
}
console.log(JSON.stringify(result, null, 2));
