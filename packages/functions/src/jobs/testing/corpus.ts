// A larger Shadertoy corpus for crash-consistency tests and the crawl benchmark: original tiny
// image passes, with repeats (the same code under two ids: one program, two provenance rows) and
// entries the crawl must reject (a texture input, a syntax error).
import type { StFixture } from '../../../../../tests/replay/fixtures.ts';
import { stImage } from '../../../../../tests/replay/fixtures.ts';

export function crawlCorpus(count: number): StFixture[] {
  const out: StFixture[] = [];
  for (let k = 0; k < count; k++) {
    const id = `ck${String(k).padStart(5, '0')}`;
    const distinct = Math.max(1, Math.floor(count * 0.8));
    let code = stImage(k % distinct);
    const inputs: unknown[] = [];
    if (k % 11 === 5) code = code.replace('fragColor = vec4(', 'fragColor = vec4(;'); // a syntax error
    if (k % 13 === 7) inputs.push({ id: '4dXGRn', src: '/media/a/noise.png', ctype: 'texture', channel: 0, sampler: {}, published: 1 });
    out.push({
      id,
      Shader: {
        ver: '0.1',
        info: { id, date: String(1714000000 - k), viewed: 10, name: `Corpus ${k}`, username: `author${k % 7}`, description: k % 3 === 0 ? 'License: CC0' : '', likes: 0, published: 3, flags: 0, usePreview: 0, tags: ['corpus'], hasliked: 0 },
        renderpass: [{ name: 'Image', type: 'image', description: '', code, inputs, outputs: [{ id: '4dfGRr', channel: 0 }] }],
      },
    });
  }
  return out;
}
