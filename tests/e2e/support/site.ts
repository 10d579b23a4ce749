import pg from 'pg'

// The e2e site's own database (scripts/e2e-server.ts), for tests that act as an editor would.
export const e2eDatabaseUrl = `postgresql://placard:placard-local@127.0.0.1:${process.env.E2E_PG_PORT ?? 5497}/placard`

export async function withDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

/**
 * One line per table with a checksum of its rows, to show a request changed nothing. Left out:
 * rate_limits (counting refused attempts is its purpose), and the jobs' progress columns (the
 * worker runs alongside the tests); a new job still shows, by its id.
 */
export async function databaseDigest(): Promise<string[]> {
  return withDatabase(async (db) => {
    const { rows: tables } = await db.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables
       WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('_prisma_migrations', 'rate_limits') ORDER BY 1`,
    )
    const digests: string[] = []
    for (const { name } of tables) {
      const rows = name === 'jobs' ? 'SELECT id FROM jobs' : `SELECT * FROM "${name}"`
      const { rows: result } = await db.query<{ digest: string | null }>(`SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM (${rows}) t`)
      digests.push(`${name}: ${result[0]?.digest ?? 'empty'}`)
    }
    return digests
  })
}
