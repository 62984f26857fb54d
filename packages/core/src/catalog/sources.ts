import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { sources, type Source } from '../db/schema/index.ts';
import { CatalogInputError, CatalogNotFoundError } from './errors.ts';

export interface SourceInput { id: string; kind: string; config?: Record<string, unknown> }

/** Sources: where programs come from, and each one's crawl cursor. */
export function sourceQueries(db: Db) {
  return {
    /**
     * Creates the source or updates its kind/config; the cursor is left alone.
     * @example await catalog.upsertSource({ id: 'shadertoy', kind: 'shadertoy', config: { sort: 'newest' } });
     */
    async upsertSource(input: SourceInput): Promise<Source> {
      if (!/^[a-z0-9][a-z0-9._-]{0,63}$/.test(input.id ?? '')) {
        throw new CatalogInputError('id', `source id ${JSON.stringify(input.id)} must be 1-64 of [a-z0-9._-]`);
      }
      if (!input.kind) throw new CatalogInputError('kind', 'source kind is required');
      const [row] = await db
        .insert(sources)
        .values({ id: input.id, kind: input.kind, config: input.config ?? {} })
        .onConflictDoUpdate({ target: sources.id, set: { kind: input.kind, config: input.config ?? {}, updatedAt: sql`now()` } })
        .returning();
      return row!;
    },

    /** @example const s = await catalog.getSource('shadertoy'); s?.cursor */
    async getSource(id: string): Promise<Source | null> {
      const [row] = await db.select().from(sources).where(eq(sources.id, id));
      return row ?? null;
    },

    /** @example const all = await catalog.listSources(); */
    async listSources(): Promise<Source[]> {
      return db.select().from(sources).orderBy(sources.id);
    },

    /**
     * Persists a source's crawl cursor (any JSON value).
     * @example await catalog.setSourceCursor('shadertoy', { from: 120 });
     */
    async setSourceCursor(id: string, cursor: unknown): Promise<void> {
      const r = await db.update(sources).set({ cursor: cursor as never }).where(eq(sources.id, id)).returning({ id: sources.id });
      if (r.length === 0) throw new CatalogNotFoundError('source', id);
    },
  };
}
