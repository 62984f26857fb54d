/** Word lists for generated titles: "<adjective> <colour> <noun> #<seed>". */
import type { Rng } from './prng.ts';
import type { FieldKind, TransformKind } from './grammar.ts';

const ADJECTIVES: Record<TransformKind | 'plain', readonly string[]> = {
  rotate: ['Tilted', 'Turning', 'Slanted'],
  scale: ['Stretched', 'Magnified', 'Distant'],
  translate: ['Drifting', 'Wandering', 'Sliding'],
  polar: ['Orbital', 'Radial', 'Circling'],
  kaleidoscope: ['Folded', 'Faceted', 'Mirrored'],
  mirror: ['Reflected', 'Twin', 'Symmetric'],
  repeat: ['Tiled', 'Repeating', 'Gridded'],
  warp: ['Warped', 'Molten', 'Flowing'],
  swirl: ['Swirling', 'Twisted', 'Spun'],
  shear: ['Leaning', 'Skewed', 'Sheared'],
  perspective: ['Receding', 'Horizon', 'Vanishing'],
  fold: ['Fractured', 'Nested', 'Crystalline'],
  sinewarp: ['Rippled', 'Woven', 'Braided'],
  plain: ['Quiet', 'Bright', 'Open'],
};

const NOUNS: Record<FieldKind, readonly string[]> = {
  noise: ['Mist', 'Haze', 'Grain'],
  fbm: ['Clouds', 'Terrain', 'Smoke'],
  voronoi: ['Cells', 'Mosaic', 'Lattice'],
  circle: ['Orbs', 'Discs', 'Moons'],
  box: ['Blocks', 'Tiles', 'Panes'],
  ring: ['Halos', 'Hoops', 'Loops'],
  star: ['Blooms', 'Stars', 'Petals'],
  segment: ['Threads', 'Strokes', 'Needles'],
  stripes: ['Stripes', 'Bands', 'Ribbons'],
  rings: ['Ripples', 'Echoes', 'Rings'],
  checker: ['Checkers', 'Weave', 'Quilt'],
  waves: ['Interference', 'Waves', 'Tides'],
  spiral: ['Spirals', 'Vortex', 'Whorls'],
  truchet: ['Meanders', 'Arcs', 'Labyrinth'],
  mosaic: ['Tesserae', 'Masonry', 'Tiles'],
  hex: ['Honeycomb', 'Combs', 'Hexes'],
};

const COLOURS = [
  'Crimson', 'Vermilion', 'Amber', 'Golden', 'Lime', 'Emerald', 'Jade', 'Teal', 'Azure', 'Cobalt',
  'Indigo', 'Violet', 'Magenta', 'Rose',
] as const;

/** A title from the program's first transform, first field and palette hue. */
export function title(rng: Rng, seed: number, transform: TransformKind | undefined, fieldKind: FieldKind, hue: number): string {
  const adj = rng.pick(ADJECTIVES[transform ?? 'plain']);
  const colour = COLOURS[Math.floor((((hue % 1) + 1) % 1) * COLOURS.length) % COLOURS.length];
  const noun = rng.pick(NOUNS[fieldKind]);
  return `${adj} ${colour} ${noun} #${seed}`;
}
