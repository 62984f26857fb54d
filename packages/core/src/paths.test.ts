import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ASSET_ENV, assetPath, defaultAssetDir, layout, pythonEnv } from './paths.ts';

const repo = (p: string) => fileURLToPath(new URL(`../../../${p}`, import.meta.url));

test('from source, every folder is the one of the repository', () => {
  assert.equal(layout, 'source');
  assert.equal(defaultAssetDir('migrations'), repo('packages/core/migrations'));
  assert.equal(defaultAssetDir('glsl'), repo('packages/core/glsl'));
  assert.equal(defaultAssetDir('python'), repo('packages/trainer/python'));
  assert.equal(defaultAssetDir('gallery'), repo('packages/functions/src/gallery/assets'));
  assert.equal(defaultAssetDir('programs'), repo('programs'));
  for (const f of ['migrations/meta/_journal.json', 'glsl/wrapper.frag', 'python/shadertrain/__init__.py', 'gallery/preview.js']) {
    const [kind, ...rest] = f.split('/');
    assert.ok(existsSync(assetPath(kind as any, ...rest)), f);
  }
});

test('the environment variable wins, and Python children get both folders', () => {
  const saved = { ...process.env };
  try {
    process.env[ASSET_ENV.glsl] = '/opt/x/glsl';
    process.env[ASSET_ENV.python] = '/opt/x/python';
    assert.equal(assetPath('glsl', 'tile.vert'), '/opt/x/glsl/tile.vert');
    assert.deepEqual(pythonEnv('/site'), { PYTHONPATH: '/opt/x/python:/site', SHADERTRAIN_GLSL_DIR: '/opt/x/glsl' });
    assert.equal(pythonEnv().PYTHONPATH, '/opt/x/python');
  } finally {
    for (const k of Object.values(ASSET_ENV)) if (!(k in saved)) delete process.env[k]; else process.env[k] = saved[k];
  }
});
