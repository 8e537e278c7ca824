import { defineConfig } from 'prisma/config';

// The Prisma CLI tries to download its native schema engine before every command, and
// these machines cannot reach the download host. `prisma generate` does not need the
// engine, so point the CLI at any existing file to skip the download.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/portal' },
});
