// AWS Lambda entry point (function URL or API Gateway): the same app through hono/aws-lambda.
// The catalog and blob store come from the config (DATABASE_URL, BLOB_URL, SHADERTRAIN_API_TOKEN),
// opened once per container on the first request.
import { handle } from 'hono/aws-lambda';
import { openBlobStore } from '@shadertrain/core/blob/open';
import { createCatalogReads } from '@shadertrain/core/catalog/reads';
import { loadConfig } from '@shadertrain/core/config';
import { openDatabase } from '@shadertrain/core/db/client';
import { createApp } from '../api/app.ts';
import { fileAssets } from '../gallery/files.ts';

type LambdaHandler = ReturnType<typeof handle>;
let handler: Promise<LambdaHandler> | undefined;

async function init(): Promise<LambdaHandler> {
  const config = loadConfig();
  // Migrations are applied by deploy/CLI, not on a cold start of every API container.
  const { db } = await openDatabase(config.databaseUrl, { migrate: false, maxConnections: 2 });
  const app = createApp({ catalog: createCatalogReads(db), blobs: openBlobStore(config.blobUrl), config, assets: fileAssets(), cors: true });
  return handle(app);
}

export async function lambdaHandler(...args: Parameters<LambdaHandler>) {
  handler ??= init().catch((e) => {
    handler = undefined;
    throw e;
  });
  return (await handler)(...args);
}
export { lambdaHandler as handler };
