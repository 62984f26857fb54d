// A crawl in its own process, for the kill-and-re-run tests: `tsx crawl-child.ts '<json>'` with
// { databaseUrl, blobUrl, baseUrl, apiKey, pageSize }. Prints `ready` once the catalog is open and
// `page <n>` after each committed page, then `done <json>`.
import { openDatabase } from '@shadertrain/core/db/client';
import { openBlobStore } from '@shadertrain/core/blob/open';
import { shadertoySource } from '../../sources/shadertoy.ts';
import { fastHttp } from '../../sources/testing.ts';
import { createJobCatalog } from '../catalog.ts';
import { crawl } from '../crawl.ts';

const args = JSON.parse(process.argv[2] ?? '{}') as { databaseUrl: string; blobUrl: string; baseUrl: string; apiKey: string; pageSize: number };
const database = await openDatabase(args.databaseUrl, { maxConnections: 2 });
const blobs = openBlobStore(args.blobUrl);
console.log('ready');
const source = shadertoySource({ id: 'shadertoy', baseUrl: args.baseUrl, apiKey: args.apiKey, pageSize: args.pageSize, concurrency: 2, http: fastHttp() });
const r = await crawl({ source, catalog: createJobCatalog(database.db), blobs, pageSize: args.pageSize, onProgress: (p) => console.log(`page ${p.pages}`) });
console.log(`done ${JSON.stringify({ status: r.status, new: r.new, duplicate: r.duplicate, rejected: r.rejected, errors: r.errors.filter((e) => e.stage === 'page') })}`);
await database.close();
