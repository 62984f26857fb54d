/** Contact sheets: many thumbnails tiled into one PNG (pngjs). */
import { decodePng, encodePng, resize } from './image.ts';

export interface ContactSheetOptions {
  /** Cell size in pixels; default: the first image's width. */
  cell?: number;
  /** Gap between cells in pixels. Default 2. */
  gap?: number;
  /** Background RGB. Default dark grey. */
  background?: [number, number, number];
}

/**
 * Tiles PNG images into a grid of `cols` columns (resized to square cells) and returns one PNG.
 *
 * @example
 * writeFileSync('sheet.png', contactSheet(thumbnails, 16));
 */
export function contactSheet(pngs: Uint8Array[], cols: number, opts: ContactSheetOptions = {}): Uint8Array {
  const images = pngs.map(decodePng);
  const o = { cell: images[0]?.width ?? 64, gap: 2, background: [24, 24, 24] as [number, number, number], ...opts };
  const c = Math.max(1, Math.min(cols, Math.max(1, images.length)));
  const rows = Math.max(1, Math.ceil(images.length / c));
  const width = c * o.cell + (c + 1) * o.gap;
  const height = rows * o.cell + (rows + 1) * o.gap;
  const data = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    data.set(o.background, i * 4);
    data[i * 4 + 3] = 255;
  }
  images.forEach((img, k) => {
    const cell = img.width === o.cell && img.height === o.cell ? img : resize(img, o.cell, o.cell);
    const ox = o.gap + (k % c) * (o.cell + o.gap);
    const oy = o.gap + Math.floor(k / c) * (o.cell + o.gap);
    for (let y = 0; y < o.cell; y++) {
      const src = cell.data.subarray(y * o.cell * 4, (y + 1) * o.cell * 4);
      data.set(src, ((oy + y) * width + ox) * 4);
    }
  });
  return encodePng({ width, height, data });
}
