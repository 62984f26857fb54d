/**
 * The quality-gated synthesizer: generates from consecutive seeds and keeps only the programs that
 * an injected validator accepts (normally `RenderClient.validate` from `../render/client.ts`).
 */
import { ShadertrainError } from '../errors.ts';
import { synthesize, type SynthOptions, type SynthProgram } from './synthesize.ts';

/** What the gate needs from a validation result; `RenderClient.validate` returns a superset. */
export interface ValidationLike {
  ok: boolean;
  reason?: string;
}

export type Validate<V extends ValidationLike> = (body: string) => Promise<V>;

export interface SynthValidOptions<V extends ValidationLike> extends SynthOptions {
  /** First seed tried. */
  fromSeed: number;
  /** How many valid programs to return. */
  count: number;
  validate: Validate<V>;
  /** Stop after this many seeds even if fewer than `count` validated. Default `count * 2 + 10`. */
  maxSeeds?: number;
  /** Called after each seed (for progress bars). */
  onProgress?: (e: { seed: number; tried: number; accepted: number; result: V }) => void;
}

export type ValidSynthProgram<V> = SynthProgram & { validation: V };

export interface SynthValidResult<V> {
  programs: ValidSynthProgram<V>[];
  rejected: { seed: number; reason: string }[];
  /** Seeds tried: `fromSeed .. fromSeed + seedsTried - 1`. */
  seedsTried: number;
  /** The seed to continue from. */
  nextSeed: number;
}

/**
 * Yields, seed by seed, every generated program with its validation result.
 *
 * @example
 * for await (const { program, result } of generateValidated(0, 100, (b) => client.validate(b))) { ... }
 */
export async function* generateValidated<V extends ValidationLike>(
  fromSeed: number, seeds: number, validate: Validate<V>, opts: SynthOptions = {},
): AsyncGenerator<{ program: SynthProgram; result: V }> {
  for (let i = 0; i < seeds; i++) {
    const program = synthesize(fromSeed + i, opts);
    yield { program, result: await validate(program.body) };
  }
}

/**
 * Generates from consecutive seeds until `count` programs validate (or `maxSeeds` are spent).
 * Deterministic given a deterministic validator: the same seeds are kept every time.
 *
 * @example
 * const client = new RenderClient();
 * const { programs, rejected } = await synthesizeValid({ fromSeed: 0, count: 100, validate: (b) => client.validate(b) });
 */
export async function synthesizeValid<V extends ValidationLike>(opts: SynthValidOptions<V>): Promise<SynthValidResult<V>> {
  const { fromSeed, count, validate, onProgress, ...synthOpts } = opts;
  if (!Number.isInteger(count) || count < 0) throw new ShadertrainError('bad-input', 'count must be a non-negative integer', { field: 'count' });
  const maxSeeds = opts.maxSeeds ?? count * 2 + 10;
  delete (synthOpts as { maxSeeds?: number }).maxSeeds;
  const out: SynthValidResult<V> = { programs: [], rejected: [], seedsTried: 0, nextSeed: fromSeed };
  if (count === 0) return out;
  for await (const { program, result } of generateValidated(fromSeed, maxSeeds, validate, synthOpts)) {
    out.seedsTried++;
    out.nextSeed = program.seed + 1;
    if (result.ok) out.programs.push({ ...program, validation: result });
    else out.rejected.push({ seed: program.seed, reason: result.reason ?? 'invalid' });
    onProgress?.({ seed: program.seed, tried: out.seedsTried, accepted: out.programs.length, result });
    if (out.programs.length >= count) break;
  }
  return out;
}
