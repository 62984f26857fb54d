import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConfigError, loadConfig } from './config.ts';

test('defaults live under ./.shadertrain resolved against cwd', () => {
  const c = loadConfig({}, {}, '/srv/app');
  assert.equal(c.home, '/srv/app/.shadertrain');
  assert.equal(c.databaseUrl, 'pglite:///srv/app/.shadertrain/db');
  assert.equal(c.blobUrl, 'file:///srv/app/.shadertrain/blobs');
  assert.equal(c.python, '/usr/bin/python3');
  assert.equal(c.port, 8787);
  assert.equal(c.apiToken, undefined);
});

test('environment feeds every field and overrides win over it', () => {
  const env = {
    SHADERTRAIN_HOME: 'data', DATABASE_URL: 'postgres://u@h/db', BLOB_URL: 's3://b/p', SHADERTRAIN_PYTHON: '/opt/py',
    SHADERTRAIN_API_TOKEN: 'tok', PORT: '9001', S3_ENDPOINT: 'http://127.0.0.1:4569', AWS_REGION: 'eu-west-1',
    S3_FORCE_PATH_STYLE: 'true', SHADERTOY_API_KEY: 'key',
  };
  const c = loadConfig({}, env, '/w');
  assert.equal(c.home, '/w/data');
  assert.equal(c.databaseUrl, 'postgres://u@h/db');
  assert.equal(c.port, 9001);
  assert.deepEqual(c.s3, { endpoint: 'http://127.0.0.1:4569', region: 'eu-west-1', forcePathStyle: true });
  assert.equal(c.shadertoyApiKey, 'key');
  const o = loadConfig({ port: 1234, databaseUrl: 'memory://', s3: { region: 'x' } }, env, '/w');
  assert.equal(o.port, 1234);
  assert.equal(o.databaseUrl, 'memory://');
  assert.equal(o.s3.region, 'x');
  assert.equal(o.s3.endpoint, 'http://127.0.0.1:4569');
});

test('a bad value names its variable', () => {
  const cases: [Record<string, string>, string][] = [
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ S3_ENDPOINT: 'not a url' }, 'S3_ENDPOINT'],
    [{ S3_FORCE_PATH_STYLE: 'maybe' }, 'S3_FORCE_PATH_STYLE'],
  ];
  for (const [env, variable] of cases) {
    assert.throws(() => loadConfig({}, env, '/w'), (e: unknown) => {
      assert.ok(e instanceof ConfigError);
      assert.equal(e.variable, variable);
      assert.match(e.message, new RegExp(`^${variable}=`));
      return true;
    });
  }
});

test('empty environment values count as unset', () => {
  const c = loadConfig({}, { DATABASE_URL: '', PORT: ' ' }, '/w');
  assert.equal(c.databaseUrl, 'pglite:///w/.shadertrain/db');
  assert.equal(c.port, 8787);
});
