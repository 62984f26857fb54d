import { defineConfig } from 'drizzle-kit';

// Generate migrations: `cd packages/core && npx drizzle-kit generate`. They are committed under
// ./migrations and applied at open time by src/db/migrate.ts (PGlite and PostgreSQL alike).
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema/index.ts',
  out: './migrations',
});
