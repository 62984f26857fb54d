// API load test: autocannon against a seeded catalog (2,000 programs), loopback only, bounded in time.
//   npx tsx bench/api-load.ts [--duration 5] [--stores pglite,postgres] [--pipelining 1] [--no-cache-too]
// The server runs in a child process (its own event loop); this process only drives autocannon.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
// @ts-expect-error autocannon ships no type declarations
import autocannon from 'autocannon';
import { FileBlobStore } from '@shadertrain/core/blob/file';
import { openDatabase } from '@shadertrain/core/db/client';
import { serve } from '../packages/functions/src/handlers/node.ts';
import { seedCatalog } from '../tests/api-fixtures.ts';
import { freshPostgres } from '../tests/api-stores.ts';

const args = process.argv.slice(2);
const flag = (name: string, dflt: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1]! : dflt; };

if (args[0] === 'serve') {
  // Child: open the store, seed, serve, print "ready <port> <json ids>".
  const [, dbUrl, cache] = args;
  const dir = mkdtempSync(join(tmpdir(), 'st-bench-blobs-'));
  const database = await openDatabase(dbUrl!, { maxConnections: 10 });
  const blobs = new FileBlobStore(dir);
  const seeded = await seedCatalog(database.db, blobs, { count: 2000, blobsFor: 100 });
  const server = await serve({ port: 0, database, blobs, cache: cache === 'off' ? false : undefined, config: { apiToken: 'bench' } as never });
  console.log(`ready ${server.port} ${JSON.stringify({ programs: seeded.programIds.slice(0, 100), checkpoints: seeded.checkpointIds })}`);
  const stop = async () => { await server.close(); await database.close(); rmSync(dir, { recursive: true, force: true }); process.exit(0); };
  process.on('SIGTERM', stop);
} else {
  const duration = Number(flag('duration', '5'));
  const pipelining = Number(flag('pipelining', '1'));
  const storeNames = flag('stores', 'pglite,postgres').split(',');
  const results: string[] = [];
  for (const store of storeNames) {
    for (const cache of args.includes('--no-cache-too') ? ['on', 'off'] : ['on']) {
      const pg = store === 'postgres' ? await freshPostgres() : null;
      const url = pg?.url ?? 'memory://';
      const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), 'serve', url, cache], { stdio: ['ignore', 'pipe', 'inherit'] });
      const line = await new Promise<string>((resolve, reject) => {
        createInterface({ input: child.stdout! }).on('line', (l) => l.startsWith('ready ') && resolve(l));
        child.once('exit', (code) => reject(new Error(`server exited ${code}`)));
      });
      const [, port, json] = line.split(' ', 3) as [string, string, string];
      const ids = JSON.parse(line.slice(line.indexOf('{'))) as { programs: string[]; checkpoints: string[] };
      void json;
      const base = `http://127.0.0.1:${port}`;
      const scenarios: [string, string[]][] = [
        ['baseline: /healthz (no catalog)', ['/healthz']],
        ['program list (50, filtered)', ['/api/v1/programs?status=valid&limit=50', '/api/v1/programs?status=valid&family=plasma&limit=50', '/api/v1/programs?license=CC0-1.0&limit=50', '/api/v1/programs?limit=50&sort=id']],
        ['program by id', ids.programs.map((id) => `/api/v1/programs/${id}`)],
        ['checkpoint by id', ids.checkpoints.map((id) => `/api/v1/checkpoints/${id}`)],
      ];
      for (const [name, paths] of scenarios) {
        let k = 0;
        const r = await autocannon({
          url: base, connections: 32, duration, pipelining,
          requests: [{ method: 'GET', setupRequest: (req: Record<string, unknown>) => ({ ...req, path: paths[k++ % paths.length]! }) }],
        });
        const row = `| ${store} | ${cache} | ${name} | ${Math.round(r.requests.average).toLocaleString('en-US')} | ${r.latency.p50} | ${r.latency.p99} | ${r.non2xx} |`;
        console.log(row);
        results.push(row);
      }
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      await pg?.drop();
    }
  }
  console.log(`\n${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model}, Node ${process.version}, 32 connections, pipelining ${pipelining}, ${duration} s per row`);
  console.log('| store | in-process cache | route | req/s | p50 ms | p99 ms | non-2xx |\n|---|---|---|---|---|---|---|');
  console.log(results.join('\n'));
}
