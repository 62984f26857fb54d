import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collect, crawlSource, type Cursor, type Source } from './types.ts';

/** A source over `ids` where the cursor is an index; `stuck` makes it return nothing without moving. */
function fake(ids: string[], stuck = false): Source & { calls: number } {
  const s = {
    id: 'fake', kind: 'local' as const, calls: 0,
    async fetchPage(cursor: Cursor | null, ctx: { limit: number }) {
      s.calls++;
      const i = (cursor?.i as number) ?? 0;
      if (stuck) return { items: [], skipped: [], nextCursor: { i } };
      const part = ids.slice(i, i + ctx.limit);
      return {
        items: part.map((externalId) => ({ sourceId: 'fake', externalId, url: `x:${externalId}`, license: 'CC0-1.0', code: 'x', fetchedAt: new Date().toISOString() })),
        skipped: [], nextCursor: i + part.length >= ids.length ? null : { i: i + part.length },
      };
    },
  };
  return s;
}

test('crawlSource pages, respects the run limit and returns the cursor', async () => {
  const it = crawlSource(fake(['a', 'b', 'c', 'd', 'e']), { limit: 3, pageSize: 2 });
  const pages = [];
  let r = await it.next();
  while (!r.done) { pages.push(r.value); r = await it.next(); }
  assert.deepEqual(pages.map((p) => p.items.map((i) => i.externalId)), [['a', 'b'], ['c']]);
  assert.deepEqual(r.value, { i: 3 });
});

test('drops repeats across pages of one run as duplicate-in-run', async () => {
  const all = await collect(fake(['a', 'b', 'a', 'c', 'b']), { pageSize: 2 });
  assert.deepEqual(all.items.map((i) => i.externalId), ['a', 'b', 'c']);
  assert.deepEqual(all.skipped, [{ externalId: 'a', reason: 'duplicate-in-run' }, { externalId: 'b', reason: 'duplicate-in-run' }]);
});

test('a source that makes no progress does not loop forever', async () => {
  const src = fake([], true);
  await collect(src, { cursor: { i: 0 } });
  assert.equal(src.calls, 1);
});

test('onPage runs before the next page is fetched', async () => {
  const order: string[] = [];
  const src = fake(['a', 'b', 'c']);
  await collect(src, { pageSize: 1, onPage: (p) => { order.push(`page:${p.items[0].externalId}:calls=${src.calls}`); } });
  assert.deepEqual(order, ['page:a:calls=1', 'page:b:calls=2', 'page:c:calls=3']);
});
