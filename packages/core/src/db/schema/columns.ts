import { timestamp } from 'drizzle-orm/pg-core';

/**
 * Timestamp column with millisecond precision, so a value read into a JS `Date` and written back
 * compares equal (keyset pagination depends on it).
 */
export const ts = (name: string) => timestamp(name, { withTimezone: true, precision: 3, mode: 'date' });

/** `created_at` / `updated_at`, spread into every table that changes over time. */
export const timestamps = {
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow().$onUpdate(() => new Date()),
};
