import 'server-only'
import { pool } from '@/lib/db/pool'
import { hmac } from '@/lib/secrets'

// Password guesses are limited in PostgreSQL, so the limits hold across every app instance.
// Each attempt is counted *before* the password is checked (parallel guesses can't slip past
// a check that runs ahead of the count), and a successful one is handed back.
//
// Three counters per 15-minute window:
// - one account from one address: 5 (the lock a person typing a wrong password meets);
// - one account from anywhere: 50 (a slow attack spread over many addresses);
// - one address for any accounts: 20.
// A stranger who knows an admin's email therefore cannot lock the admin out from their own
// address with 5 wrong guesses; only a distributed attack reaches the account-wide ceiling.

export const WINDOW_MINUTES = 15
const LIMITS = { accountAddress: 5, account: 50, address: 20 }

const WINDOW_START = `to_timestamp(floor(extract(epoch FROM now()) / ${WINDOW_MINUTES * 60}) * ${WINDOW_MINUTES * 60})`

function accountPrefix(email: string) {
  return `sign-in:account:${hmac('sign-in-throttle', email.toLowerCase())}`
}

function counters(email: string, ipHash: string | null) {
  const account = accountPrefix(email)
  const list: { key: string; limit: number }[] = [{ key: account, limit: LIMITS.account }]
  if (ipHash) list.push({ key: `${account}:${ipHash}`, limit: LIMITS.accountAddress }, { key: `sign-in:address:${ipHash}`, limit: LIMITS.address })
  // Without an address (a misconfigured proxy) the per-account limit is the strict one.
  else list[0]!.limit = LIMITS.accountAddress
  return list
}

export type Reservation = { allowed: boolean; /** This attempt is the first one over a limit. */ justCrossed: boolean }

export async function reserveSignInAttempt(email: string, ipHash: string | null): Promise<Reservation> {
  const list = counters(email, ipHash)
  const { rows } = await pool().query<{ key: string; count: number }>(
    `INSERT INTO rate_limits (key, window_start, count) SELECT k, ${WINDOW_START}, 1 FROM unnest($1::text[]) AS k
     ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limits.count + 1
     RETURNING key, count`,
    [list.map((c) => c.key)],
  )
  const over = rows.map((r) => r.count - list.find((c) => c.key === r.key)!.limit)
  return { allowed: over.every((n) => n <= 0), justCrossed: over.some((n) => n === 1) }
}

/** A correct password: the attempt doesn't count against the person. */
export async function refundSignInAttempt(email: string, ipHash: string | null) {
  await pool().query(`UPDATE rate_limits SET count = greatest(count - 1, 0) WHERE key = ANY($1) AND window_start = ${WINDOW_START}`, [
    counters(email, ipHash).map((c) => c.key),
  ])
}

/** After a password reset, the account's owner starts with a clean slate. */
export async function clearSignInFailures(email: string) {
  await pool().query(`DELETE FROM rate_limits WHERE key = $1 OR key LIKE $1 || ':%'`, [accountPrefix(email)])
}
