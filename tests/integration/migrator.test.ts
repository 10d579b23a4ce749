import pg from 'pg'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { migrate, readMigrations } from '@/lib/db/migrate'
import { createScratchDatabase } from '../support/scratch-database'

let url: string
let drop: () => Promise<void>

beforeAll(async () => {
  ;({ url, drop } = await createScratchDatabase('placard_migrator_check'))
})

afterAll(() => drop())

it('applies each migration once when two processes migrate at the same time', async () => {
  const [a, b] = await Promise.all([migrate(url), migrate(url)])
  const migrations = await readMigrations()
  expect([...a.applied, ...b.applied].sort()).toEqual(migrations.map((m) => m.name).sort())

  const client = new pg.Client({ connectionString: url })
  await client.connect()
  const { rows } = await client.query('SELECT migration_name, checksum FROM _prisma_migrations ORDER BY migration_name')
  await client.end()
  expect(rows).toEqual(migrations.map((m) => ({ migration_name: m.name, checksum: m.checksum })))

  const again = await migrate(url)
  expect(again.applied).toEqual([])
})
