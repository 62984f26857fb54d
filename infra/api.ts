// The Hono API + gallery on Lambda behind a function URL (streaming off: Hono's aws-lambda adapter
// answers buffered). Written routes can trigger a crawl (invoke Crawl) and queue training runs.
import { apiToken, bucket } from './storage.ts';
import { database, vpc } from './database.ts';
import { crawlFunction, queue } from './crawl.ts';

export const api = new sst.aws.Function('Api', {
  handler: 'packages/functions/src/handlers/lambda-api.handler',
  runtime: 'nodejs20.x',
  timeout: '30 seconds',
  memory: '1024 MB',
  vpc,
  url: { cors: { allowOrigins: ['*'], allowMethods: ['GET', 'HEAD', 'POST', 'DELETE'], allowHeaders: ['authorization', 'content-type'] } },
  link: [bucket, database, queue, crawlFunction, apiToken],
  copyFiles: [
    { from: 'packages/core/migrations', to: 'migrations' },
    { from: 'packages/functions/src/gallery/assets', to: 'gallery/assets' },
    { from: 'packages/core/glsl', to: 'glsl' },
  ],
  environment: { SHADERTRAIN_HOME: '/tmp/shadertrain' },
});

export const apiUrl = api.url;
