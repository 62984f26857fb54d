import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { createInsertSchema, createSelectSchema } from 'drizzle-zod';
import { ts } from './columns.ts';

/** An immutable training set: a manifest in the blob store plus the filter that chose it. */
export const snapshots = pgTable(
  'snapshots',
  {
    id: text('id').primaryKey(),
    manifestKey: text('manifest_key').notNull(),
    manifestSha256: text('manifest_sha256'),
    filter: jsonb('filter').$type<Record<string, unknown>>().notNull().default({}),
    programCount: integer('program_count').notNull(),
    licenses: text('licenses').array().notNull().default(sql`'{}'::text[]`),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('snapshots_created_idx').on(t.createdAt, t.id)],
);

export const snapshotSelectSchema = createSelectSchema(snapshots);
export const snapshotInsertSchema = createInsertSchema(snapshots);
export type Snapshot = typeof snapshots.$inferSelect;
export type NewSnapshot = typeof snapshots.$inferInsert;
