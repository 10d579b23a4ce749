import { db } from '@/lib/db/client'
import { digestSql, TABLES_SQL } from './table-digest-sql'

/** A checksum of every table's rows (tests/support/table-digest-sql.ts), to show that a refused request changed nothing. */
export async function databaseDigest(): Promise<string> {
  const parts: string[] = []
  for (const { name } of await db.$queryRawUnsafe<{ name: string }[]>(TABLES_SQL)) {
    const rows = await db.$queryRawUnsafe<{ digest: string | null }[]>(digestSql(`SELECT * FROM "${name}"`))
    parts.push(`${name}:${rows[0]?.digest ?? ''}`)
  }
  return parts.join('\n')
}
