import { index, integer, jsonb, pgEnum, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createInsertSchema, createSelectSchema } from 'drizzle-zod';
import { ts } from './columns.ts';
import { sources } from './sources.ts';

export const crawlStatus = pgEnum('crawl_status', ['running', 'succeeded', 'failed']);
export type CrawlStatus = (typeof crawlStatus.enumValues)[number];

/** One crawl of one source: what it fetched and where its cursor moved. */
export const crawlRuns = pgTable(
  'crawl_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sourceId: text('source_id').notNull().references(() => sources.id),
    status: crawlStatus('status').notNull().default('running'),
    startedAt: ts('started_at').notNull().defaultNow(),
    finishedAt: ts('finished_at'),
    fetched: integer('fetched').notNull().default(0),
    new: integer('new').notNull().default(0),
    duplicate: integer('duplicate').notNull().default(0),
    rejected: integer('rejected').notNull().default(0),
    failed: integer('failed').notNull().default(0),
    errors: jsonb('errors').$type<unknown[]>().notNull().default([]),
    cursorBefore: jsonb('cursor_before').$type<unknown>(),
    cursorAfter: jsonb('cursor_after').$type<unknown>(),
  },
  (t) => [index('crawl_runs_source_started_idx').on(t.sourceId, t.startedAt)],
);

export const crawlRunSelectSchema = createSelectSchema(crawlRuns);
export const crawlRunInsertSchema = createInsertSchema(crawlRuns);
export type CrawlRun = typeof crawlRuns.$inferSelect;
export type NewCrawlRun = typeof crawlRuns.$inferInsert;
