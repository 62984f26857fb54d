import { synthesize as coreSynthesize, type SynthOptions, type SynthProgram } from '@shadertrain/core/synth/synthesize';
import { SourceError } from './errors.ts';
import { cursorNumber, nowIso, type Cursor, type FetchContext, type Page, type RawItem, type Source } from './types.ts';

export interface SynthSourceOptions {
  id: string;
  /** First seed of a fresh run. Default 0. */
  startSeed: number;
  /** How many seeds the source holds in all (cursor `null` after `startSeed + count`). Default 10 000. */
  count: number;
  synth: SynthOptions;
  /** Injected for tests; default the core synthesizer. */
  synthesize: (seed: number, opts?: SynthOptions) => SynthProgram;
}

export const synthDefaults = { id: 'synth', startSeed: 0, count: 10_000, synth: {}, synthesize: coreSynthesize } satisfies SynthSourceOptions;

/** Programs from the synthesizer. Cursor `{ seed }`: the next seed. Items are canonical bodies (dialect `shadertoy`), CC0. */
export function synthSource(options: Partial<SynthSourceOptions> = {}): Source {
  const o = { ...synthDefaults, ...options } satisfies SynthSourceOptions;
  const end = o.startSeed + o.count;

  async function fetchPage(cursor: Cursor | null, ctx: FetchContext): Promise<Page> {
    const from = cursorNumber(cursor, 'seed', o.startSeed);
    if (!Number.isSafeInteger(from) || from < 0) throw new SourceError('bad-input', `bad synth cursor seed ${from}`, { field: 'cursor' });
    const to = Math.min(end, from + Math.max(1, ctx.limit));
    const items: RawItem[] = [];
    for (let seed = from; seed < to; seed++) {
      ctx.signal?.throwIfAborted();
      const p = o.synthesize(seed, o.synth);
      items.push({
        sourceId: o.id, externalId: p.provenance.externalId, url: p.provenance.url, title: p.title, author: p.provenance.author,
        license: p.provenance.license, dialectHint: 'shadertoy', code: p.body, fetchedAt: nowIso(),
        meta: { seed: p.seed, family: p.family, productions: p.productions },
      });
    }
    return { items, skipped: [], nextCursor: to >= end ? null : { seed: to } };
  }

  return { id: o.id, kind: 'synth', fetchPage };
}
