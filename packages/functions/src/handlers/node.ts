// Node entry point: `shadertrain serve --port N` and the demo call serve().
import { serve as serveNode, type ServerType } from '@hono/node-server';
import { openBlobStore } from '@shadertrain/core/blob/open';
import type { BlobStore } from '@shadertrain/core/blob/types';
import { createCatalogReads } from '@shadertrain/core/catalog/reads';
import { loadConfig, type Config } from '@shadertrain/core/config';
import { openDatabase, type Database } from '@shadertrain/core/db/client';
import { createApp } from '../api/app.ts';
import type { ApiActions, AppOptions } from '../api/deps.ts';
import { fileAssets } from '../gallery/files.ts';

export interface ServeOptions {
  /** Port to listen on (default: config.port, 8787); 0 picks a free one. */
  port?: number;
  hostname?: string;
  config?: Config;
  /** An open database to use instead of opening config.databaseUrl (the caller keeps ownership). */
  database?: Database;
  blobs?: BlobStore;
  actions?: ApiActions;
  cors?: AppOptions['cors'];
  cache?: AppOptions['cache'];
}

export interface RunningServer {
  url: string;
  port: number;
  app: ReturnType<typeof createApp>;
  close(): Promise<void>;
}

/**
 * Opens the catalog and blob store named by the config and serves the API and gallery.
 *
 * @example
 * const server = await serve({ port: 8787 });
 * console.log(`gallery at ${server.url}`);
 * await server.close();
 */
export async function serve(options: ServeOptions = {}): Promise<RunningServer> {
  const config = options.config ?? loadConfig();
  const database = options.database ?? (await openDatabase(config.databaseUrl));
  const blobs = options.blobs ?? openBlobStore(config.blobUrl);
  const app = createApp({
    catalog: createCatalogReads(database.db), blobs, config, actions: options.actions, cors: options.cors, cache: options.cache, assets: fileAssets(),
  });
  const hostname = options.hostname ?? '127.0.0.1';
  const { server, port } = await new Promise<{ server: ServerType; port: number }>((resolve, reject) => {
    const s = serveNode({ fetch: app.fetch, port: options.port ?? config.port, hostname }, (info) => resolve({ server: s, port: info.port }));
    s.once('error', reject);
  });
  return {
    url: `http://${hostname.includes(':') ? `[${hostname}]` : hostname}:${port}`,
    port,
    app,
    close: async () => {
      await new Promise<void>((r) => {
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
        server.close(() => r());
      });
      if (!options.database) await database.close();
    },
  };
}
