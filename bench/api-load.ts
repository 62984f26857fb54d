// API load test against a seeded catalog (2,000 programs), loopback only, bounded in time.
//   npx tsx bench/api-load.ts [--tools wrk,autocannon] [--duration 5] [--warmup 1] [--stores pglite,postgres]
//                             [--pipelining 1] [--no-cache-too] [--repeat 3]
// The server runs in a child process (its own event loop). The load comes from wrk (C, one thread:
// `apt-get install wrk`; bench/wrk-paths.lua rotates the paths) or from autocannon in this process —
// which takes a good part of a core itself, so on a 2-core machine it measures itself as much as the
// server. Each row is preceded by an unmeasured warm-up of the same paths (the cache filled, the JIT warm).
// On a shared machine the same row can vary twofold between runs, so each row is measured --repeat
// times (interleaved with the other rows) and reported as the median run, with the range of req/s.
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
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
  const warmup = Number(flag('warmup', '1'));
  const pipelining = Number(flag('pipelining', '1'));
  const repeat = Number(flag('repeat', '3'));
  const tools = flag('tools', 'wrk').split(',') as Tool[];
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
      const port = line.split(' ')[1]!;
      const ids = JSON.parse(line.slice(line.indexOf('{'))) as { programs: string[]; checkpoints: string[] };
      const base = `http://127.0.0.1:${port}`;
      const scenarios: [string, string[]][] = [
        ['baseline: /healthz (no catalog)', ['/healthz']],
        ['program list (50, filtered)', ['/api/v1/programs?status=valid&limit=50', '/api/v1/programs?status=valid&family=plasma&limit=50', '/api/v1/programs?license=CC0-1.0&limit=50', '/api/v1/programs?limit=50&sort=id']],
        ['program by id', ids.programs.map((id) => `/api/v1/programs/${id}`)],
        ['checkpoint by id', ids.checkpoints.map((id) => `/api/v1/checkpoints/${id}`)],
      ];
      for (const tool of tools) {
        const runs = new Map<string, (Result & { load1: string })[]>();
        for (let k = 0; k < repeat; k++) {
          for (const [name, paths] of scenarios) {
            if (warmup > 0) await load(tool, base, paths, warmup, pipelining);
            const load1 = loadavg()[0]!.toFixed(1);
            runs.set(name, [...(runs.get(name) ?? []), { ...(await load(tool, base, paths, duration, pipelining)), load1 }]);
          }
        }
        for (const [name] of scenarios) {
          const rs = runs.get(name)!.sort((a, b) => a.rps - b.rps);
          const r = rs[rs.length >> 1]!;
          const fmt = (x: number) => Math.round(x).toLocaleString('en-US');
          const row = `| ${store} | ${cache} | ${tool} | ${name} | ${fmt(r.rps)} | ${fmt(rs[0]!.rps)}–${fmt(rs.at(-1)!.rps)} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.load1} |`;
          console.log(row);
          results.push(row);
        }
      }
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      await pg?.drop();
    }
  }
  console.log(`\n${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${cpus().length} × ${cpus()[0]?.model}, Node ${process.version}, 32 connections, pipelining ${pipelining}, ${duration} s per run after ${warmup} s warm-up, median of ${repeat} runs`);
  console.log('| store | in-process cache | tool | route | req/s (median run) | req/s range | p50 ms | p99 ms | non-2xx + socket errors | load (1 min) |\n|---|---|---|---|---|---|---|---|---|---|');
  console.log(results.join('\n'));
}

type Tool = 'wrk' | 'autocannon';
type Result = { rps: number; p50: number; p99: number; errors: number };

/** `seconds` of GETs of `paths` in rotation on 32 connections. */
async function load(tool: Tool, base: string, paths: string[], seconds: number, pipelining: number): Promise<Result> {
  if (tool === 'autocannon') {
    let k = 0;
    const r = await autocannon({
      url: base, connections: 32, duration: seconds, pipelining,
      requests: [{ method: 'GET', setupRequest: (req: Record<string, unknown>) => ({ ...req, path: paths[k++ % paths.length]! }) }],
    });
    return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.non2xx + r.errors + r.timeouts };
  }
  if (pipelining !== 1) throw new Error('--pipelining applies to autocannon only');
  const dir = mkdtempSync(join(tmpdir(), 'st-bench-wrk-'));
  try {
    const list = join(dir, 'paths.txt');
    writeFileSync(list, `${paths.join('\n')}\n`);
    // One thread: the server has the other core. The Lua script's done() prints one JSON line.
    const { stdout } = await promisify(execFile)('wrk', ['-t1', '-c32', `-d${seconds}s`, '-s', fileURLToPath(new URL('wrk-paths.lua', import.meta.url)), base, '--', list])
      .catch((e: NodeJS.ErrnoException) => { throw e.code === 'ENOENT' ? new Error('wrk is not installed: apt-get install wrk, or pass --tools autocannon') : e; });
    const r = JSON.parse(stdout.trim().split('\n').at(-1)!) as { requests: number; duration_us: number; p50_us: number; p99_us: number; non2xx: number; socket_errors: number };
    const ms = (us: number) => Math.round(us / 100) / 10;
    return { rps: r.requests / (r.duration_us / 1e6), p50: ms(r.p50_us), p99: ms(r.p99_us), errors: r.non2xx + r.socket_errors };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
