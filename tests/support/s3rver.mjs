#!/usr/bin/env node
// A local S3-protocol server for tests (s3rver).
// Usage: node tests/support/s3rver.mjs <dataDir> [port] [bucket] [pidFile]
// Started in the background by scripts/services.sh; prints "ready" once listening.
import { writeFileSync } from 'node:fs';
import S3rver from 's3rver';

const [dir = '/tmp/shadertrain-services/s3', port = '4569', bucket = 'shadertrain-test', pidFile] = process.argv.slice(2);
const server = new S3rver({
  address: '127.0.0.1',
  port: Number(port),
  directory: dir,
  silent: true,
  configureBuckets: [{ name: bucket }],
});
await server.run();
if (pidFile) writeFileSync(pidFile, String(process.pid));
console.log(`ready s3rver on 127.0.0.1:${port} bucket=${bucket} dir=${dir}`);
const stop = () => server.close().finally(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
