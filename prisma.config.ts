import { defineConfig } from 'prisma/config'

// Migrations are applied by scripts/migrate.ts (see README: "Migrations"); this file tells the
// Prisma CLI where the schema and migrations live so `prisma generate` and, where Prisma's
// engine can be downloaded, `prisma migrate status` agree with the project's migrator.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations', seed: 'tsx scripts/seed.ts' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/placard' },
})
