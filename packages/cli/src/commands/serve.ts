// `shadertrain serve`: the API and gallery on this machine, with the write actions wired to the
// same jobs the CLI runs.
import type { Command } from 'commander';
import type { ApiActions } from '@shadertrain/functions/api/deps';
import type { Config } from '@shadertrain/core/config';
import { ShadertrainError } from '@shadertrain/core/errors';
import type { SourceKind } from '@shadertrain/functions/sources/types';
import type { Database } from '@shadertrain/core/db/client';
import type { BlobStore } from '@shadertrain/core/blob/index';
import { intOption } from '../options.ts';

const iso = (d: Date | string | null | undefined) => (d == null ? null : new Date(d).toISOString());

/** The write routes' actions for a local server: snapshots and runs go to the catalog (the trainer
 * service picks queued runs up); a crawl request crawls the named sources in the background. */
export async function localActions(database: Database, blobs: BlobStore, config: Config): Promise<ApiActions> {
  const [{ createSnapshot, queueRun, trainerCatalog }, { crawl }, { sourceFromSpec }] = await Promise.all([
    import('@shadertrain/trainer'), import('@shadertrain/functions/jobs/crawl'), import('@shadertrain/functions/jobs/source-spec')]);
  const catalog = trainerCatalog(database.db);
  return {
    async createSnapshot({ filter }) {
      const { snapshot: s } = await createSnapshot({ catalog, blobs, filter: { licenses: filter.licenses, sources: filter.sources, families: filter.families, maxPrograms: filter.limit } });
      return { ...s, manifestSha256: s.manifestSha256 ?? null, createdAt: iso(s.createdAt)! };
    },
    async queueRun({ snapshotId, id, config: settings }) {
      const r = await queueRun({ catalog, snapshotId, runId: id, settings: settings as never });
      return { ...r, progress: r.progress ?? null, error: r.error ?? null, cancelRequested: Boolean(r.cancelRequested),
        startedAt: iso(r.startedAt), finishedAt: iso(r.finishedAt), createdAt: iso(r.createdAt)! } as never;
    },
    async cancelRun(id) {
      const r = await catalog.cancelTrainingRun(id);
      return r ? { id: r.id, status: r.status, cancelRequested: Boolean(r.cancelRequested) } as never : null;
    },
    async requestCrawl({ sources }) {
      const all = await catalog.listSources();
      const chosen = all.filter((s) => !sources || sources.includes(s.id));
      const missing = (sources ?? []).filter((id) => !all.some((s) => s.id === id));
      if (missing.length) throw new ShadertrainError('not-found', `unknown source(s): ${missing.join(', ')}`, { field: 'sources' });
      const id = `crawl-${Date.now().toString(36)}`;
      void (async () => {
        for (const s of chosen) {
          try {
            const source = sourceFromSpec({ id: s.id, kind: s.kind as SourceKind, options: (s.config ?? {}) as Record<string, unknown> }, config);
            await crawl({ source, catalog, blobs });
          } catch (err) { process.stderr.write(`shadertrain: crawl of ${s.id} failed: ${(err as Error).message}\n`); }
        }
      })();
      return { id, status: 'queued' as const, sources: sources ?? null, requestedAt: new Date().toISOString() };
    },
  };
}

export async function startServer(opts: { port?: number; hostname?: string } = {}) {
  const [{ loadConfig }, { openDatabase }, { openBlobStore }, { serve }] = await Promise.all([import('@shadertrain/core/config'),
    import('@shadertrain/core/db/client'), import('@shadertrain/core/blob/index'), import('@shadertrain/functions/handlers/node')]);
  const config = loadConfig();
  const database = await openDatabase(config.databaseUrl);
  const blobs = openBlobStore(config.blobUrl);
  const server = await serve({ port: opts.port ?? config.port, hostname: opts.hostname, config, database, blobs, actions: await localActions(database, blobs, config) });
  return { ...server, close: async () => { await server.close(); await database.close(); } };
}

export function registerServe(program: Command): void {
  program.command('serve')
    .description('serve the HTTP API (/openapi.json, /docs) and the gallery')
    .option('--port <n>', 'port (default $PORT or 8787)')
    .option('--host <addr>', 'address to listen on', '127.0.0.1')
    .action(async (o) => {
      const server = await startServer({ port: o.port ? intOption(o.port, 'port', 0, 65535) : undefined, hostname: o.host });
      process.stderr.write(`shadertrain: serving the gallery at ${server.url}/ and the API at ${server.url}/docs (Ctrl-C stops)\n`);
      await new Promise<void>((resolve) => { for (const s of ['SIGINT', 'SIGTERM'] as const) process.once(s, () => resolve()); });
      await server.close();
    });
}
