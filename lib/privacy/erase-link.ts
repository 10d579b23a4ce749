import 'server-only'
import { pool } from '@/lib/db/pool'
import { eraseOptInEntries, eraseSignatures, viaPool, type DeletedKind } from '@/lib/privacy/erasure'
import { ERASE_LINK_TTL_MS, isExpired, readToken } from '@/lib/opt-in/links'

// The erasure link in every email to a signer, supporter, message sender or protest organiser
// (lib/privacy/erase-link-url.ts). Opening it only shows what would be erased, with a button (a
// mail scanner that follows links erases nobody); the button erases every signature of that
// address on every petition, and deletes its supporter entries, messages and protests. The
// signed token is the proof: no sign-in, nothing to store.

export type EraseLink =
  | { kind: 'valid'; email: string; petitionTitles: string[]; otherEntries: string[] }
  | { kind: 'already-erased' }
  | { kind: 'invalid-link' }
  | { kind: 'expired' }

const DELETED_KINDS: DeletedKind[] = ['supporter', 'message', 'event']

type Row = { email: string; email_canonical: string; erased: boolean }

async function entryOf(token: string): Promise<Row | { kind: 'invalid-link' | 'expired' }> {
  const link = readToken('erase-link', token)
  if (!link) return { kind: 'invalid-link' }
  if (isExpired(link.issuedAt, Date.now(), ERASE_LINK_TTL_MS)) return { kind: 'expired' }
  // Every confirmation email carries the link (lib/opt-in/email.ts), made for the entry it is about.
  // A protest whose organiser's address the retention job removed holds nothing left to erase.
  const { rows } = await pool().query<Row>(
    `SELECT email, email_canonical, anonymised_at IS NOT NULL AS erased FROM signatures WHERE id = $1
     UNION ALL SELECT email, email_canonical, false FROM supporters WHERE id = $1
     UNION ALL SELECT email, email_canonical, false FROM solidarity_messages WHERE id = $1
     UNION ALL SELECT email, email_canonical, email = '' FROM action_events WHERE id = $1`,
    [link.id],
  )
  return rows[0] ?? { kind: 'invalid-link' }
}

/** Reads a token without changing anything: whose data it would erase, and on which petitions. */
export async function readEraseLink(token: string): Promise<EraseLink> {
  const row = await entryOf(token)
  if ('kind' in row) return row
  if (row.erased) return { kind: 'already-erased' }
  const { rows } = await pool().query<{ title: string }>(
    `SELECT p.title FROM signatures s JOIN petitions p ON p.id = s.petition_id
     WHERE s.email_canonical = $1 AND s.anonymised_at IS NULL ORDER BY s.created_at`,
    [row.email_canonical],
  )
  const others = await pool().query<{ entry: string }>(
    `SELECT 'Your entry in the list of sponsors and supporters' AS entry FROM supporters WHERE email_canonical = $1
     UNION ALL SELECT 'Your message under “' || p.title || '”' FROM solidarity_messages m JOIN posts p ON p.id = m.post_id WHERE m.email_canonical = $1
     UNION ALL SELECT 'Your protest in ' || e.city || ' for “' || d.title || '”' FROM action_events e JOIN action_days d ON d.id = e.action_day_id WHERE e.email_canonical = $1`,
    [row.email_canonical],
  )
  return { kind: 'valid', email: row.email, petitionTitles: rows.map((r) => r.title), otherEntries: others.rows.map((r) => r.entry) }
}

export type EraseOutcome =
  { kind: 'erased'; signatures: number; petitions: number; entries: number } | { kind: 'already-erased' } | { kind: 'invalid-link' } | { kind: 'expired' }

export async function eraseByLink(token: string): Promise<EraseOutcome> {
  const row = await entryOf(token)
  if ('kind' in row) return row
  if (row.erased) return { kind: 'already-erased' }
  const erased = await eraseSignatures(viaPool, row.email_canonical)
  let entries = 0
  for (const kind of DELETED_KINDS) entries += await eraseOptInEntries(viaPool, kind, row.email_canonical)
  if (erased.signatures === 0 && entries === 0) return { kind: 'already-erased' }
  return { kind: 'erased', signatures: erased.signatures, petitions: erased.petitionIds.length, entries }
}
