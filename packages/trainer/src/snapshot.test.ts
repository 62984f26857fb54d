import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { FileBlobStore } from '@shadertrain/core/blob/file';
import { openDatabase, type Database } from '@shadertrain/core/db/client';
import { trainerCatalog } from './catalog.ts';
import { materializeSnapshot } from './materialize.ts';
import { createSnapshot, readManifest, sampleCandidates } from './snapshot.ts';
import { seedPrograms, tempHome, testBody } from './testing/fixtures.ts';

describe('snapshots', () => {
  let database: Database;
  let catalog: ReturnType<typeof trainerCatalog>;
  let blobs: FileBlobStore;
  const home = tempHome();
  let ids: string[];
  before(async () => {
    database = await openDatabase('memory://');
    catalog = trainerCatalog(database.db);
    blobs = new FileBlobStore(join(home.dir, 'blobs'));
    ids = await seedPrograms(database.db, blobs, [
      { body: testBody(0), license: 'CC0-1.0', source: 'local', family: 'rings' },
      { body: testBody(1), license: 'CC-BY-4.0', source: 'local', family: 'plasma' },
      { body: testBody(2), license: 'CC-BY-NC-SA-3.0', source: 'shadertoy', family: 'rings' },
      { body: testBody(3), license: 'CC0-1.0', source: 'shadertoy', family: 'noise' },
      { body: testBody(4), license: 'CC0-1.0', status: 'rejected' },
      { body: testBody(5), license: 'CC0-1.0', status: 'pending' },
    ]);
  });
  after(async () => {
    await database?.close();
    home.remove();
  });

  test('takes valid programs only; manifest blob and row; idempotent', async () => {
    const a = await createSnapshot({ catalog, blobs });
    assert.equal(a.created, true);
    assert.equal(a.snapshot.programCount, 4);
    assert.deepEqual(a.manifest.programs.map((p) => p.id).sort(), ids.slice(0, 4).sort());
    assert.deepEqual(a.snapshot.licenses, ['CC-BY-4.0', 'CC-BY-NC-SA-3.0', 'CC0-1.0']);
    assert.equal(a.snapshot.manifestKey, `snapshots/${a.snapshot.id}.json`);
    assert.ok(await blobs.head(a.snapshot.manifestKey));
    const m = await readManifest(blobs, a.snapshot);
    assert.deepEqual(m, a.manifest);
    for (const p of m.programs) assert.ok(p.key && p.license && p.weight === 1 && p.family);
    const b = await createSnapshot({ catalog, blobs });
    assert.equal(b.created, false);
    assert.equal(b.snapshot.id, a.snapshot.id);
  });

  test('filters by license, source and family', async () => {
    const cc0 = await createSnapshot({ catalog, blobs, filter: { licenses: ['CC0-1.0'] } });
    assert.deepEqual(cc0.manifest.programs.map((p) => p.id).sort(), [ids[0], ids[3]].sort());
    assert.deepEqual(cc0.snapshot.licenses, ['CC0-1.0']);
    const st = await createSnapshot({ catalog, blobs, filter: { sources: ['shadertoy'], families: ['rings'] } });
    assert.deepEqual(st.manifest.programs.map((p) => p.id), [ids[2]]);
    assert.equal(st.manifest.programs[0]!.source, 'shadertoy');
    await assert.rejects(createSnapshot({ catalog, blobs, filter: { licenses: ['MIT'] } }), /no valid programs/);
  });

  test('seeded sample of maxPrograms: same seed same set, other seed may differ', async () => {
    const s1 = await createSnapshot({ catalog, blobs, filter: { maxPrograms: 2, seed: 1 } });
    const again = await createSnapshot({ catalog, blobs, filter: { maxPrograms: 2, seed: 1 } });
    assert.equal(s1.snapshot.programCount, 2);
    assert.equal(again.snapshot.id, s1.snapshot.id);
    const items = Array.from({ length: 50 }, (_, i) => ({ id: `p${i}` }));
    const x = sampleCandidates(items, 10, 1).map((p) => p.id);
    const y = sampleCandidates([...items].reverse(), 10, 1).map((p) => p.id);
    assert.deepEqual(x, y, 'independent of row order');
    assert.notDeepEqual(x, sampleCandidates(items, 10, 2).map((p) => p.id));
  });

  test('materialize: worker manifest + bodies, atomic, reused', async () => {
    const { snapshot } = await createSnapshot({ catalog, blobs });
    const m1 = await materializeSnapshot({ catalog, blobs, home: home.dir, snapshotId: snapshot.id });
    assert.equal(m1.downloaded, true);
    assert.equal(m1.dir, join(home.dir, 'cache', 'snapshots', snapshot.id));
    const wm = JSON.parse(readFileSync(join(m1.dir, 'manifest.json'), 'utf8'));
    assert.equal(wm.programs.length, 4);
    for (const p of wm.programs) {
      assert.equal(p.file, `${p.id}.glsl`);
      assert.match(readFileSync(join(m1.dir, p.file), 'utf8'), /mainImage/);
    }
    const m2 = await materializeSnapshot({ catalog, blobs, home: home.dir, snapshotId: snapshot.id });
    assert.equal(m2.downloaded, false);
    assert.deepEqual(readdirSync(join(home.dir, 'cache', 'snapshots')).filter((n) => n.startsWith('.tmp')), []);
  });

  test('materialize fails cleanly when a body is missing', async () => {
    const { snapshot, manifest } = await createSnapshot({ catalog, blobs, filter: { families: ['noise'] } });
    await blobs.delete(manifest.programs[0]!.key);
    await assert.rejects(materializeSnapshot({ catalog, blobs, home: home.dir, snapshotId: snapshot.id }), /missing from the blob store/);
    assert.equal(existsSync(join(home.dir, 'cache', 'snapshots', snapshot.id)), false);
    assert.deepEqual(readdirSync(join(home.dir, 'cache', 'snapshots')).filter((n) => n.startsWith('.tmp')), []);
  });
});
