import { ShadertrainError } from '../errors.ts';

/**
 * A database URL or data directory that cannot be used (`config`, field `DATABASE_URL`: a
 * deployment's mistake, so a 500 whose message the API does not show); `input` is what was given.
 */
export class DatabaseConfigError extends ShadertrainError {
  constructor(readonly input: string, message: string) {
    super('config', message, { field: 'DATABASE_URL' });
    this.name = 'DatabaseConfigError';
  }
}

/** The PGlite data directory is held by another process (`conflict`, 409; PGlite allows one process per directory). */
export class DatabaseLockedError extends ShadertrainError {
  constructor(readonly dir: string, readonly pid: number) {
    super('conflict',
      `PGlite data directory ${dir} is in use by process ${pid}. PGlite can be opened by one process ` +
        `at a time; stop that process, or point DATABASE_URL at a PostgreSQL server (postgres://…) to share the catalog.`,
    );
    this.name = 'DatabaseLockedError';
  }
}
