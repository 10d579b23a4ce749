import { pool } from '@/lib/db/pool'
import { withinRateLimit } from '@/lib/rate-limit'
import { canonicalEmail } from '@/lib/signatures/canonical-email'
import { confirmEntry } from '@/lib/opt-in/confirm'
import { queueConfirmationSql } from '@/lib/opt-in/kinds'
import { readToken } from '@/lib/opt-in/links'
import { eraseSignatures, viaPool } from '@/lib/privacy/erasure'
import { hmac } from '@/lib/secrets'

// What happens when a signer opens a link from their email, or asks for the email again. The
// double opt-in itself is lib/opt-in/'s; a signature confirmed starts counting (the tally trigger).

export type LinkOutcome =
  { kind: 'confirmed' | 'already-confirmed' | 'withdrawn' | 'already-withdrawn' | 'expired'; petitionSlug: string } | { kind: 'invalid-link' }

const ALREADY: Record<string, 'already-confirmed' | 'already-withdrawn'> = { confirmed: 'already-confirmed', withdrawn: 'already-withdrawn' }

export async function confirmSignature(token: string): Promise<LinkOutcome> {
  const done = await confirmEntry('signature', token)
  if (done.kind === 'invalid-link' || !done.slug) return { kind: 'invalid-link' }
  // Held by a moderator, invalidated…: the link has nothing to say about those.
  const kind = done.kind === 'unchanged' ? ALREADY[done.status] : done.kind
  return kind ? { kind, petitionSlug: done.slug } : { kind: 'invalid-link' }
}

/**
 * Withdraws the signature and erases it (lib/privacy/erasure.ts): nothing of the signer is kept
 * but a keyed hash of the address, so it never counts again. A signature withdrawn before
 * erasure existed is erased by the same link, and answered "already withdrawn".
 */
export async function withdrawSignature(token: string): Promise<LinkOutcome> {
  const link = readToken('withdraw-link', token)
  if (!link) return { kind: 'invalid-link' }
  const { rows } = await pool().query<{ slug: string; status: string; email_canonical: string }>(
    `SELECT p.slug, s.status, s.email_canonical FROM signatures s JOIN petitions p ON p.id = s.petition_id WHERE s.id = $1`,
    [link.id],
  )
  const row = rows[0]
  if (!row || row.status === 'invalidated') return { kind: 'invalid-link' }
  const erased = await eraseSignatures(viaPool, row.email_canonical, link.id)
  const withdrawnNow = erased.was.some((was) => was === 'pending' || was === 'confirmed')
  return { kind: withdrawnNow ? 'withdrawn' : 'already-withdrawn', petitionSlug: row.slug }
}

const RESEND_SQL = queueConfirmationSql(
  'signature',
  `signatures s JOIN petitions p ON p.id = s.petition_id WHERE p.slug = $1 AND s.email_canonical = $2 AND s.status = 'pending'`,
  's.id',
)

/**
 * Sends the confirmation email again if this address has an unconfirmed signature on the
 * petition. The caller always gives the same answer, so a stranger learns nothing.
 */
export async function resendConfirmation(petitionSlug: string, email: string): Promise<void> {
  const canonical = canonicalEmail(email)
  // Counted by a keyed hash: the counter must not keep the address after the signature is erased.
  if (!(await withinRateLimit(`resend:${petitionSlug}:${hmac('resend-limit', canonical)}`, 3, 3600))) return
  await pool().query(RESEND_SQL, [petitionSlug, canonical])
}
