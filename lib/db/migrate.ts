import { createHash, randomUUID } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import pg from 'pg'

// Applies prisma/migrations/*/migration.sql in order, keeping the same bookkeeping as Prisma
// Migrate (_prisma_migrations, sha256 checksums) so `prisma migrate status|deploy` agree with it
// wherever Prisma's schema engine can be downloaded. An advisory lock makes concurrent runs
// (two app instances starting at once) wait for each other instead of racing.

const MIGRATIONS_DIR = path.join(process.cwd(), 'prisma', 'migrations')
// Any fixed 64-bit number; Prisma Migrate uses 72707369 for its own lock, so we share it.
const ADVISORY_LOCK_KEY = 72707369

const CREATE_BOOKKEEPING_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`

export type Migration = { name: string; sql: string; checksum: string }

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const entries = await readdir(dir, { withFileTypes: true })
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, 'migration.sql'), 'utf8')
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') }
    }),
  )
}

export type MigrateResult = { applied: string[]; alreadyApplied: number }

export async function migrate(databaseUrl: string, log: (line: string) => void = () => {}): Promise<MigrateResult> {
  const migrations = await readMigrations()
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    await client.query('SELECT pg_advisory_lock($1)', [ADVISORY_LOCK_KEY])
    await client.query(CREATE_BOOKKEEPING_TABLE)
    const { rows } = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      'SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL',
    )
    const done = new Map(rows.filter((r) => r.finished_at).map((r) => [r.migration_name, r.checksum]))
    const failed = rows.find((r) => !r.finished_at)
    if (failed) {
      throw new Error(
        `Migration ${failed.migration_name} failed earlier and was left half-applied. ` +
          'Fix the database by hand, then mark it rolled back (UPDATE "_prisma_migrations" SET rolled_back_at = now() ...).',
      )
    }
    const applied: string[] = []
    for (const m of migrations) {
      const recorded = done.get(m.name)
      if (recorded) {
        if (recorded !== m.checksum) log(`warning: migration ${m.name} was edited after it was applied`)
        continue
      }
      await applyOne(client, m)
      applied.push(m.name)
      log(`applied migration ${m.name}`)
    }
    return { applied, alreadyApplied: done.size }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [ADVISORY_LOCK_KEY]).catch(() => {})
    await client.end()
  }
}

async function applyOne(client: pg.Client, m: Migration) {
  const id = randomUUID()
  await client.query('BEGIN')
  try {
    await client.query('INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at) VALUES ($1, $2, $3, now())', [id, m.checksum, m.name])
    await client.query(m.sql)
    await client.query('UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1', [id])
    await client.query('COMMIT')
  } catch (error) {
    await client.query('ROLLBACK')
    const reason = error instanceof Error ? error.message : String(error)
    throw new Error(`Migration ${m.name} failed and was rolled back: ${reason}`)
  }
}
