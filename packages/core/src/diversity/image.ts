/** PNG decoding into RGB and grayscale arrays (pngjs), shared by the hash and the contact sheet. */
import { PNG } from 'pngjs';

export interface RgbImage {
  width: number;
  height: number;
  /** RGBA, 8 bits per channel, row-major, top row first. */
  data: Uint8Array;
}

export function decodePng(png: Uint8Array): RgbImage {
  const img = PNG.sync.read(Buffer.from(png.buffer, png.byteOffset, png.byteLength));
  return { width: img.width, height: img.height, data: new Uint8Array(img.data.buffer, img.data.byteOffset, img.data.byteLength) };
}

export function encodePng(img: RgbImage): Uint8Array {
  const png = new PNG({ width: img.width, height: img.height });
  png.data = Buffer.from(img.data.buffer, img.data.byteOffset, img.data.byteLength);
  return new Uint8Array(PNG.sync.write(png));
}

/** Box-filtered resize to w×h (area average; every source pixel counts), RGBA out. */
export function resize(img: RgbImage, w: number, h: number): RgbImage {
  const out = new Uint8Array(w * h * 4);
  for (let y = 0; y < h; y++) {
    const y0 = (y * img.height) / h;
    const y1 = ((y + 1) * img.height) / h;
    for (let x = 0; x < w; x++) {
      const x0 = (x * img.width) / w;
      const x1 = ((x + 1) * img.width) / w;
      const acc = [0, 0, 0, 0];
      let wsum = 0;
      for (let sy = Math.floor(y0); sy < Math.ceil(y1); sy++) {
        const wy = Math.min(sy + 1, y1) - Math.max(sy, y0);
        for (let sx = Math.floor(x0); sx < Math.ceil(x1); sx++) {
          const wx = Math.min(sx + 1, x1) - Math.max(sx, x0);
          const wgt = wx * wy;
          const i = (sy * img.width + sx) * 4;
          for (let c = 0; c < 4; c++) acc[c] += img.data[i + c] * wgt;
          wsum += wgt;
        }
      }
      for (let c = 0; c < 4; c++) out[(y * w + x) * 4 + c] = Math.round(acc[c] / wsum);
    }
  }
  return { width: w, height: h, data: out };
}
