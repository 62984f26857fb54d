import { openDatabase } from '../db/client.ts';
import { createTempDatabase } from '../../../../tests/support/postgres.ts';
import { runCatalogContract } from './catalog.contract.ts';

runCatalogContract('PGlite (memory)', () => openDatabase('memory://'));

runCatalogContract('PostgreSQL', async () => {
  const tmp = await createTempDatabase();
  const db = await openDatabase(tmp.url, { maxConnections: 4 });
  return { ...db, close: async () => { await db.close(); await tmp.drop(); } };
});
