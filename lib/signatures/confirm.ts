import { pool } from '@/lib/db/pool'
import { withinRateLimit } from '@/lib/rate-limit'
import { canonicalEmail } from '@/lib/signatures/canonical-email'
import { eraseSignatures, viaPool } from '@/lib/privacy/erasure'
import { isExpired, readToken } from '@/lib/signatures/links'
import { hmac } from '@/lib/secrets'

// What happens when a signer opens a link from their email, or asks for the email again.

export type LinkOutcome =
  { kind: 'confirmed' | 'already-confirmed' | 'withdrawn' | 'already-withdrawn' | 'expired'; petitionSlug: string } | { kind: 'invalid-link' }

export async function confirmSignature(token: string): Promise<LinkOutcome> {
  const link = readToken('confirm-link', token)
  if (!link) return { kind: 'invalid-link' }
  const expired = isExpired(link.issuedAt)
  const { rows } = await pool().query<{ slug: string; status: string; changed: boolean }>(
    `WITH done AS (
       UPDATE signatures SET status = 'confirmed', confirmed_at = now()
       WHERE id = $1 AND status = 'pending' AND NOT $2::boolean
       RETURNING id)
     SELECT p.slug, s.status, EXISTS (SELECT 1 FROM done) AS changed
     FROM signatures s JOIN petitions p ON p.id = s.petition_id WHERE s.id = $1`,
    [link.id, expired],
  )
  const row = rows[0]
  if (!row) return { kind: 'invalid-link' }
  if (row.changed) return { kind: 'confirmed', petitionSlug: row.slug }
  if (row.status === 'confirmed') return { kind: 'already-confirmed', petitionSlug: row.slug }
  if (row.status === 'withdrawn') return { kind: 'already-withdrawn', petitionSlug: row.slug }
  if (row.status === 'pending' && expired) return { kind: 'expired', petitionSlug: row.slug }
  return { kind: 'invalid-link' }
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

/**
 * Sends the confirmation email again if this address has an unconfirmed signature on the
 * petition. The caller always gives the same answer, so a stranger learns nothing.
 */
export async function resendConfirmation(petitionSlug: string, email: string): Promise<void> {
  const canonical = canonicalEmail(email)
  // Counted by a keyed hash: the counter must not keep the address after the signature is erased.
  if (!(await withinRateLimit(`resend:${petitionSlug}:${hmac('resend-limit', canonical)}`, 3, 3600))) return
  await pool().query(
    `INSERT INTO jobs (kind, payload)
     SELECT 'signature-confirmation', jsonb_build_object('signatureId', s.id)
     FROM signatures s JOIN petitions p ON p.id = s.petition_id
     WHERE p.slug = $1 AND s.email_canonical = $2 AND s.status = 'pending'`,
    [petitionSlug, canonical],
  )
}
