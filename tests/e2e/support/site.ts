import path from 'node:path'
import pg from 'pg'
import { digestSql, TABLES_SQL } from '../../support/table-digest-sql'

// The e2e site's own database (scripts/e2e-server.ts), for tests that act as an editor would.
export const e2eDatabaseUrl = `postgresql://placard:placard-local@127.0.0.1:${process.env.E2E_PG_PORT ?? 5497}/placard`

/** Everything the e2e site's server and worker print, for the privacy scan after the run (global-teardown.ts). */
export const e2eServerLog = path.resolve('test-results', 'e2e-server.log')

/** The e2e site's web server and worker process ids and PostgreSQL's data folder (scripts/e2e-server.ts). */
export const e2eProcessesFile = path.resolve('test-results', 'e2e-processes.json')

export async function withDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

// Columns the running site changes by itself alongside the tests: the jobs' progress, the
// visits the server counts on each redirect (added every few seconds), the worker's heartbeat.
const SELECTS: Record<string, string> = {
  jobs: 'SELECT id FROM jobs',
  redirects: 'SELECT id, from_path, from_query, to_path, status, source, created_at, updated_at FROM redirects',
  worker_heartbeats: 'SELECT worker_id, started_at FROM worker_heartbeats',
}

/**
 * One line per table with a checksum of its rows (tests/support/table-digest-sql.ts), to show a
 * request changed nothing. The jobs' progress columns, the redirects' visit counts and the worker's
 * heartbeat are left out (SELECTS); a new job still shows, by its id.
 */
export async function databaseDigest(): Promise<string[]> {
  return withDatabase(async (db) => {
    const digests: string[] = []
    for (const { name } of (await db.query<{ name: string }>(TABLES_SQL)).rows) {
      const { rows } = await db.query<{ digest: string | null }>(digestSql(SELECTS[name] ?? `SELECT * FROM "${name}"`))
      digests.push(`${name}: ${rows[0]?.digest ?? 'empty'}`)
    }
    return digests
  })
}
