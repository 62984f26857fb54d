import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository root (tests/support/../..). */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface TestServices { databaseUrl: string; s3Url: string }

let cached: TestServices | undefined;

/**
 * The real services the tests run against: `TEST_DATABASE_URL` (PostgreSQL) and `TEST_S3_URL`
 * (s3rver). When they are not set, starts them with `scripts/services.sh start` (idempotent) and
 * fails with a clear message if that does not work — tests never skip silently.
 *
 * @example
 * const { databaseUrl, s3Url } = ensureServices();
 */
export function ensureServices(): TestServices {
  if (cached) return cached;
  let databaseUrl = process.env.TEST_DATABASE_URL;
  let s3Url = process.env.TEST_S3_URL;
  if (!databaseUrl || !s3Url) {
    let out: string;
    try {
      out = execFileSync('bash', ['scripts/services.sh', 'start'], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 180_000 });
    } catch (e) {
      const err = e as { stderr?: string; message: string };
      throw new Error(
        `TEST_DATABASE_URL/TEST_S3_URL are not set and "bash scripts/services.sh start" failed: ${err.stderr || err.message}\n` +
          `Start the services yourself: eval "$(bash scripts/services.sh start)"`,
      );
    }
    const vars = Object.fromEntries([...out.matchAll(/^export (\w+)='?([^'\n]*)'?$/gm)].map((m) => [m[1], m[2]]));
    databaseUrl ||= vars.TEST_DATABASE_URL;
    s3Url ||= vars.TEST_S3_URL;
    if (!databaseUrl || !s3Url) throw new Error(`scripts/services.sh start printed no TEST_DATABASE_URL/TEST_S3_URL:\n${out}`);
  }
  cached = { databaseUrl, s3Url };
  return cached;
}
