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
     * Creates the source row if missing; when `config` is given, also brings kind and config up to
     * date (without `config`, an existing row is left as it is). No id check: the crawl jobs' sources
     * name themselves. Returns the persisted cursor (null: from the start) and config.
     * @example const { cursor } = await catalog.ensureSource({ id: 'programs', kind: 'local', config: { dir: 'programs' } });
     */
    async ensureSource(input: SourceInput): Promise<{ cursor: unknown; config: Record<string, unknown> }> {
      const { id, kind, config } = input;
      await db.insert(sources).values({ id, kind, config: config ?? {} }).onConflictDoNothing();
      if (config !== undefined) await db.update(sources).set({ kind, config }).where(eq(sources.id, id));
      const [row] = await db.select({ cursor: sources.cursor, config: sources.config }).from(sources).where(eq(sources.id, id));
      return { cursor: row?.cursor ?? null, config: row?.config ?? {} };
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
