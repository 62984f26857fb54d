/**
 * The program synthesizer: deterministic, readable GLSL programs from a seed.
 * See `grammar.ts` for the productions.
 */
import { ShadertrainError } from '../errors.ts';
import { createRng } from './prng.ts';
import { emitHelpers } from './library.ts';
import { COLOR_WEIGHTS, colorMapping, field, fieldTree, layer, outline, relief, transformChain, use, type FieldKind, type GenContext, type Production } from './grammar.ts';
import { indent, num, vec2 } from './format.ts';
import { title as makeTitle } from './names.ts';

/** The grammar's version. Bump it whenever the output for any seed changes. */
export const SYNTH_VERSION = 'v2';
const KNOWN_VERSIONS = new Set([SYNTH_VERSION]);

export interface SynthProvenance {
  source: 'synth';
  /** `${version}:${seed}` */
  externalId: string;
  /** `synth://${version}/${seed}` */
  url: string;
  author: 'shadertrain synthesizer';
  license: 'CC0-1.0';
}

export interface SynthProgram {
  seed: number;
  title: string;
  /**
   * Canonical body: GLSL ES 3.00 defining mainImage, no #version/precision/uniforms, no comments.
   * Exactly what the normalizer (program/normalize.ts) prints for it, so its id is stable.
   */
  body: string;
  /** The same program with a header and a comment naming each production: the readable form. */
  source: string;
  /** The grammar productions used, in the order the generator first used them. */
  productions: Production[];
  /** A coarse family name for grouping: `synth-<first coordinate transform>`. */
  family: string;
  provenance: SynthProvenance;
}

export interface SynthOptions {
  version?: string;
  /** Depth of the field tree (0 = one field). Default 3. */
  maxDepth?: number;
}

const DEFAULTS: Required<SynthOptions> = { version: SYNTH_VERSION, maxDepth: 3 };

/**
 * Generates one program from a seed. The same (version, seed, maxDepth) always gives the same body.
 *
 * @example
 * const p = synthesize(1234);
 * p.title;              // e.g. "Folded Amber Lattice #1234"
 * p.provenance.url;     // "synth://v2/1234"
 */
export function synthesize(seed: number, opts: SynthOptions = {}): SynthProgram {
  const o = { ...DEFAULTS, ...opts } satisfies Required<SynthOptions>;
  if (!Number.isSafeInteger(seed) || seed < 0) throw new ShadertrainError('bad-input', `synth seed must be a non-negative integer, got ${seed}`, { field: 'seed' });
  if (!KNOWN_VERSIONS.has(o.version)) throw new ShadertrainError('bad-input', `unknown synthesizer version ${o.version} (known: ${[...KNOWN_VERSIONS].join(', ')})`, { field: 'version' });
  if (!Number.isInteger(o.maxDepth) || o.maxDepth < 0 || o.maxDepth > 5) throw new ShadertrainError('bad-input', 'maxDepth must be an integer in 0..5', { field: 'maxDepth' });

  const rng = createRng(seed, `shadertrain-synth-${o.version}`);
  const ctx: GenContext = { rng, helpers: new Set(), functions: [], productions: new Set(), order: [], fieldCount: 0 };

  // 1. coordinates
  const chain = transformChain(ctx);
  // 2. pattern: a tree of fields and combinators
  const patternLines: string[] = [];
  const kinds: FieldKind[] = [];
  const root = fieldTree(ctx, o.maxDepth, patternLines, kinds);
  // 3. an optional second field for shading and channel mappings, read in the unwarped frame (moved off its origin)
  const colorKind = rng.weighted(COLOR_WEIGHTS);
  const useSecond = colorKind === 'channels' || colorKind === 'hue' ? rng.chance(0.6) : rng.chance(0.35);
  const second = useSecond ? field(ctx, undefined, true) : null;
  const colour = colorMapping(ctx, colorKind, second ? 'w' : null);
  const shade = second !== null && (colorKind === 'cosine' || colorKind === 'gradient' || colorKind === 'posterize');
  // a weak gradient under every pattern, so that no program renders a flat canvas (v2: centred anywhere)
  const tint = `${num(rng.float(0.05, 0.2))} * ${rng.pick(['length(uv - ' + vec2(rng.float(-0.8, 0.8), rng.float(-0.5, 0.5)) + ')', 'uv.x', 'uv.y', `dot(uv, ${vec2(rng.float(-1, 1), rng.float(-1, 1))})`])}`;
  // 4. a finish on the base (relief or ink outlines), then, about half the time, a second layer
  const finish = rng.weighted([['none', 1.1], ['relief', 0.45], ['outline', 0.4]] as const);
  const finishLines = finish === 'relief' ? relief(ctx) : finish === 'outline' ? outline(ctx) : [];
  const over = rng.chance(0.5) ? layer(ctx) : null;
  const satBoost = num(rng.float(1.0, 1.35));
  use(ctx, 'finish:fill');
  if (shade) use(ctx, 'color:shade');

  const main: string[] = [
    'vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;',
    'float t = iTime;',
    'vec2 p = domain(uv, t);',
    'float v = pattern(p, t);',
  ];
  main.push(`v += ${tint};`);
  if (second) main.push(`float w = ${second.name}(uv, t);`);
  main.push(...colour.lines);
  if (shade) main.push('// colour: shade by the second field', `col *= ${num(rng.float(0.55, 0.75))} + ${num(rng.float(0.3, 0.45))} * w;`);
  main.push(...finishLines);
  if (over) main.push(...over.lines);
  main.push(
    '// finish: saturate and lift so the whole canvas is coloured',
    'col = clamp(col, 0.0, 1.0);',
    `col = mix(vec3(dot(col, vec3(0.299, 0.587, 0.114))), col, ${satBoost});`,
    'col = 0.06 + 0.94 * clamp(col, 0.0, 1.0);',
    'fragColor = vec4(col, 1.0);',
  );

  const firstTransform = chain.kinds[0];
  const productions = ctx.order.slice();
  const name = makeTitle(rng, seed, firstTransform, kinds[0], colour.hue);
  const header = [
    `// ${name}`,
    `// generated by the shadertrain synthesizer ${o.version}, seed ${seed} (CC0-1.0)`,
    `// productions: ${[...productions].sort().join(', ')}`,
  ];
  const parts = [
    header.join('\n'),
    ...emitHelpers(ctx.helpers),
    ...ctx.functions,
    ...(over?.functions ?? []),
    ['// coordinates', 'vec2 domain(vec2 p, float t) {', ...indent([...chain.lines, 'return p;']), '}'].join('\n'),
    ['// pattern: the field tree', 'float pattern(vec2 p, float t) {', ...indent([...patternLines, `return ${root};`]), '}'].join('\n'),
    ['void mainImage(out vec4 fragColor, in vec2 fragCoord) {', ...indent(main), '}'].join('\n'),
  ];
  const source = `${parts.join('\n\n').replace(/\+ -(?=[0-9.])/g, '- ')}\n`;

  return {
    seed,
    title: name,
    body: stripComments(source),
    source,
    productions,
    family: `synth-${firstTransform}`,
    provenance: {
      source: 'synth',
      externalId: `${o.version}:${seed}`,
      url: `synth://${o.version}/${seed}`,
      author: 'shadertrain synthesizer',
      license: 'CC0-1.0',
    },
  };
}

/**
 * `count` programs from consecutive seeds `fromSeed, fromSeed + 1, ...`.
 *
 * @example
 * const batch = synthesizeMany(0, 100);
 */
export function synthesizeMany(fromSeed: number, count: number, opts: SynthOptions = {}): SynthProgram[] {
  const out: SynthProgram[] = [];
  for (let i = 0; i < count; i++) out.push(synthesize(fromSeed + i, opts));
  return out;
}

/**
 * The canonical form of a generated source: comment lines and trailing `//` comments removed,
 * runs of blank lines collapsed. Generated code never has `//` inside a statement, so a line scan
 * is exact here (the normalizer's parser does the general case).
 */
export function stripComments(source: string): string {
  const lines: string[] = [];
  for (const line of source.split('\n')) {
    if (/^\s*\/\//.test(line)) continue;
    lines.push(line.replace(/\s*\/\/.*$/, ''));
  }
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
