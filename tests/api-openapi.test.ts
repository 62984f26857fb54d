// OpenAPI-driven: reads /openapi.json, calls every documented GET route with real ids, and checks each
// response against the schema the document gives for its status and content type.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { createCatalogReads } from '@shadertrain/core/catalog/reads';
import { createApp } from '../packages/functions/src/api/app.ts';
import { seedCatalog, type Seeded } from './api-fixtures.ts';
import { openStores, type Stores } from './api-stores.ts';

let stores: Stores;
let seeded: Seeded;
let app: ReturnType<typeof createApp>;
before(async () => {
  stores = await openStores({ db: 'pglite', blobs: 'file' });
  seeded = await seedCatalog(stores.database.db, stores.blobs, { count: 12 });
  app = createApp({ catalog: createCatalogReads(stores.database.db), blobs: stores.blobs, token: 't' });
});
after(() => stores?.close());

test('every documented GET route answers with a response that matches its schema', async () => {
  const doc: any = await (await app.request('/openapi.json')).json();
  assert.equal(doc.openapi, '3.1.0');
  const ajv = new (Ajv2020 as unknown as typeof Ajv2020.default)({ strict: false, allErrors: true });
  (addFormats as unknown as typeof addFormats.default)(ajv);
  ajv.addSchema({ $id: 'https://shadertrain.local/doc', components: doc.components });
  const rewrite = (s: unknown): unknown =>
    Array.isArray(s) ? s.map(rewrite)
      : s && typeof s === 'object' ? Object.fromEntries(Object.entries(s).map(([k, v]) => [k, k === '$ref' && typeof v === 'string' && v.startsWith('#/') ? `https://shadertrain.local/doc${v}` : rewrite(v)]))
        : s;
  const ids: Record<string, string> = {
    '/api/v1/programs/{id}': seeded.programIds[0]!, '/api/v1/programs/{id}/thumbnail.png': seeded.programIds[0]!,
    '/api/v1/snapshots/{id}': seeded.snapshotId, '/api/v1/runs/{id}': seeded.runId,
    '/api/v1/checkpoints/{id}': seeded.checkpointIds[0]!, '/api/v1/checkpoints/{id}/download': seeded.checkpointIds[0]!,
  };
  let checked = 0;
  for (const [path, ops] of Object.entries<any>(doc.paths)) {
    if (!ops.get) continue;
    const url = path.replace('{id}', () => ids[path] ?? assert.fail(`no id for ${path}`));
    for (const suffix of ['', '?limit=0']) {
      const hasLimit = (ops.get.parameters ?? []).some((p: any) => p.name === 'limit');
      if (suffix && !hasLimit) continue;
      const r = await app.request(url + suffix);
      const spec = ops.get.responses[String(r.status)];
      assert.ok(spec, `${path}${suffix}: status ${r.status} is not documented`);
      const type = (r.headers.get('content-type') ?? '').split(';')[0]!;
      const media = spec.content?.[type];
      assert.ok(media, `${path}${suffix}: content type ${type} not documented for ${r.status}`);
      if (type === 'application/json') {
        const validate = ajv.compile(rewrite(media.schema) as object);
        const body = await r.json();
        assert.ok(validate(body), `${path}${suffix}: ${ajv.errorsText(validate.errors)}`);
      } else {
        assert.ok((await r.arrayBuffer()).byteLength > 0);
      }
      checked++;
    }
  }
  assert.ok(checked >= 16, `checked ${checked} responses`);
  // Write routes are documented with the bearer scheme.
  for (const p of ['/api/v1/crawls', '/api/v1/snapshots', '/api/v1/runs', '/api/v1/runs/{id}/cancel']) {
    assert.deepEqual(doc.paths[p].post.security, [{ bearer: [] }], p);
  }
});

test('/docs serves Swagger UI from local assets only', async () => {
  const { fileAssets } = await import('../packages/functions/src/gallery/files.ts');
  const withAssets = createApp({ catalog: createCatalogReads(stores.database.db), blobs: stores.blobs, assets: fileAssets() });
  const html = await (await withAssets.request('/docs')).text();
  assert.doesNotMatch(html, /https?:\/\//);
  for (const src of html.match(/(?:src|href)="([^"]+)"/g) ?? []) {
    const url = src.replace(/^(src|href)="|"$/g, '');
    const r = await withAssets.request(url);
    assert.equal(r.status, 200, url);
  }
  assert.match(html, /\/openapi\.json/);
});
