import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { startEmbeddedPostgres } from '@/lib/db/embedded-postgres'
import { migrate } from '@/lib/db/migrate'
import { parseEnv } from '@/lib/env'
import { readLiveLock } from './instance-lock'
import { clearLeftoverPostgres } from './leftover-postgres'

export type Database = { url: string; embedded: boolean; stop: () => Promise<void> }

/**
 * DATABASE_URL when set; otherwise the embedded PostgreSQL under PLACARD_DATA_DIR (reusing
 * the one a running `npm start` already owns). Pending migrations are applied either way.
 */
export async function openDatabase(log: (line: string) => void = console.log): Promise<Database> {
  const env = parseEnv()
  let database: Database
  if (env.DATABASE_URL) {
    database = { url: env.DATABASE_URL, embedded: false, stop: async () => {} }
  } else {
    const running = readLiveLock(env.PLACARD_DATA_DIR)
    if (running?.embedded) {
      database = { url: running.databaseUrl, embedded: true, stop: async () => {} }
    } else {
      mkdirSync(env.PLACARD_DATA_DIR, { recursive: true })
      const dataDir = path.join(env.PLACARD_DATA_DIR, 'postgres')
      await clearLeftoverPostgres(dataDir, log)
      log(`Starting the embedded PostgreSQL (data in ${dataDir}) …`)
      const server = await startEmbeddedPostgres({
        dataDir,
        port: env.EMBEDDED_PG_PORT,
      })
      database = { url: server.url, embedded: true, stop: server.stop }
    }
  }
  process.env.DATABASE_URL = database.url
  try {
    await migrate(database.url, log)
  } catch (error) {
    await database.stop()
    throw error
  }
  return database
}

/** Runs `task` with a migrated database, then stops the embedded server if this call started it. */
export async function withDatabase(task: (database: Database) => Promise<void>) {
  const database = await openDatabase()
  try {
    await task(database)
  } finally {
    await database.stop()
  }
}
