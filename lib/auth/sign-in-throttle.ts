import 'server-only'
import { pool } from '@/lib/db/pool'
import { hmac } from '@/lib/secrets'

// Failed sign-ins are counted per account and per address (hashed) in PostgreSQL, so the limit
// holds across every app instance. Only failures count; a success does not reset the window.

export const WINDOW_MINUTES = 15
export const MAX_FAILURES_PER_ACCOUNT = 5
export const MAX_FAILURES_PER_ADDRESS = 20

function keysFor(email: string, ipHash: string | null) {
  return {
    account: `sign-in:account:${hmac('sign-in-throttle', email)}`,
    address: ipHash ? `sign-in:address:${ipHash}` : null,
  }
}

const WINDOW_START = `to_timestamp(floor(extract(epoch FROM now()) / ${WINDOW_MINUTES * 60}) * ${WINDOW_MINUTES * 60})`

/** True when this account or this address has failed too often in the current window. */
export async function signInIsThrottled(email: string, ipHash: string | null): Promise<boolean> {
  const keys = keysFor(email, ipHash)
  const { rows } = await pool().query<{ key: string; count: number }>(
    `SELECT key, count FROM rate_limits WHERE key = ANY($1) AND window_start = ${WINDOW_START}`,
    [[keys.account, keys.address].filter(Boolean)],
  )
  return rows.some((r) => r.count >= (r.key === keys.account ? MAX_FAILURES_PER_ACCOUNT : MAX_FAILURES_PER_ADDRESS))
}

export async function recordSignInFailure(email: string, ipHash: string | null) {
  const keys = keysFor(email, ipHash)
  for (const key of [keys.account, keys.address]) {
    if (!key) continue
    await pool().query(
      `INSERT INTO rate_limits (key, window_start, count) VALUES ($1, ${WINDOW_START}, 1)
       ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limits.count + 1`,
      [key],
    )
  }
}
