import { test } from 'node:test';
import assert from 'node:assert/strict';
import { synthSource } from './synth.ts';
import { collect } from './types.ts';

test('seeds are the cursor; items are CC0 canonical bodies', async () => {
  const src = synthSource({ startSeed: 5, count: 5 });
  const p = await src.fetchPage(null, { limit: 3 });
  assert.deepEqual(p.items.map((i) => i.externalId), ['v2:5', 'v2:6', 'v2:7']);
  assert.deepEqual(p.nextCursor, { seed: 8 });
  const rest = await src.fetchPage(p.nextCursor, { limit: 10 });
  assert.deepEqual(rest.items.map((i) => i.meta?.seed), [8, 9]);
  assert.equal(rest.nextCursor, null);
  const it = p.items[0];
  assert.deepEqual([it.license, it.dialectHint, it.url, it.author], ['CC0-1.0', 'shadertoy', 'synth://v2/5', 'shadertrain synthesizer']);
  assert.match(it.code, /mainImage/);
});

test('an injected synthesizer', async () => {
  const all = await collect(synthSource({
    count: 3,
    synthesize: (seed) => ({ seed, title: `t${seed}`, body: 'void mainImage(out vec4 c, in vec2 p){c=vec4(1);}', source: '', productions: [], family: 'f',
      provenance: { source: 'synth', externalId: `x:${seed}`, url: `synth://x/${seed}`, author: 'shadertrain synthesizer', license: 'CC0-1.0' } }),
  }));
  assert.deepEqual(all.items.map((i) => i.title), ['t0', 't1', 't2']);
});
