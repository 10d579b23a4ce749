import { pool } from '@/lib/db/pool'
import { withinRateLimit } from '@/lib/rate-limit'
import { readToken } from '@/lib/opt-in/links'

// The unsubscribe link in every update. Opening it only shows a page with a button (a mail
// scanner that follows links unsubscribes nobody); the button, or the mail program's one-click
// POST (RFC 8058), stops every later update about that petition. No sign-in: the signed token is
// the proof. Tokens that fail the check are counted per address, so nobody can hammer the check.

export type UnsubscribeOutcome =
  { kind: 'unsubscribed' | 'already-unsubscribed'; petitionSlug: string } | { kind: 'invalid-link' } | { kind: 'too-many-attempts' }

const BAD_TOKENS_PER_10_MINUTES = 30

/** Reads a token without changing anything: the petition it is for, or why it can't be used. */
export async function readUnsubscribeLink(token: string): Promise<{ kind: 'valid'; petitionTitle: string; unsubscribed: boolean } | { kind: 'invalid-link' }> {
  const link = readToken('unsubscribe-link', token)
  if (!link) return { kind: 'invalid-link' }
  const { rows } = await pool().query<{ title: string; unsubscribed: boolean }>(
    `SELECT p.title, s.unsubscribed_at IS NOT NULL AS unsubscribed FROM signatures s JOIN petitions p ON p.id = s.petition_id WHERE s.id = $1`,
    [link.id],
  )
  return rows[0] ? { kind: 'valid', petitionTitle: rows[0].title, unsubscribed: rows[0].unsubscribed } : { kind: 'invalid-link' }
}

export async function unsubscribe(token: string, ipHash: string | null): Promise<UnsubscribeOutcome> {
  const link = readToken('unsubscribe-link', token)
  if (!link) {
    const allowed = await withinRateLimit(`unsubscribe-bad:${ipHash ?? 'unknown'}`, BAD_TOKENS_PER_10_MINUTES, 600)
    return { kind: allowed ? 'invalid-link' : 'too-many-attempts' }
  }
  const { rows } = await pool().query<{ slug: string; changed: boolean }>(
    `WITH done AS (
       UPDATE signatures SET keep_informed = false, unsubscribed_at = now()
       WHERE id = $1 AND unsubscribed_at IS NULL RETURNING id)
     SELECT p.slug, EXISTS (SELECT 1 FROM done) AS changed
     FROM signatures s JOIN petitions p ON p.id = s.petition_id WHERE s.id = $1`,
    [link.id],
  )
  const row = rows[0]
  if (!row) return { kind: 'invalid-link' }
  return { kind: row.changed ? 'unsubscribed' : 'already-unsubscribed', petitionSlug: row.slug }
}
