import { jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { createInsertSchema, createSelectSchema } from 'drizzle-zod';
import { timestamps } from './columns.ts';

/** A place programs come from (`shadertoy`, `glslsandbox`, `local`, ...), with its persisted crawl cursor. */
export const sources = pgTable('sources', {
  id: text('id').primaryKey(),
  kind: text('kind').notNull(),
  config: jsonb('config').$type<Record<string, unknown>>().notNull().default({}),
  cursor: jsonb('cursor').$type<unknown>(),
  ...timestamps,
});

export const sourceSelectSchema = createSelectSchema(sources);
export const sourceInsertSchema = createInsertSchema(sources);
export type Source = typeof sources.$inferSelect;
export type NewSource = typeof sources.$inferInsert;
