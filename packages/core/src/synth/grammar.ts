/**
 * The synthesizer's grammar: typed productions that each emit readable GLSL.
 *
 *   program   := domain(transform*) · pattern(field tree) · colour mapping · [relief | outline]
 *                · [layer] · fill
 *   transform := rotate | scale | translate | polar | kaleidoscope | mirror | repeat | warp | swirl
 *                | shear | perspective | iterate:fold | iterate:warp         (vec2 -> vec2)
 *   field     := noise | fbm | voronoi | circle | box | ring | star | segment | stripes | rings
 *                | checker | waves | spiral | truchet | mosaic | hex         (vec2 -> float in [0, 1])
 *   combine   := min | max | smooth-min | mix(by field) | product | difference | abs (float^k -> float)
 *   colour    := cosine palette | gradient map | hue rotation | channel fields | posterized palette
 *                                                                           (float -> vec3)
 *   layer     := own domain (1–2 transforms) · one field · colour mapping, composited over the base:
 *                over (shape, field or split mask, optional drop shadow) | screen | multiply
 *   finish    := relief (lit by the pattern's slope) | outline (ink lines on level sets) | fill
 *
 * Symmetry is kept in check (v2): kaleidoscope, polar, swirl and mirror maps are rarer than in v1
 * and usually centred away from the canvas centre (kaleidoscopes are also tiled), shapes sit
 * off-centre or in grids, and fields read in the canvas frame are moved off its origin, because
 * programs centred on the canvas were the ones that looked alike (issue 4).
 *
 * Every production name listed in `PRODUCTIONS` is recorded in the program's `productions` when used,
 * so tests can check coverage and the diversity report can group by them.
 */
import type { Rng } from './prng.ts';
import { indent, num, plus, timeTerm, vec2, vec3 } from './format.ts';

export const PRODUCTIONS = [
  'transform:rotate', 'transform:scale', 'transform:translate', 'transform:polar',
  'transform:kaleidoscope', 'transform:mirror', 'transform:repeat', 'transform:warp', 'transform:swirl',
  'transform:shear', 'transform:perspective',
  'field:noise', 'field:fbm', 'field:voronoi', 'field:circle', 'field:box', 'field:ring', 'field:star',
  'field:segment', 'field:stripes', 'field:rings', 'field:checker', 'field:waves', 'field:spiral',
  'field:truchet', 'field:mosaic', 'field:hex',
  'combine:min', 'combine:max', 'combine:smooth-min', 'combine:mix', 'combine:product',
  'combine:difference', 'combine:abs',
  'iterate:fold', 'iterate:warp',
  'animate:drift', 'animate:spin', 'animate:phase',
  'color:cosine', 'color:gradient', 'color:hue', 'color:channels', 'color:posterize', 'color:shade',
  'compose:over', 'compose:shadow', 'compose:screen', 'compose:multiply',
  'finish:relief', 'finish:outline', 'finish:fill',
] as const;
export type Production = (typeof PRODUCTIONS)[number];

/** What the productions share while one program is generated. */
export interface GenContext {
  rng: Rng;
  helpers: Set<string>;
  /** Emitted field functions, in order. */
  functions: string[];
  productions: Set<Production>;
  /** Production names in the order they were first used (drives the title). */
  order: Production[];
  fieldCount: number;
}

export function use(ctx: GenContext, p: Production): void {
  if (!ctx.productions.has(p)) {
    ctx.productions.add(p);
    ctx.order.push(p);
  }
}

/** A speed for an animated term: zero a quarter of the time, else a signed speed. */
function speed(ctx: GenContext, lo: number, hi: number): number {
  return ctx.rng.chance(0.25) ? 0 : ctx.rng.sign() * ctx.rng.float(lo, hi);
}

/** A `t`-dependent phase term `speed * t + phase`; records animate:phase when it moves. */
function phase(ctx: GenContext, lo = 0.3, hi = 2.0): string {
  const s = speed(ctx, lo, hi);
  if (s !== 0) use(ctx, 'animate:phase');
  return timeTerm(s, ctx.rng.float(0, 6.28));
}

// ---------------------------------------------------------------- coordinate transforms

export type TransformKind =
  | 'rotate' | 'scale' | 'translate' | 'polar' | 'kaleidoscope' | 'mirror' | 'repeat' | 'warp' | 'swirl'
  | 'shear' | 'perspective' | 'fold' | 'sinewarp';

// v2: kaleidoscope 1.0 -> 0.45, polar 0.6 -> 0.4, swirl 0.8 -> 0.6, mirror 0.7 -> 0.5 (centred
// symmetric programs looked alike); shear and perspective added
const TRANSFORM_WEIGHTS: readonly (readonly [TransformKind, number])[] = [
  ['rotate', 1.0], ['scale', 0.8], ['translate', 0.8], ['polar', 0.4], ['kaleidoscope', 0.45],
  ['mirror', 0.5], ['repeat', 0.9], ['warp', 1.1], ['swirl', 0.6], ['shear', 0.5], ['perspective', 0.45],
  ['fold', 0.6], ['sinewarp', 0.8],
];

/** A centre away from the canvas centre (most of the time), as a `p -= c;` line, or none. */
function offCentre(ctx: GenContext, chance: number, rx = 0.8, ry = 0.6): string[] {
  if (!ctx.rng.chance(chance)) return [];
  return [`p -= ${vec2(ctx.rng.float(-rx, rx), ctx.rng.float(-ry, ry))};`];
}

/** Statements (with a comment line) that transform `p` in place. */
export function transform(ctx: GenContext, kind: TransformKind): string[] {
  const { rng } = ctx;
  switch (kind) {
    case 'rotate': {
      use(ctx, 'transform:rotate');
      const s = speed(ctx, 0.1, 0.6);
      if (s !== 0) use(ctx, 'animate:spin');
      ctx.helpers.add('rot');
      return [`// transform: rotate${s !== 0 ? ', spinning' : ''}`, `p = rot(${timeTerm(s, rng.float(0, 6.28))}) * p;`];
    }
    case 'scale': {
      use(ctx, 'transform:scale');
      const sx = rng.float(0.6, 1.8);
      const aniso = rng.chance(0.3) ? rng.float(0.6, 1.6) : 1;
      return aniso === 1
        ? ['// transform: scale', `p *= ${num(sx)};`]
        : ['// transform: scale, anisotropic', `p *= ${vec2(sx, sx * aniso)};`];
    }
    case 'translate': {
      use(ctx, 'transform:translate');
      const o = vec2(rng.float(-1, 1), rng.float(-1, 1));
      if (rng.chance(0.7)) {
        use(ctx, 'animate:drift');
        const a = rng.float(0, 6.28);
        const v = rng.float(0.05, 0.4);
        return ['// transform: translate, drifting', `p += ${o} + ${vec2(v * Math.cos(a), v * Math.sin(a))} * t;`];
      }
      return ['// transform: translate', `p += ${o};`];
    }
    case 'polar': {
      use(ctx, 'transform:polar');
      ctx.helpers.add('angle');
      const k = rng.int(1, 4);
      const centre = offCentre(ctx, 0.6);
      if (rng.chance(0.5)) {
        return ['// transform: log-polar', ...centre, `p = vec2(angle(p) * ${num(k / Math.PI)}, log(length(p) + 0.05));`];
      }
      return ['// transform: polar', ...centre, `p = vec2(angle(p) * ${num(k / Math.PI)}, length(p) * ${num(rng.float(1, 3))});`];
    }
    case 'kaleidoscope': {
      use(ctx, 'transform:kaleidoscope');
      ctx.helpers.add('kaleido');
      const n = rng.int(3, 12);
      const where = rng.weighted([['centred', 0.3], ['off-centre', 0.4], ['tiled', 0.3]] as const);
      const lines = [`// transform: kaleidoscope, ${n} sectors, ${where}`];
      if (where === 'off-centre') lines.push(...offCentre(ctx, 1));
      if (where === 'tiled') {
        use(ctx, 'transform:repeat');
        const c = rng.float(0.7, 1.5);
        lines.push(`p = mod(p + ${num(c / 2)}, ${num(c)}) - ${num(c / 2)};`);
      }
      if (rng.chance(0.5)) {
        use(ctx, 'animate:spin');
        ctx.helpers.add('rot');
        lines.push(`p = rot(${timeTerm(rng.sign() * rng.float(0.1, 0.5))}) * p;`);
      }
      lines.push(`p = kaleido(p, ${num(n)});`);
      if (rng.chance(0.6)) lines.push(`p -= ${vec2(rng.float(0.1, 0.6), 0)};`);
      return lines;
    }
    case 'shear': {
      use(ctx, 'transform:shear');
      const a = rng.sign() * rng.float(0.3, 1.2);
      return rng.chance(0.5)
        ? ['// transform: shear along x', `p.x += ${num(a)} * p.y;`]
        : ['// transform: shear along y', `p.y += ${num(a)} * p.x;`];
    }
    case 'perspective': {
      use(ctx, 'transform:perspective');
      // a receding plane (floor and ceiling) with the horizon at y = h; moves forward with t
      const h = rng.float(-0.5, 0.5);
      const s = speed(ctx, 0.2, 1.0);
      if (s !== 0) use(ctx, 'animate:drift');
      return [
        '// transform: perspective plane (floor and ceiling)',
        `p = vec2(p.x, 1.0) / (abs(p.y - ${num(h)}) + ${num(rng.float(0.08, 0.25))});`,
        ...(s !== 0 ? [`p.y += ${timeTerm(s)};`] : []),
        `p *= ${num(rng.float(0.25, 0.6))};`,
      ];
    }
    case 'mirror': {
      use(ctx, 'transform:mirror');
      // v2: the mirror axes usually miss the canvas centre (centred mirrors all looked alike)
      const [cx, cy] = rng.chance(0.65) ? [rng.float(-0.7, 0.7), rng.float(-0.5, 0.5)] : [0, 0];
      const centred = num(cx) === '0.0' && num(cy) === '0.0';
      return rng.pick([
        ['// transform: mirror both axes', centred ? 'p = abs(p);' : `p = abs(p - ${vec2(cx, cy)});`],
        ['// transform: mirror x', `p.x = abs(${plus('p.x', -cx)});`],
        ['// transform: mirror y', `p.y = abs(${plus('p.y', -cy)});`],
        ['// transform: mirror the diagonal', ...(centred ? [] : [`p -= ${vec2(cx, cy)};`]), 'p = p.x > p.y ? p.yx : p;'],
      ]);
    }
    case 'repeat': {
      use(ctx, 'transform:repeat');
      const cx = rng.float(0.35, 1.2);
      const cy = rng.chance(0.6) ? cx : rng.float(0.35, 1.2);
      return [
        '// transform: domain repetition',
        `p = mod(p + ${vec2(cx / 2, cy / 2)}, ${vec2(cx, cy)}) - ${vec2(cx / 2, cy / 2)};`,
      ];
    }
    case 'warp': {
      use(ctx, 'transform:warp');
      const octaves = rng.int(2, 4);
      const fn = rng.chance(0.35) ? 'noise' : `fbm${octaves}`;
      ctx.helpers.add(fn);
      const f = num(rng.float(0.8, 3.0));
      const amp = num(rng.float(0.25, 1.0));
      const drift = speed(ctx, 0.1, 0.5);
      if (drift !== 0) use(ctx, 'animate:drift');
      const a = vec2(rng.float(0, 10), rng.float(0, 10));
      const b = vec2(rng.float(0, 10), rng.float(0, 10));
      const tt = drift !== 0 ? ` + ${timeTerm(drift)}` : '';
      return [
        `// transform: domain warp by ${fn === 'noise' ? 'value noise' : `fbm (${octaves} octaves)`}`,
        `p += ${amp} * (vec2(${fn}(p * ${f} + ${a}${tt}), ${fn}(p * ${f} + ${b})) - 0.5);`,
      ];
    }
    case 'swirl': {
      use(ctx, 'transform:swirl');
      ctx.helpers.add('rot');
      const k = rng.sign() * rng.float(0.8, 4);
      const s = speed(ctx, 0.2, 1.0);
      if (s !== 0) use(ctx, 'animate:spin');
      return ['// transform: swirl (twist grows with radius)', ...offCentre(ctx, 0.6),
        `p = rot(${num(k)} * length(p)${s !== 0 ? ` + ${timeTerm(s)}` : ''}) * p;`];
    }
    case 'fold': {
      use(ctx, 'iterate:fold');
      ctx.helpers.add('rot');
      const n = rng.int(3, 8);
      const sc = rng.float(1.0, 1.15);
      const s = speed(ctx, 0.05, 0.3);
      if (s !== 0) use(ctx, 'animate:spin');
      return [
        `// iterate: fold ${n} times (mirror, shift, rotate, scale)`,
        `for (int i = 0; i < ${n}; i++) {`,
        ...indent([
          `p = abs(p) - ${vec2(rng.float(0.1, 0.6), rng.float(0.1, 0.6))};`,
          `p = rot(${timeTerm(s, rng.float(0.2, 1.4))}) * p;`,
          `p *= ${num(sc)};`,
        ]),
        '}',
      ];
    }
    case 'sinewarp': {
      use(ctx, 'iterate:warp');
      const n = rng.int(2, 6);
      const amp = num(rng.float(0.1, 0.45));
      const f = num(rng.float(1.2, 4.0));
      const s = speed(ctx, 0.2, 1.0);
      if (s !== 0) use(ctx, 'animate:phase');
      return [
        `// iterate: sine warp ${n} times`,
        `for (int i = 0; i < ${n}; i++) {`,
        ...indent([`p += ${amp} * sin(p.yx * ${f} + ${vec2(rng.float(0, 6.28), rng.float(0, 6.28))} + float(i)${s !== 0 ? ` + ${timeTerm(s)}` : ''});`]),
        '}',
      ];
    }
  }
}

/** Chain lengths of the main domain: 1–4 transforms. */
const CHAIN_LENGTHS = [[1, 2], [2, 4], [3, 3], [4, 1]] as const;

/** A chain of global transforms (1–4 by default); polar, perspective and iteration at most once each. */
export function transformChain(ctx: GenContext, lengths: readonly (readonly [number, number])[] = CHAIN_LENGTHS): { kinds: TransformKind[]; lines: string[] } {
  const { rng } = ctx;
  const n = rng.weighted(lengths);
  const kinds: TransformKind[] = [];
  while (kinds.length < n) {
    const k = rng.weighted(TRANSFORM_WEIGHTS);
    const once = (x: TransformKind[]) => x.some((y) => kinds.includes(y));
    if ((k === 'polar' || k === 'perspective') && once(['polar', 'perspective'])) continue;
    if ((k === 'fold' || k === 'sinewarp') && once(['fold', 'sinewarp'])) continue;
    if (kinds.length > 0 && kinds[kinds.length - 1] === k) continue;
    kinds.push(k);
  }
  const lines: string[] = [];
  for (const k of kinds) lines.push(...transform(ctx, k));
  return { kinds, lines };
}

// ---------------------------------------------------------------- fields

export type FieldKind =
  | 'noise' | 'fbm' | 'voronoi' | 'circle' | 'box' | 'ring' | 'star' | 'segment' | 'stripes' | 'rings'
  | 'checker' | 'waves' | 'spiral' | 'truchet' | 'mosaic' | 'hex';

// v2: the centred radial fields (ring, star, rings, spiral) are rarer; truchet, mosaic and hex added
const FIELD_WEIGHTS: readonly (readonly [FieldKind, number])[] = [
  ['noise', 0.6], ['fbm', 1.0], ['voronoi', 1.0], ['circle', 0.5], ['box', 0.6], ['ring', 0.4],
  ['star', 0.4], ['segment', 0.5], ['stripes', 0.9], ['rings', 0.5], ['checker', 0.6], ['waves', 0.9],
  ['spiral', 0.5], ['truchet', 0.7], ['mosaic', 0.7], ['hex', 0.6],
];

/** Turns a distance `d` into a value in [0, 1] that fills the canvas (bands) or lights the shape. */
function shapeDistance(ctx: GenContext): { label: string; expr: string } {
  const { rng } = ctx;
  // glow and fill keep a floor of 0.2 so that min/product with them never collapses to a constant
  const mode = rng.weighted([['bands', 0.7], ['glow', 0.18], ['soft', 0.12]] as const);
  if (mode === 'bands') return { label: 'contour bands', expr: `0.5 + 0.5 * cos(d * ${num(rng.float(5, 20))} + ${phase(ctx)})` };
  if (mode === 'glow') return { label: 'glow', expr: `0.2 + 0.8 * exp(-${num(rng.float(1.5, 5))} * abs(d))` };
  const w = num(rng.float(0.1, 0.4));
  return { label: 'soft fill', expr: `0.2 + 0.8 * (1.0 - smoothstep(-${w}, ${w}, d))` };
}

/** The body lines (ending in `return`) of one field, in local coordinates `p`. */
function fieldBody(ctx: GenContext, kind: FieldKind): { label: string; lines: string[] } {
  const { rng } = ctx;
  use(ctx, `field:${kind}` as Production);
  switch (kind) {
    case 'noise': {
      ctx.helpers.add('noise');
      return { label: 'value noise', lines: [`return noise(p * ${num(rng.float(2, 7))});`] };
    }
    case 'fbm': {
      const o = rng.int(3, 6);
      ctx.helpers.add(`fbm${o}`);
      const ridged = rng.chance(0.3);
      return ridged
        ? { label: `ridged fbm, ${o} octaves`, lines: [`return 1.0 - abs(2.0 * fbm${o}(p * ${num(rng.float(1.5, 4))}) - 1.0);`] }
        : { label: `fbm, ${o} octaves`, lines: [`return fbm${o}(p * ${num(rng.float(1.5, 4))});`] };
    }
    case 'voronoi': {
      ctx.helpers.add('cells');
      const mode = rng.pick(['nearest', 'edges', 'ratio'] as const);
      const lines = [`vec2 c = cells(p * ${num(rng.float(2, 6))}, ${phase(ctx, 0.3, 1.5)});`];
      if (mode === 'nearest') lines.push('return clamp(c.x * 1.2, 0.0, 1.0);');
      else if (mode === 'edges') lines.push(`return clamp((c.y - c.x) * ${num(rng.float(1.5, 4))}, 0.0, 1.0);`);
      else lines.push('return c.x / c.y;');
      return { label: `voronoi (${mode})`, lines };
    }
    case 'circle':
    case 'box':
    case 'ring':
    case 'star':
    case 'segment': {
      const lines: string[] = [];
      // v2: a grid of copies a quarter of the time, else one shape, usually off-centre
      if (kind !== 'segment' && rng.chance(0.25)) {
        use(ctx, 'transform:repeat');
        lines.push(`p = 2.0 * fract(p / ${num(rng.float(0.5, 1.2))} + 0.5) - 1.0;`);
      } else if (kind !== 'segment') {
        lines.push(...offCentre(ctx, 0.6, 0.7, 0.5));
      }
      let d: string;
      if (kind === 'circle') d = `length(p) - ${num(rng.float(0.2, 0.8))}`;
      else if (kind === 'box') {
        ctx.helpers.add('sdBox');
        d = `sdBox(p, ${vec2(rng.float(0.15, 0.7), rng.float(0.15, 0.7))})`;
      } else if (kind === 'ring') d = `abs(length(p) - ${num(rng.float(0.3, 0.8))}) - ${num(rng.float(0.02, 0.2))}`;
      else if (kind === 'star') {
        ctx.helpers.add('sdStar');
        d = `sdStar(p, ${num(rng.float(0.3, 0.8))}, ${num(rng.int(3, 9))}, ${num(rng.float(0.2, 0.6))})`;
      } else {
        ctx.helpers.add('sdSegment');
        d = `sdSegment(p, ${vec2(rng.float(-0.7, 0.0), rng.float(-0.7, 0.7))}, ${vec2(rng.float(0.05, 0.7), rng.float(-0.7, 0.7))}) - ${num(rng.float(0.01, 0.1))}`;
      }
      const shaped = shapeDistance(ctx);
      return { label: `${kind} distance, ${shaped.label}`, lines: [...lines, `float d = ${d};`, `return ${shaped.expr};`] };
    }
    case 'stripes': {
      const sharp = rng.chance(0.4);
      const s = `sin(p.x * ${num(rng.float(2.5, 12))} + ${phase(ctx)})`;
      return sharp
        ? { label: 'stripes, sharp', lines: [`return smoothstep(-${num(rng.float(0.1, 0.5))}, ${num(rng.float(0.1, 0.5))}, ${s});`] }
        : { label: 'stripes', lines: [`return 0.5 + 0.5 * ${s};`] };
    }
    case 'rings':
      return {
        label: 'concentric rings',
        lines: [...offCentre(ctx, 0.6), `return 0.5 + 0.5 * sin(length(p) * ${num(rng.float(3, 14))} + ${phase(ctx)});`],
      };
    case 'checker': {
      // v2: a random phase, so that two checkers of similar size do not line up on the canvas origin
      const f = num(rng.float(3, 9));
      return {
        label: 'checker',
        lines: [`return 0.5 + 0.5 * clamp(${num(rng.float(1, 8))} * sin(p.x * ${f} + ${num(rng.float(0, 6.28))}) * sin(p.y * ${f} + ${num(rng.float(0, 6.28))}), -1.0, 1.0);`],
      };
    }
    case 'waves': {
      const n = rng.int(2, 4);
      const lines = ['float w = 0.0;'];
      for (let i = 0; i < n; i++) {
        if (rng.chance(0.6)) {
          lines.push(`w += sin(length(p - ${vec2(rng.float(-1, 1), rng.float(-1, 1))}) * ${num(rng.float(4, 14))} + ${phase(ctx)});`);
        } else {
          const a = rng.float(0, 6.28);
          const k = rng.float(3, 12);
          lines.push(`w += sin(dot(p, ${vec2(k * Math.cos(a), k * Math.sin(a))}) + ${phase(ctx)});`);
        }
      }
      lines.push(`return 0.5 + 0.5 * w / ${num(n)};`);
      return { label: `interference of ${n} waves`, lines };
    }
    case 'spiral': {
      ctx.helpers.add('angle');
      const arms = rng.int(1, 7);
      const log = rng.chance(0.5);
      const centre = offCentre(ctx, 0.5);
      const r = log ? `log(length(p) + 0.05) * ${num(rng.float(1.5, 5))}` : `length(p) * ${num(rng.float(3, 12))}`;
      return {
        label: `${log ? 'logarithmic' : 'archimedean'} spiral, ${arms} arms`,
        lines: [...centre, `return 0.5 + 0.5 * sin(angle(p) * ${num(rng.sign() * arms)} + ${r} + ${phase(ctx)});`],
      };
    }
    case 'truchet': {
      // quarter-circle arcs in square cells, each cell flipped at random
      ctx.helpers.add('hash');
      const lines = [
        `p *= ${num(rng.float(2, 6))};`,
        'vec2 f = fract(p) - 0.5;',
        `if (hash(p, ${rng.int(3, 99)}u) < 0.5) f.x = -f.x;`,
        'float d = abs(min(length(f - 0.5), length(f + 0.5)) - 0.5);',
      ];
      if (rng.chance(0.5)) {
        const w = rng.float(0.06, 0.2);
        lines.push(`return 0.2 + 0.8 * (1.0 - smoothstep(${num(w)}, ${num(w + 0.06)}, d));`);
        return { label: 'truchet arcs', lines };
      }
      lines.push(`return 0.5 + 0.5 * cos(d * ${num(rng.float(8, 24))} + ${phase(ctx)});`);
      return { label: 'truchet arcs, banded', lines };
    }
    case 'mosaic': {
      // one random value per tile (square or brick bond), with grout between tiles
      ctx.helpers.add('hash');
      const sx = rng.float(1.5, 6);
      const brick = rng.chance(0.5);
      const s = speed(ctx, 0.03, 0.15);
      if (s !== 0) use(ctx, 'animate:phase');
      const gap = rng.float(0.02, 0.12);
      const lines = [`p *= ${vec2(sx, sx * rng.float(0.6, 1.6))};`];
      if (brick) lines.push('p.x += 0.5 * mod(floor(p.y), 2.0);');
      lines.push(
        'vec2 f = abs(fract(p) - 0.5);',
        `float e = 1.0 - smoothstep(${num(0.5 - gap)}, 0.5, max(f.x, f.y));`,
        `return (0.1 + 0.9 * fract(hash(p, ${rng.int(3, 99)}u)${s !== 0 ? ` + ${timeTerm(s)}` : ''})) * (0.3 + 0.7 * e);`,
      );
      return { label: `mosaic${brick ? ', brick bond' : ''}`, lines };
    }
    case 'hex': {
      // distance to the edge of the nearest hexagonal cell; random per-cell values or bands
      ctx.helpers.add('hexLocal');
      const lines = [
        `p *= ${num(rng.float(2, 6))};`,
        'vec2 h = hexLocal(p);',
        'float e = max(abs(h.x), dot(abs(h), vec2(0.5, 0.866)));',
      ];
      if (rng.chance(0.5)) {
        ctx.helpers.add('hash');
        lines.push(`return (0.15 + 0.85 * hash(2.0 * (p - h) + 0.5, ${rng.int(3, 99)}u)) * (0.4 + 0.6 * smoothstep(0.5, ${num(rng.float(0.3, 0.44))}, e));`);
        return { label: 'hexagonal cells', lines };
      }
      lines.push(`return 0.5 + 0.5 * cos(e * ${num(rng.float(8, 24))} + ${phase(ctx)});`);
      return { label: 'hexagonal bands', lines };
    }
  }
}

/**
 * Emits one field as a helper function `fieldN(p, t)` with its own local frame; returns its name and
 * kind. `moved`: always translate the frame (for fields read in the unwarped canvas frame, which
 * would otherwise line up on the canvas origin from program to program).
 */
export function field(ctx: GenContext, kind?: FieldKind, moved = false): { name: string; kind: FieldKind } {
  const { rng } = ctx;
  const k = kind ?? rng.weighted(FIELD_WEIGHTS);
  const name = `field${ctx.fieldCount++}`;
  const local: string[] = [];
  if (rng.chance(0.4)) local.push(...transform(ctx, 'rotate'));
  if (moved || rng.chance(0.4)) local.push(...transform(ctx, 'translate'));
  if (rng.chance(0.3)) local.push(...transform(ctx, 'scale'));
  const body = fieldBody(ctx, k);
  ctx.functions.push([
    `// field: ${body.label}`,
    `float ${name}(vec2 p, float t) {`,
    ...indent([...local, ...body.lines]),
    '}',
  ].join('\n'));
  return { name, kind: k };
}

// ---------------------------------------------------------------- combinators (the field tree)

/** Upper bound on the leaves of one pattern tree. */
export const MAX_FIELDS = 6;

export type CombineKind = 'min' | 'max' | 'smooth-min' | 'mix' | 'product' | 'difference' | 'abs';

const COMBINE_WEIGHTS: readonly (readonly [CombineKind, number])[] = [
  ['min', 1], ['max', 1], ['smooth-min', 1], ['mix', 1], ['product', 0.8], ['difference', 0.9], ['abs', 0.7],
];

/**
 * Emits the statements of a field tree into `lines` and returns the name of the variable holding
 * its value. A leaf calls a field function; an inner node combines its children.
 */
export function fieldTree(ctx: GenContext, depth: number, lines: string[], kinds: FieldKind[], vars = { n: 0 }): string {
  const { rng } = ctx;
  // at most MAX_FIELDS leaves: averaging many fields flattens the image
  const pCombine = depth <= 0 || ctx.fieldCount >= MAX_FIELDS - 2 ? 0 : depth >= 2 ? 0.7 : 0.45;
  if (!rng.chance(pCombine)) {
    const f = field(ctx);
    kinds.push(f.kind);
    const v = `v${vars.n++}`;
    lines.push(`float ${v} = ${f.name}(p, t);`);
    return v;
  }
  const op = rng.weighted(COMBINE_WEIGHTS);
  use(ctx, `combine:${op}` as Production);
  const arity = op === 'abs' ? 1 : op === 'mix' ? 3 : 2;
  const args: string[] = [];
  for (let i = 0; i < arity; i++) args.push(fieldTree(ctx, depth - 1, lines, kinds, vars));
  const [a, b, c] = args;
  let expr: string;
  switch (op) {
    case 'min': expr = `min(${a}, ${b})`; break;
    case 'max': expr = `max(${a}, ${b})`; break;
    case 'smooth-min': ctx.helpers.add('smin'); expr = `smin(${a}, ${b}, ${num(rng.float(0.05, 0.4))})`; break;
    case 'mix': expr = `mix(${a}, ${b}, smoothstep(${num(rng.float(0.2, 0.45))}, ${num(rng.float(0.55, 0.8))}, ${c}))`; break;
    case 'product': expr = `sqrt(${a} * ${b})`; break;
    case 'difference': expr = `abs(${a} - ${b})`; break;
    case 'abs': expr = `abs(2.0 * ${a} - 1.0)`; break;
  }
  const v = `v${vars.n++}`;
  lines.push(`float ${v} = ${expr}; // combine: ${op}`);
  return v;
}

// ---------------------------------------------------------------- colour mappings

/** HSV (all in [0, 1]) to RGB, on the TypeScript side, for gradient stops. */
export function hsvToRgb(h: number, s: number, v: number): [number, number, number] {
  const f = (n: number) => {
    const k = (n + h * 6) % 6;
    return v - v * s * Math.max(0, Math.min(k, 4 - k, 1));
  };
  return [f(5), f(3), f(1)];
}

export type ColorKind = 'cosine' | 'gradient' | 'hue' | 'channels' | 'posterize';

/** The colour mappings and their weights (v2 adds the posterized palette). */
export const COLOR_WEIGHTS: readonly (readonly [ColorKind, number])[] = [
  ['cosine', 1.2], ['gradient', 0.9], ['hue', 0.8], ['channels', 0.8], ['posterize', 0.8],
];

/**
 * Statements that turn the pattern value `v<suffix>` (and, for some mappings, a second field `w`)
 * into `vec3 col<suffix>`; temporaries carry the suffix too, so a layer can map its own value.
 * Returns a representative hue in [0, 1) for the title.
 */
export function colorMapping(ctx: GenContext, kind: ColorKind, w: string | null, suffix = ''): { lines: string[]; hue: number } {
  const { rng } = ctx;
  use(ctx, `color:${kind}` as Production);
  const v = `v${suffix}`;
  const col = `col${suffix}`;
  const g = `g${suffix}`;
  const gain = rng.float(0.5, 1.4);
  const x = `${v} * ${num(gain)} + ${phase(ctx, 0.05, 0.3)}`;
  switch (kind) {
    case 'cosine':
    case 'posterize': {
      ctx.helpers.add('palette');
      const a = [rng.float(0.45, 0.6), rng.float(0.45, 0.6), rng.float(0.45, 0.6)] as const;
      const b = [rng.float(0.3, 0.5), rng.float(0.3, 0.5), rng.float(0.3, 0.5)] as const;
      const c = rng.chance(0.5) ? [1, 1, 1] : [rng.float(0.5, 2), rng.float(0.5, 2), rng.float(0.5, 2)];
      const d = [rng.float(0, 1), rng.float(0, 1), rng.float(0, 1)] as const;
      // hue of the palette at x = 0.25, for the title
      const rgb = [0, 1, 2].map((i) => a[i] + b[i] * Math.cos(2 * Math.PI * (c[i] * 0.25 + d[i])));
      const call = (arg: string) => `palette(${arg}, ${vec3(...a)}, ${vec3(...b)}, ${vec3(c[0], c[1], c[2])}, ${vec3(...d)})`;
      if (kind === 'cosine') {
        return { lines: ['// colour: cosine palette', `vec3 ${col} = ${call(x)};`], hue: rgbHue(rgb[0], rgb[1], rgb[2]) };
      }
      // flat colour regions: the value quantized to k levels, each level a palette colour
      const k = rng.int(3, 7);
      return {
        lines: [`// colour: posterized palette, ${k} levels`, `float ${g} = floor(fract(${x}) * ${num(k)}) / ${num(k)};`,
          `vec3 ${col} = ${call(`${g} * ${num(rng.float(0.6, 1.0))}`)};`],
        hue: rgbHue(rgb[0], rgb[1], rgb[2]),
      };
    }
    case 'gradient': {
      const n = rng.int(2, 4);
      const h0 = rng.next();
      const stops: string[] = [];
      for (let i = 0; i < n; i++) {
        const h = (h0 + i * rng.float(0.12, 0.4)) % 1;
        const rgb = hsvToRgb(h, rng.float(0.55, 1), rng.float(0.55, 1));
        stops.push(vec3(...rgb));
      }
      const lines = [`// colour: gradient map, ${n} stops`, `float ${g} = fract(${x});`, `${g} = min(${g}, 1.0 - ${g}) * 2.0;`];
      lines.push(`vec3 ${col} = ${stops[0]};`);
      for (let i = 1; i < n; i++) {
        lines.push(`${col} = mix(${col}, ${stops[i]}, smoothstep(${num((i - 1) / (n - 1))}, ${num(i / (n - 1))}, ${g}));`);
      }
      return { lines, hue: h0 };
    }
    case 'hue': {
      ctx.helpers.add('hsv');
      const h0 = rng.next();
      const val = w ? `${num(rng.float(0.55, 0.75))} + ${num(rng.float(0.25, 0.45))} * ${w}` : num(rng.float(0.75, 1));
      return {
        lines: ['// colour: hue rotation', `vec3 ${col} = hsv(${plus(`fract(${x})`, h0)}, ${num(rng.float(0.55, 0.95))}, ${val});`],
        hue: h0,
      };
    }
    case 'channels': {
      const k = () => vec3(rng.float(0.4, 1.4), rng.float(0.4, 1.4), rng.float(0.4, 1.4));
      const ph = vec3(rng.float(0, 1), rng.float(0, 1), rng.float(0, 1));
      const second = w ? ` + ${w} * ${k()}` : '';
      return {
        lines: ['// colour: one field per channel', `vec3 ${col} = 0.5 + 0.5 * cos(6.28318 * ((${x}) * ${k()}${second} + ${ph}));`],
        hue: rng.next(),
      };
    }
  }
}

// ---------------------------------------------------------------- layers and finishes

export type ComposeKind = 'over' | 'screen' | 'multiply';

/**
 * A second layer over the base colour `col` (in `uv`, the unwarped frame): its own short domain
 * (emitted as `layerDomain`), one field mapped to `col2`, composited by `over` (through a mask
 * function `layerMask`, optionally with a drop shadow), `screen` or `multiply`. Returns the
 * helper functions to emit and the statements for mainImage.
 */
export function layer(ctx: GenContext): { functions: string[]; lines: string[] } {
  const { rng } = ctx;
  const mode = rng.weighted([['over', 1.4], ['screen', 0.8], ['multiply', 0.8]] as const satisfies readonly (readonly [ComposeKind, number])[]);
  use(ctx, `compose:${mode}` as Production);
  const chain = transformChain(ctx, [[1, 2], [2, 1]]);
  const f = field(ctx, undefined, true);
  const colourKind = rng.weighted(COLOR_WEIGHTS);
  const colour = colorMapping(ctx, colourKind, null, '2');
  const functions = [['// layer: its own coordinates', 'vec2 layerDomain(vec2 p, float t) {', ...indent([...chain.lines, 'return p;']), '}'].join('\n')];
  const lines = [`// layer: ${mode}`, `float v2 = ${f.name}(layerDomain(uv, t), t);`, ...colour.lines];
  if (mode === 'screen') {
    lines.push(`col = 1.0 - (1.0 - col) * (1.0 - ${num(rng.float(0.35, 0.8))} * clamp(col2, 0.0, 1.0));`);
  } else if (mode === 'multiply') {
    lines.push(`col *= mix(vec3(1.0), clamp(col2, 0.0, 1.0), ${num(rng.float(0.4, 0.85))});`);
  } else {
    const maskKind = rng.weighted([['shape', 1], ['field', 0.8], ['split', 0.7]] as const);
    let mask: string[];
    let label: string;
    if (maskKind === 'shape') {
      const sdf = rng.weighted([['circle', 1], ['box', 1], ['star', 0.6]] as const);
      const body: string[] = [];
      if (rng.chance(0.4)) {
        use(ctx, 'transform:repeat');
        const c = rng.float(0.5, 1.1);
        body.push(`p = ${num(c)} * (fract(p / ${num(c)} + 0.5) - 0.5);`);
        body.push(`p *= ${num(2 / c)};`);
      } else {
        body.push(`p -= ${vec2(rng.float(-0.8, 0.8), rng.float(-0.5, 0.5))};`);
      }
      let d: string;
      if (sdf === 'circle') d = `length(p) - ${num(rng.float(0.3, 0.8))}`;
      else if (sdf === 'box') {
        ctx.helpers.add('sdBox');
        d = `sdBox(p, ${vec2(rng.float(0.25, 0.8), rng.float(0.25, 0.8))})`;
      } else {
        ctx.helpers.add('sdStar');
        d = `sdStar(p, ${num(rng.float(0.4, 0.85))}, ${num(rng.int(3, 8))}, ${num(rng.float(0.2, 0.5))})`;
      }
      const e = num(rng.float(0.005, 0.05));
      mask = [...body, `return 1.0 - smoothstep(-${e}, ${e}, ${d});`];
      label = `${sdf} mask`;
    } else if (maskKind === 'field') {
      const m = field(ctx, rng.pick(['noise', 'fbm', 'voronoi', 'waves'] as const), true);
      const th = rng.float(0.4, 0.6);
      const e = rng.float(0.01, 0.06);
      mask = [`return smoothstep(${num(th - e)}, ${num(th + e)}, ${m.name}(p, t));`];
      label = 'field threshold mask';
    } else {
      const a = rng.float(0, 6.28);
      const e = num(rng.float(0.005, 0.04));
      mask = [`float s = dot(p - ${vec2(rng.float(-0.5, 0.5), rng.float(-0.4, 0.4))}, ${vec2(Math.cos(a), Math.sin(a))});`,
        `s += ${num(rng.float(0, 0.25))} * sin(dot(p, ${vec2(-Math.sin(a), Math.cos(a))}) * ${num(rng.float(2, 9))} + ${phase(ctx)});`,
        `return smoothstep(-${e}, ${e}, s);`];
      label = 'split mask';
    }
    functions.push([`// layer: ${label}`, 'float layerMask(vec2 p, float t) {', ...indent(mask), '}'].join('\n'));
    if (maskKind !== 'field' && rng.chance(0.5)) {
      use(ctx, 'compose:shadow');
      lines.push('// layer: drop shadow', `col *= 1.0 - ${num(rng.float(0.3, 0.55))} * layerMask(uv + ${vec2(rng.float(-0.06, 0.06), rng.float(0.02, 0.07))}, t);`);
    }
    lines.push('col = mix(col, col2, layerMask(uv, t));');
  }
  return { functions, lines };
}

/** Relief: shading by the slope of the pattern value `v` (screen-space derivatives, in uv units). */
export function relief(ctx: GenContext): string[] {
  const { rng } = ctx;
  use(ctx, 'finish:relief');
  const a = rng.float(0, 6.28);
  return [
    '// finish: relief, lit by the slope of the pattern',
    `vec2 dv = vec2(dFdx(v), dFdy(v)) * iResolution.y * ${num(rng.float(0.01, 0.04))};`,
    `col *= 0.45 + 0.75 * max(dot(normalize(vec3(-dv, 1.0)), ${vec3(0.6 * Math.cos(a), 0.6 * Math.sin(a), 0.8)}), 0.0);`,
  ];
}

/**
 * Outline: dark ink lines along `k` level sets of the pattern value, a fixed width in uv units;
 * they fade out where the level sets crowd closer than a few line widths (else a busy pattern would
 * turn black).
 */
export function outline(ctx: GenContext): string[] {
  const { rng } = ctx;
  use(ctx, 'finish:outline');
  const k = rng.int(2, 6);
  const w = rng.float(0.006, 0.02);
  const ink = rng.float(0.05, 0.3);
  return [
    '// finish: ink outlines along level sets of the pattern',
    `float lv = v * ${num(k)};`,
    'float gl = max(length(vec2(dFdx(lv), dFdy(lv))) * iResolution.y * 0.5, 0.001);',
    `float ink = mix(${num(ink)}, 1.0, smoothstep(${num(w)}, ${num(2 * w)}, abs(fract(lv) - 0.5) / gl));`,
    `col *= mix(1.0, ink, smoothstep(${num(3 * w)}, ${num(8 * w)}, 1.0 / gl));`,
  ];
}

/** Hue in [0, 1) of an RGB colour. */
export function rgbHue(r: number, g: number, b: number): number {
  const mx = Math.max(r, g, b);
  const mn = Math.min(r, g, b);
  const c = mx - mn;
  if (c < 1e-6) return 0;
  let h: number;
  if (mx === r) h = ((g - b) / c) % 6;
  else if (mx === g) h = (b - r) / c + 2;
  else h = (r - g) / c + 4;
  return (((h / 6) % 1) + 1) % 1;
}
