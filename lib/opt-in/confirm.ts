import { pool } from '@/lib/db/pool'
import { OPT_IN, type OptInKind } from '@/lib/opt-in/kinds'
import { isExpired, readToken } from '@/lib/opt-in/links'

// Opening the link in a confirmation email: a pending entry becomes confirmed, in one statement
// that also says what the entry was before and the slug of the page the answer is shown on.
// Opening it twice is harmless. What an entry that was no longer pending means (already
// confirmed, withdrawn, approved…) is for its domain to say.

export type Confirmation =
  | { kind: 'invalid-link' }
  /** `unchanged`: the entry wasn't pending (or, in a race, was confirmed a moment earlier). */
  | { kind: 'confirmed' | 'expired' | 'unchanged'; status: string; slug: string | null }

const CONFIRM_SQL = Object.fromEntries(
  Object.entries(OPT_IN).map(([kind, { table, pageSlug }]) => [
    kind,
    `WITH done AS (
       UPDATE ${table} SET status = 'confirmed', confirmed_at = now() WHERE id = $1 AND status = 'pending' AND NOT $2::boolean RETURNING id)
     SELECT t.status::text AS status, EXISTS (SELECT 1 FROM done) AS changed, ${pageSlug} AS slug FROM ${table} t WHERE t.id = $1`,
  ]),
) as Record<OptInKind, string>

export async function confirmEntry(kind: OptInKind, token: string): Promise<Confirmation> {
  const link = readToken(OPT_IN[kind].purpose, token)
  if (!link) return { kind: 'invalid-link' }
  const expired = isExpired(link.issuedAt)
  // A named statement is planned once per connection: a storm's confirmations come in bursts too.
  const { rows } = await pool().query<{ status: string; changed: boolean; slug: string | null }>({
    name: `confirm-${kind}`,
    text: CONFIRM_SQL[kind],
    values: [link.id, expired],
  })
  const row = rows[0]
  if (!row) return { kind: 'invalid-link' }
  const { status, slug } = row
  if (row.changed) return { kind: 'confirmed', status, slug }
  if (status === 'pending' && expired) return { kind: 'expired', status, slug }
  return { kind: 'unchanged', status, slug }
}
