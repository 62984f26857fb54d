// The one catalog schema (Postgres dialect), split by domain. drizzle-kit reads this file.
export * from './columns.ts';
export * from './sources.ts';
export * from './programs.ts';
export * from './crawl.ts';
export * from './snapshots.ts';
export * from './training.ts';
export * from './relations.ts';
