import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createCipheriv, randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LINKS, jobSettings, linkedResources } from './resources.ts';

test('linked resources come from SST_RESOURCE_* and the encrypted SST_KEY_FILE', () => {
  const key = randomBytes(32);
  const c = createCipheriv('aes-256-gcm', key, Buffer.alloc(12, 0));
  const enc = Buffer.concat([c.update(JSON.stringify({ [LINKS.queue]: { url: 'https://sqs/q' } })), c.final(), c.getAuthTag()]);
  const file = join(mkdtempSync(join(tmpdir(), 'sst-')), 'resource.enc');
  writeFileSync(file, enc);
  const r = linkedResources({ SST_RESOURCE_CatalogBucket: '{"name":"b1"}', SST_KEY: key.toString('base64'), SST_KEY_FILE: file });
  assert.deepEqual(r, { CatalogBucket: { name: 'b1' }, ValidationQueue: { url: 'https://sqs/q' } });
});

test('jobSettings: linked bucket, database, queue and secrets win over the environment', () => {
  const env = {
    DATABASE_URL: 'memory://', BLOB_URL: '/tmp/x', AWS_LAMBDA_FUNCTION_NAME: 'crawl',
    [`SST_RESOURCE_${LINKS.bucket}`]: '{"name":"app-bucket"}',
    [`SST_RESOURCE_${LINKS.database}`]: '{"host":"db.internal","port":5432,"username":"u","password":"p@ss/word","database":"shadertrain"}',
    [`SST_RESOURCE_${LINKS.queue}`]: '{"url":"https://sqs.us-east-1.amazonaws.com/1/q"}',
    [`SST_RESOURCE_${LINKS.shadertoyApiKey}`]: '{"value":"k"}',
  };
  const s = jobSettings(env);
  assert.equal(s.config.blobUrl, 's3://app-bucket/');
  assert.equal(s.config.databaseUrl, 'postgres://u:p%40ss%2Fword@db.internal:5432/shadertrain?sslmode=require');
  assert.equal(s.config.shadertoyApiKey, 'k');
  assert.equal(s.config.home, '/tmp/shadertrain');
  assert.equal(s.queueUrl, 'https://sqs.us-east-1.amazonaws.com/1/q');
  const local = jobSettings({ DATABASE_URL: 'memory://' });
  assert.equal(local.queueUrl, undefined);
  assert.equal(local.config.databaseUrl, 'memory://');
});
