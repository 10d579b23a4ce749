import { rmSync } from 'node:fs'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { startEmbeddedPostgres } from '@/lib/db/embedded-postgres'
import { migrate } from '@/lib/db/migrate'

// A real PostgreSQL for the integration suite: a fresh cluster in .data/test-integration,
// migrated with the project's own migrator, removed again afterwards.
const dataDir = path.resolve('.data/test-integration')
const port = Number(process.env.TEST_PG_PORT ?? 5496)

export default async function setup(project: TestProject) {
  rmSync(dataDir, { recursive: true, force: true })
  const server = await startEmbeddedPostgres({ dataDir, port, database: 'placard_test' })
  await migrate(server.url)
  project.provide('databaseUrl', server.url)
  return async () => {
    await server.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
  }
}
