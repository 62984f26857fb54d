import { openDatabase, type Database, type Db } from '../db/client.ts';
import { checkpointQueries } from './checkpoints.ts';
import { crawlQueries } from './crawl.ts';
import { programQueries } from './programs.ts';
import { snapshotQueries } from './snapshots.ts';
import { sourceQueries } from './sources.ts';
import { trainingQueries } from './training.ts';

/**
 * The catalog repository: the only code that writes SQL. One object, built per domain
 * (sources, programs, crawl runs, snapshots, training runs, checkpoints + evaluations).
 *
 * @example
 * const { db } = await openDatabase('memory://');
 * const catalog = createCatalog(db);
 * await catalog.upsertSource({ id: 'local', kind: 'local' });
 */
export function createCatalog(db: Db) {
  return {
    ...sourceQueries(db),
    ...programQueries(db),
    ...crawlQueries(db),
    ...snapshotQueries(db),
    ...trainingQueries(db),
    ...checkpointQueries(db),
  };
}
export type Catalog = ReturnType<typeof createCatalog>;

/**
 * Opens the database (see {@link openDatabase}) and returns the repository plus `close()`.
 *
 * @example
 * const catalog = await openCatalog(process.env.DATABASE_URL);
 * try { console.log(await catalog.catalogStats()); } finally { await catalog.close(); }
 */
export async function openCatalog(url?: string): Promise<Catalog & { database: Database; close(): Promise<void> }> {
  const database = await openDatabase(url);
  return { ...createCatalog(database.db), database, close: () => database.close() };
}
