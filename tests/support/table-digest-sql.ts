// The SQL behind a checksum of every table's rows, shared by the integration tests (through
// Prisma) and the end-to-end tests (through pg). The tables come from the database itself, so a
// new one is covered without anyone listing it. Left out: rate_limits, whose purpose is to count
// refused attempts.

export const TABLES_SQL = `SELECT table_name AS name FROM information_schema.tables
  WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('_prisma_migrations', 'rate_limits') ORDER BY 1`

/** One row, `digest`: an md5 of the rows `select` returns, in a stable order. */
export const digestSql = (select: string) => `SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM (${select}) t`
