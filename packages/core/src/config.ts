import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { ShadertrainError } from './errors.ts';

/**
 * A bad configuration value (`config`, a 500 whose message the API does not show: it may quote a
 * secret); `variable` (also the error's `field`) names the environment variable or option at fault.
 */
export class ConfigError extends ShadertrainError {
  constructor(readonly variable: string, message: string) {
    super('config', message, { field: variable });
    this.name = 'ConfigError';
  }
}

const optionalString = z.string().trim().min(1).optional();

/** The validated configuration of every shadertrain process. */
export const configSchema = z.object({
  /** Everything local lives here: PGlite data, the file blob store, caches. */
  home: z.string().min(1),
  databaseUrl: z.string().min(1),
  blobUrl: z.string().min(1),
  python: z.string().min(1),
  apiToken: optionalString,
  port: z.coerce.number().int().min(0).max(65535),
  s3: z.object({
    endpoint: z.url().optional(),
    region: optionalString,
    forcePathStyle: z.boolean().optional(),
  }),
  shadertoyApiKey: optionalString,
});
export type Config = z.infer<typeof configSchema>;

/** Overrides (from CLI flags or code) win over the environment. */
export type ConfigOverrides = Partial<Omit<Config, 's3'>> & { s3?: Partial<Config['s3']> };

// Which environment variable feeds which field (for error messages and for documentation).
export const configEnv = {
  home: 'SHADERTRAIN_HOME',
  databaseUrl: 'DATABASE_URL',
  blobUrl: 'BLOB_URL',
  python: 'SHADERTRAIN_PYTHON',
  apiToken: 'SHADERTRAIN_API_TOKEN',
  port: 'PORT',
  's3.endpoint': 'S3_ENDPOINT',
  's3.region': 'AWS_REGION',
  's3.forcePathStyle': 'S3_FORCE_PATH_STYLE',
  shadertoyApiKey: 'SHADERTOY_API_KEY',
} as const;

export const DEFAULT_PORT = 8787;

function envBool(env: NodeJS.ProcessEnv, name: string): boolean | undefined {
  const v = env[name]?.trim().toLowerCase();
  if (v === undefined || v === '') return undefined;
  if (['1', 'true', 'yes', 'on'].includes(v)) return true;
  if (['0', 'false', 'no', 'off'].includes(v)) return false;
  throw new ConfigError(name, `${name}=${JSON.stringify(env[name])} is not a boolean (use true or false)`);
}

const nonEmpty = (v: string | undefined) => (v === undefined || v.trim() === '' ? undefined : v);

/**
 * Builds the configuration from the environment and overrides, validated with zod. Relative paths
 * resolve against `cwd`. A bad value throws a {@link ConfigError} naming the variable.
 *
 * @example
 * const cfg = loadConfig({ port: 9000 });           // env + overrides
 * cfg.databaseUrl // 'pglite:///…/.shadertrain/db' unless DATABASE_URL is set
 */
export function loadConfig(overrides: ConfigOverrides = {}, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const home = resolve(cwd, overrides.home ?? nonEmpty(env.SHADERTRAIN_HOME) ?? '.shadertrain');
  const raw = {
    home,
    databaseUrl: overrides.databaseUrl ?? nonEmpty(env.DATABASE_URL) ?? `pglite://${resolve(home, 'db')}`,
    blobUrl: overrides.blobUrl ?? nonEmpty(env.BLOB_URL) ?? pathToFileURL(resolve(home, 'blobs')).href,
    python: overrides.python ?? nonEmpty(env.SHADERTRAIN_PYTHON) ?? '/usr/bin/python3',
    apiToken: overrides.apiToken ?? nonEmpty(env.SHADERTRAIN_API_TOKEN),
    port: overrides.port ?? nonEmpty(env.PORT) ?? DEFAULT_PORT,
    s3: {
      endpoint: overrides.s3?.endpoint ?? nonEmpty(env.S3_ENDPOINT),
      region: overrides.s3?.region ?? nonEmpty(env.AWS_REGION) ?? nonEmpty(env.AWS_DEFAULT_REGION),
      forcePathStyle: overrides.s3?.forcePathStyle ?? envBool(env, 'S3_FORCE_PATH_STYLE'),
    },
    shadertoyApiKey: overrides.shadertoyApiKey ?? nonEmpty(env.SHADERTOY_API_KEY),
  };
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.join('.');
    const variable = configEnv[field as keyof typeof configEnv] ?? field;
    const value = issue.path.reduce<unknown>((o, k) => (o as Record<PropertyKey, unknown>)?.[k as PropertyKey], raw);
    throw new ConfigError(variable, `${variable}=${JSON.stringify(value)} is invalid: ${issue.message}`);
  }
  return parsed.data;
}
