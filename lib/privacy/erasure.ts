import 'server-only'
import { CONTENT_CHANNEL } from '@/lib/content/changes'
import { pool } from '@/lib/db/pool'
import { isConfirmationJobOf, OPT_IN, type OptInKind } from '@/lib/opt-in/kinds'
import { emailKeyOf } from '@/lib/privacy/email-key'

// Erases signatures: on withdrawal (one signature), from the erasure link in an email and from
// an admin's subject-access screen (every signature of one canonical email). The row stays, so
// its petition's figures and the one-signature-per-address rule hold, but it keeps nothing
// personal: name, email, domain, town, postcode, comment and address hash are removed, the
// boxes ticked are cleared, and email_key (a keyed hash of the canonical email, see
// email-key.ts) is all that is left of the address. Country, dates and status stay, as the
// retention job keeps them (lib/privacy/retention.ts). A pending or confirmed signature becomes
// withdrawn, so the tally trigger takes a counted one off its petition's total, exactly once.
//
// In the same statement: updates not yet sent to it are dropped, delivery errors (a mail
// server's refusal may quote the address) are cleared, and its queued or failed confirmation
// emails are deleted. Then the petitions' pages are told to refresh, as a moderator's decision
// does. A signer who signs again with the same address at the very moment of the erasure could
// slip past the check of email_key; never counted twice either way (the erased row never counts).

/** Runs one statement: through the pool, or inside a Prisma transaction. */
export type Sql = <T>(text: string, values: unknown[]) => Promise<T[]>

export const viaPool: Sql = async <T>(text: string, values: unknown[]) => (await pool().query(text, values)).rows as T[]

export function viaPrisma(tx: { $queryRawUnsafe: (query: string, ...values: unknown[]) => PromiseLike<unknown> }): Sql {
  return async <T>(text: string, values: unknown[]) => (await tx.$queryRawUnsafe(text, ...values)) as T[]
}

const ERASE_SQL = `
WITH target AS (
  SELECT id, status FROM signatures
  WHERE anonymised_at IS NULL AND email_canonical = $1 AND ($3::uuid IS NULL OR id = $3::uuid)
  FOR UPDATE
), erased AS (
  UPDATE signatures s SET full_name = '', email = '', email_canonical = 'erased:' || s.id, email_key = $2, email_domain = '',
    city = NULL, postcode = NULL, comment = NULL, ip_hash = NULL, show_name = false, share_with_target = false, keep_informed = false,
    status = CASE WHEN s.status IN ('pending', 'confirmed') THEN 'withdrawn' ELSE s.status END,
    withdrawn_at = CASE WHEN s.status IN ('pending', 'confirmed') THEN now() ELSE s.withdrawn_at END,
    anonymised_at = now()
  FROM target t WHERE s.id = t.id
  RETURNING s.id, s.petition_id, t.status::text AS was, s.held
), unsent AS (
  DELETE FROM update_deliveries d USING erased e
  WHERE d.signature_id = e.id AND d.claimed_at IS NULL AND d.sent_at IS NULL AND d.failed_at IS NULL
), delivery_errors AS (
  UPDATE update_deliveries d SET last_error = NULL FROM erased e
  WHERE d.signature_id = e.id AND d.last_error IS NOT NULL AND NOT (d.claimed_at IS NULL AND d.sent_at IS NULL AND d.failed_at IS NULL)
), mail AS (
  DELETE FROM jobs j USING erased e
  WHERE j.done_at IS NULL AND ${isConfirmationJobOf('signature', 'j', 'e.id::text')}
)
SELECT id::text AS id, petition_id::text AS petition_id, was, held FROM erased`

const NOTIFY_SQL = `SELECT count(*)::int AS n FROM (SELECT pg_notify($1, 'petitions:' || id) FROM unnest($2::text[]) AS id) notified`

export type Erasure = {
  /** Signatures erased now (already erased ones are not counted again). */
  signatures: number
  /** Of those, how many counted toward a total until now (each total dropped by that many). */
  counted: number
  petitionIds: string[]
  /** The status each erased signature had before. */
  was: string[]
}

/** Erases every signature of this canonical email not yet erased, or only `onlyId` among them. */
export async function eraseSignatures(sql: Sql, canonicalEmail: string, onlyId: string | null = null): Promise<Erasure> {
  const rows = await sql<{ id: string; petition_id: string; was: string; held: boolean }>(ERASE_SQL, [canonicalEmail, emailKeyOf(canonicalEmail), onlyId])
  const petitionIds = [...new Set(rows.map((r) => r.petition_id))]
  if (petitionIds.length) await sql(NOTIFY_SQL, [CONTENT_CHANNEL, petitionIds])
  return {
    signatures: rows.length,
    counted: rows.filter((r) => r.was === 'confirmed' && !r.held).length,
    petitionIds,
    was: rows.map((r) => r.was),
  }
}

/** What is erased by deleting the entries outright, unlike a signature, whose row must stay. */
export type DeletedKind = Exclude<OptInKind, 'signature'>

/**
 * Erases a person's supporter entries, solidarity messages or registered protests: deleted
 * outright with their confirmation emails (the tables' triggers refresh any page that showed
 * them). The number deleted.
 */
export async function eraseOptInEntries(sql: Sql, kind: DeletedKind, canonicalEmail: string): Promise<number> {
  const rows = await sql<{ n: number }>(
    `WITH gone AS (DELETE FROM ${OPT_IN[kind].table} WHERE email_canonical = $1 RETURNING id::text),
     mail AS (DELETE FROM jobs j USING gone WHERE ${isConfirmationJobOf(kind, 'j', 'gone.id')})
     SELECT count(*)::int AS n FROM gone`,
    [canonicalEmail],
  )
  return rows[0]?.n ?? 0
}
