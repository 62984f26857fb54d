/**
 * The synthesizer's grammar: typed productions that each emit readable GLSL.
 *
 *   program   := domain(transform*) · pattern(field tree) · colour mapping · finish
 *   transform := rotate | scale | translate | polar | kaleidoscope | mirror | repeat | warp | swirl
 *                | iterate:fold | iterate:warp                              (vec2 -> vec2)
 *   field     := noise | fbm | voronoi | circle | box | ring | star | segment | stripes | rings
 *                | checker | waves | spiral                                 (vec2 -> float in [0, 1])
 *   combine   := min | max | smooth-min | mix(by field) | product | difference | abs (float^k -> float)
 *   colour    := cosine palette | gradient map | hue rotation | channel fields  (float -> vec3)
 *
 * Every production name listed in `PRODUCTIONS` is recorded in the program's `productions` when used,
 * so tests can check coverage and the diversity report can group by them.
 */
import type { Rng } from './prng.ts';
import { indent, num, plus, timeTerm, vec2, vec3 } from './format.ts';

export const PRODUCTIONS = [
  'transform:rotate', 'transform:scale', 'transform:translate', 'transform:polar',
  'transform:kaleidoscope', 'transform:mirror', 'transform:repeat', 'transform:warp', 'transform:swirl',
  'field:noise', 'field:fbm', 'field:voronoi', 'field:circle', 'field:box', 'field:ring', 'field:star',
  'field:segment', 'field:stripes', 'field:rings', 'field:checker', 'field:waves', 'field:spiral',
  'combine:min', 'combine:max', 'combine:smooth-min', 'combine:mix', 'combine:product',
  'combine:difference', 'combine:abs',
  'iterate:fold', 'iterate:warp',
  'animate:drift', 'animate:spin', 'animate:phase',
  'color:cosine', 'color:gradient', 'color:hue', 'color:channels', 'color:shade',
  'finish:fill',
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
  | 'fold' | 'sinewarp';

const TRANSFORM_WEIGHTS: readonly (readonly [TransformKind, number])[] = [
  ['rotate', 1.0], ['scale', 0.8], ['translate', 0.8], ['polar', 0.6], ['kaleidoscope', 1.0],
  ['mirror', 0.7], ['repeat', 0.9], ['warp', 1.0], ['swirl', 0.8], ['fold', 0.7], ['sinewarp', 0.7],
];

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
      if (rng.chance(0.5)) {
        return ['// transform: log-polar', `p = vec2(angle(p) * ${num(k / Math.PI)}, log(length(p) + 0.05));`];
      }
      return ['// transform: polar', `p = vec2(angle(p) * ${num(k / Math.PI)}, length(p) * ${num(rng.float(1, 3))});`];
    }
    case 'kaleidoscope': {
      use(ctx, 'transform:kaleidoscope');
      ctx.helpers.add('kaleido');
      const n = rng.int(3, 12);
      const lines = [`// transform: kaleidoscope, ${n} sectors`];
      if (rng.chance(0.5)) {
        use(ctx, 'animate:spin');
        ctx.helpers.add('rot');
        lines.push(`p = rot(${timeTerm(rng.sign() * rng.float(0.1, 0.5))}) * p;`);
      }
      lines.push(`p = kaleido(p, ${num(n)});`);
      if (rng.chance(0.6)) lines.push(`p -= ${vec2(rng.float(0.1, 0.6), 0)};`);
      return lines;
    }
    case 'mirror': {
      use(ctx, 'transform:mirror');
      return rng.pick([
        ['// transform: mirror both axes', 'p = abs(p);'],
        ['// transform: mirror x', 'p.x = abs(p.x);'],
        ['// transform: mirror y', 'p.y = abs(p.y);'],
        ['// transform: mirror the diagonal', 'p = p.x > p.y ? p.yx : p;'],
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
      return ['// transform: swirl (twist grows with radius)', `p = rot(${num(k)} * length(p)${s !== 0 ? ` + ${timeTerm(s)}` : ''}) * p;`];
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

/** A chain of 1–4 global transforms; polar mapping and iteration at most once each. */
export function transformChain(ctx: GenContext): { kinds: TransformKind[]; lines: string[] } {
  const { rng } = ctx;
  const n = rng.weighted([[1, 2], [2, 4], [3, 3], [4, 1]] as const);
  const kinds: TransformKind[] = [];
  while (kinds.length < n) {
    const k = rng.weighted(TRANSFORM_WEIGHTS);
    const once = (x: TransformKind[]) => x.some((y) => kinds.includes(y));
    if (k === 'polar' && once(['polar'])) continue;
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
  | 'checker' | 'waves' | 'spiral';

const FIELD_WEIGHTS: readonly (readonly [FieldKind, number])[] = [
  ['noise', 0.6], ['fbm', 1.0], ['voronoi', 1.0], ['circle', 0.6], ['box', 0.6], ['ring', 0.6],
  ['star', 0.6], ['segment', 0.5], ['stripes', 0.9], ['rings', 0.8], ['checker', 0.6], ['waves', 0.9],
  ['spiral', 0.8],
];

/** Turns a distance `d` into a value in [0, 1] that fills the canvas (bands) or lights the shape. */
function shapeDistance(ctx: GenContext): { label: string; expr: string } {
  const { rng } = ctx;
  // glow and fill keep a floor of 0.2 so that min/product with them never collapses to a constant
  const mode = rng.weighted([['bands', 0.7], ['glow', 0.18], ['soft', 0.12]] as const);
  if (mode === 'bands') return { label: 'contour bands', expr: `0.5 + 0.5 * cos(d * ${num(rng.float(6, 24))} + ${phase(ctx)})` };
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
      return { label: `${kind} distance, ${shaped.label}`, lines: [`float d = ${d};`, `return ${shaped.expr};`] };
    }
    case 'stripes': {
      const sharp = rng.chance(0.4);
      const s = `sin(p.x * ${num(rng.float(3, 14))} + ${phase(ctx)})`;
      return sharp
        ? { label: 'stripes, sharp', lines: [`return smoothstep(-${num(rng.float(0.1, 0.5))}, ${num(rng.float(0.1, 0.5))}, ${s});`] }
        : { label: 'stripes', lines: [`return 0.5 + 0.5 * ${s};`] };
    }
    case 'rings':
      return { label: 'concentric rings', lines: [`return 0.5 + 0.5 * sin(length(p) * ${num(rng.float(4, 18))} + ${phase(ctx)});`] };
    case 'checker': {
      const f = num(rng.float(3, 9));
      return {
        label: 'checker',
        lines: [`return 0.5 + 0.5 * clamp(${num(rng.float(1, 8))} * sin(p.x * ${f}) * sin(p.y * ${f}), -1.0, 1.0);`],
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
      const r = log ? `log(length(p) + 0.05) * ${num(rng.float(1.5, 5))}` : `length(p) * ${num(rng.float(3, 12))}`;
      return {
        label: `${log ? 'logarithmic' : 'archimedean'} spiral, ${arms} arms`,
        lines: [`return 0.5 + 0.5 * sin(angle(p) * ${num(rng.sign() * arms)} + ${r} + ${phase(ctx)});`],
      };
    }
  }
}

/** Emits one field as a helper function `fieldN(p, t)` with its own local frame; returns its name and kind. */
export function field(ctx: GenContext, kind?: FieldKind): { name: string; kind: FieldKind } {
  const { rng } = ctx;
  const k = kind ?? rng.weighted(FIELD_WEIGHTS);
  const name = `field${ctx.fieldCount++}`;
  const local: string[] = [];
  if (rng.chance(0.4)) local.push(...transform(ctx, 'rotate'));
  if (rng.chance(0.4)) local.push(...transform(ctx, 'translate'));
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

export type ColorKind = 'cosine' | 'gradient' | 'hue' | 'channels';

/**
 * Statements that turn the pattern value `v` (and, for some mappings, a second field `w`) into
 * `vec3 col`. Returns a representative hue in [0, 1) for the title.
 */
export function colorMapping(ctx: GenContext, kind: ColorKind, w: string | null): { lines: string[]; hue: number } {
  const { rng } = ctx;
  use(ctx, `color:${kind}` as Production);
  const gain = rng.float(0.5, 1.4);
  const x = `v * ${num(gain)} + ${phase(ctx, 0.05, 0.3)}`;
  switch (kind) {
    case 'cosine': {
      ctx.helpers.add('palette');
      const a = [rng.float(0.45, 0.6), rng.float(0.45, 0.6), rng.float(0.45, 0.6)] as const;
      const b = [rng.float(0.3, 0.5), rng.float(0.3, 0.5), rng.float(0.3, 0.5)] as const;
      const c = rng.chance(0.5) ? [1, 1, 1] : [rng.float(0.5, 2), rng.float(0.5, 2), rng.float(0.5, 2)];
      const d = [rng.float(0, 1), rng.float(0, 1), rng.float(0, 1)] as const;
      // hue of the palette at x = 0.25, for the title
      const rgb = [0, 1, 2].map((i) => a[i] + b[i] * Math.cos(2 * Math.PI * (c[i] * 0.25 + d[i])));
      return {
        lines: ['// colour: cosine palette', `vec3 col = palette(${x}, ${vec3(...a)}, ${vec3(...b)}, ${vec3(c[0], c[1], c[2])}, ${vec3(...d)});`],
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
      const lines = [`// colour: gradient map, ${n} stops`, `float g = fract(${x});`, `g = min(g, 1.0 - g) * 2.0;`];
      lines.push(`vec3 col = ${stops[0]};`);
      for (let i = 1; i < n; i++) {
        lines.push(`col = mix(col, ${stops[i]}, smoothstep(${num((i - 1) / (n - 1))}, ${num(i / (n - 1))}, g));`);
      }
      return { lines, hue: h0 };
    }
    case 'hue': {
      ctx.helpers.add('hsv');
      const h0 = rng.next();
      const val = w ? `${num(rng.float(0.55, 0.75))} + ${num(rng.float(0.25, 0.45))} * ${w}` : num(rng.float(0.75, 1));
      return {
        lines: ['// colour: hue rotation', `vec3 col = hsv(${plus(`fract(${x})`, h0)}, ${num(rng.float(0.55, 0.95))}, ${val});`],
        hue: h0,
      };
    }
    case 'channels': {
      const k = () => vec3(rng.float(0.4, 1.4), rng.float(0.4, 1.4), rng.float(0.4, 1.4));
      const ph = vec3(rng.float(0, 1), rng.float(0, 1), rng.float(0, 1));
      const second = w ? ` + ${w} * ${k()}` : '';
      return {
        lines: ['// colour: one field per channel', `vec3 col = 0.5 + 0.5 * cos(6.28318 * ((${x}) * ${k()}${second} + ${ph}));`],
        hue: rng.next(),
      };
    }
  }
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
