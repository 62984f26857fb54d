import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgEnum, pgTable, text, unique } from 'drizzle-orm/pg-core';
import { createInsertSchema, createSelectSchema } from 'drizzle-zod';
import { timestamps, ts } from './columns.ts';
import { sources } from './sources.ts';

export const programStatus = pgEnum('program_status', ['pending', 'valid', 'rejected', 'quarantined']);
export type ProgramStatus = (typeof programStatus.enumValues)[number];

/**
 * One canonical program. `id` is its content hash; the source text lives in the blob store under
 * `source_key` (blob first, then this row).
 */
export const programs = pgTable(
  'programs',
  {
    id: text('id').primaryKey(),
    dialect: text('dialect').notNull(),
    status: programStatus('status').notNull().default('pending'),
    rejectReason: text('reject_reason'),
    sourceKey: text('source_key').notNull(),
    sourceBytes: integer('source_bytes'),
    thumbnailKey: text('thumbnail_key'),
    features: jsonb('features').$type<Record<string, unknown>>(),
    stats: jsonb('stats').$type<Record<string, unknown>>(),
    family: text('family'),
    title: text('title'),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    validatedAt: ts('validated_at'),
    ...timestamps,
  },
  (t) => [
    index('programs_status_created_idx').on(t.status, t.createdAt, t.id),
    index('programs_created_idx').on(t.createdAt, t.id),
    index('programs_family_idx').on(t.family),
  ],
);

/** Where a program was found. One program can have many; (source, external id) is unique. */
export const provenance = pgTable(
  'provenance',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    programId: text('program_id').notNull().references(() => programs.id, { onDelete: 'cascade' }),
    sourceId: text('source_id').notNull().references(() => sources.id),
    externalId: text('external_id').notNull(),
    url: text('url'),
    title: text('title'),
    author: text('author'),
    license: text('license').notNull(),
    fetchedAt: ts('fetched_at').notNull().defaultNow(),
  },
  (t) => [
    unique('provenance_source_external_uq').on(t.sourceId, t.externalId),
    index('provenance_program_idx').on(t.programId),
    index('provenance_license_idx').on(t.license, t.programId),
    index('provenance_source_idx').on(t.sourceId, t.programId),
  ],
);

export const programSelectSchema = createSelectSchema(programs);
export const programInsertSchema = createInsertSchema(programs);
export const provenanceSelectSchema = createSelectSchema(provenance);
export const provenanceInsertSchema = createInsertSchema(provenance);
export type Program = typeof programs.$inferSelect;
export type NewProgram = typeof programs.$inferInsert;
export type Provenance = typeof provenance.$inferSelect;
export type NewProvenance = typeof provenance.$inferInsert;
