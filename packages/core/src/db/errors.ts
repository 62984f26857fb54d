/** A database URL or data directory that cannot be used; `input` names what was given. */
export class DatabaseConfigError extends Error {
  readonly code = 'database-config';
  constructor(readonly input: string, message: string) {
    super(message);
    this.name = 'DatabaseConfigError';
  }
}

/** The PGlite data directory is held by another process (PGlite allows one process per directory). */
export class DatabaseLockedError extends Error {
  readonly code = 'database-locked';
  constructor(readonly dir: string, readonly pid: number) {
    super(
      `PGlite data directory ${dir} is in use by process ${pid}. PGlite can be opened by one process ` +
        `at a time; stop that process, or point DATABASE_URL at a PostgreSQL server (postgres://…) to share the catalog.`,
    );
    this.name = 'DatabaseLockedError';
  }
}
