import 'server-only'
import { pool } from '@/lib/db/pool'
import { eraseOptInEntries, eraseSignatures, viaPool } from '@/lib/privacy/erasure'
import { ERASE_LINK_TTL_MS, isExpired, readToken } from '@/lib/signatures/links'

// The erasure link in every email to a signer (lib/privacy/erase-link-url.ts). Opening it only
// shows what would be erased, with a button (a mail scanner that follows links erases nobody);
// the button erases every signature of that address on every petition. The signed token is the
// proof: no sign-in, nothing to store.

export type EraseLink =
  | { kind: 'valid'; email: string; petitionTitles: string[]; otherEntries: string[] }
  | { kind: 'already-erased' }
  | { kind: 'invalid-link' }
  | { kind: 'expired' }

type Row = { email: string; email_canonical: string; erased: boolean }

async function signatureOf(token: string): Promise<Row | { kind: 'invalid-link' | 'expired' }> {
  const link = readToken('erase-link', token)
  if (!link) return { kind: 'invalid-link' }
  if (isExpired(link.issuedAt, Date.now(), ERASE_LINK_TTL_MS)) return { kind: 'expired' }
  // Emails about a supporter entry or a solidarity message carry the link too (lib/public-forms).
  const { rows } = await pool().query<Row>(
    `SELECT email, email_canonical, anonymised_at IS NOT NULL AS erased FROM signatures WHERE id = $1
     UNION ALL SELECT email, email_canonical, false FROM supporters WHERE id = $1
     UNION ALL SELECT email, email_canonical, false FROM solidarity_messages WHERE id = $1`,
    [link.id],
  )
  return rows[0] ?? { kind: 'invalid-link' }
}

/** Reads a token without changing anything: whose data it would erase, and on which petitions. */
export async function readEraseLink(token: string): Promise<EraseLink> {
  const row = await signatureOf(token)
  if ('kind' in row) return row
  if (row.erased) return { kind: 'already-erased' }
  const { rows } = await pool().query<{ title: string }>(
    `SELECT p.title FROM signatures s JOIN petitions p ON p.id = s.petition_id
     WHERE s.email_canonical = $1 AND s.anonymised_at IS NULL ORDER BY s.created_at`,
    [row.email_canonical],
  )
  const others = await pool().query<{ entry: string }>(
    `SELECT 'Your entry in the list of sponsors and supporters' AS entry FROM supporters WHERE email_canonical = $1
     UNION ALL SELECT 'Your message under “' || p.title || '”' FROM solidarity_messages m JOIN posts p ON p.id = m.post_id WHERE m.email_canonical = $1`,
    [row.email_canonical],
  )
  return { kind: 'valid', email: row.email, petitionTitles: rows.map((r) => r.title), otherEntries: others.rows.map((r) => r.entry) }
}

export type EraseOutcome =
  { kind: 'erased'; signatures: number; petitions: number } | { kind: 'already-erased' } | { kind: 'invalid-link' } | { kind: 'expired' }

export async function eraseByLink(token: string): Promise<EraseOutcome> {
  const row = await signatureOf(token)
  if ('kind' in row) return row
  if (row.erased) return { kind: 'already-erased' }
  const erased = await eraseSignatures(viaPool, row.email_canonical)
  const entries = (await eraseOptInEntries(viaPool, 'supporter', row.email_canonical)) + (await eraseOptInEntries(viaPool, 'message', row.email_canonical))
  if (erased.signatures === 0 && entries === 0) return { kind: 'already-erased' }
  return { kind: 'erased', signatures: erased.signatures, petitions: erased.petitionIds.length }
}
