import { pool } from '@/lib/db/pool'

// Fixed-window counters in PostgreSQL, so a limit holds across every app instance.

export async function withinRateLimit(key: string, limit: number, windowSeconds: number): Promise<boolean> {
  const { rows } = await pool().query<{ count: number }>(
    `INSERT INTO rate_limits (key, window_start, count)
     VALUES ($1, to_timestamp(floor(extract(epoch FROM now()) / $2) * $2), 1)
     ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limits.count + 1
     RETURNING count`,
    [key, windowSeconds],
  )
  return (rows[0]?.count ?? 0) <= limit
}

/** Old windows are of no further use; the job worker calls this hourly. */
export async function pruneExpiredCounters() {
  await pool().query(`DELETE FROM rate_limits WHERE window_start < now() - interval '1 day'`)
}
