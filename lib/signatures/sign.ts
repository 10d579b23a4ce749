import { pool } from '@/lib/db/pool'
import { queueConfirmationSql } from '@/lib/opt-in/kinds'
import { emailKeyOf } from '@/lib/privacy/email-key'
import { canonicalEmail, emailDomain, FREE_MAIL_DOMAINS } from '@/lib/signatures/canonical-email'
import type { HoldRules } from '@/lib/validation/hold-rules'
import type { SignatureFields } from '@/lib/validation/signature'

// Records one signature in a single SQL statement (one round trip, one transaction): burst
// counts are read, the signature is inserted unless this person already signed or its
// proof-of-work was used before (both unique indexes), or withdrew or erased their signature
// (only a keyed hash of the address is left: email_key), and its confirmation email is queued.
// Nothing here touches a shared counter, so a storm of signers never queues on one row.
// The burst limits and their window are an admin's settings (lib/signatures/hold-rules.ts),
// passed in as parameters from memory: no extra round trip per signature.

export type HoldReason = 'honeypot' | 'too-fast' | 'no-proof-of-work' | 'ip-burst' | 'domain-burst'

export type SignInput = {
  petitionSlug: string
  fields: SignatureFields
  ipHash: string | null
  /** Proof-of-work already verified by the caller; null when the form came without one. */
  proof: { signature: string } | null
  holdReasons: HoldReason[]
  rules: Pick<HoldRules, 'ipBurstLimit' | 'domainBurstLimit' | 'burstWindowMinutes'>
}

export type SignOutcome =
  | { kind: 'accepted'; signatureId: string }
  | { kind: 'already-signed' }
  | { kind: 'unknown-petition' }
  | { kind: 'closed'; status: string; deadline: Date | null }
  | { kind: 'proof-reused' }

const SIGN_SQL = `
WITH p AS (
  SELECT id, status, deadline, (status = 'open' AND (deadline IS NULL OR deadline > now())) AS accepting
  FROM petitions WHERE slug = $1 AND status <> 'draft'
), bursts AS (
  -- Counted only up to the limit: a big meeting's thousandth signer costs no more than its sixth.
  SELECT
    (SELECT count(*) FROM (SELECT 1 FROM signatures WHERE $3::text IS NOT NULL AND ip_hash = $3
       AND created_at > now() - make_interval(mins => $17::int) LIMIT $18::int) s) AS ip_recent,
    (SELECT count(*) FROM (SELECT 1 FROM signatures WHERE $4::boolean AND email_domain = $5
       AND created_at > now() - make_interval(mins => $17::int) LIMIT $19::int) s) AS domain_recent
), reasons AS (
  SELECT $6::text[]
    || CASE WHEN ip_recent >= $18::int THEN ARRAY['ip-burst'] ELSE ARRAY[]::text[] END
    || CASE WHEN domain_recent >= $19::int THEN ARRAY['domain-burst'] ELSE ARRAY[]::text[] END AS list
  FROM bursts
), ins AS (
  INSERT INTO signatures (id, petition_id, full_name, email, email_canonical, email_domain, country, city, postcode,
    comment, show_name, keep_informed, consent_version, consented_at, held, hold_reasons, ip_hash, proof_signature, share_with_target)
  SELECT gen_random_uuid(), p.id, $7, $8, $9, $5, $10, $11, $12, $13, $14, $15, $16, now(),
    cardinality(reasons.list) > 0, reasons.list, $3, $2, $20
  FROM p, reasons
  -- An address whose signature here was withdrawn or erased keeps only its keyed hash (email_key).
  WHERE p.accepting AND NOT EXISTS (SELECT 1 FROM signatures e WHERE e.email_key = $21 AND e.petition_id = p.id)
  ON CONFLICT DO NOTHING
  RETURNING id
), job AS (
  ${queueConfirmationSql('signature', 'ins')}
)
SELECT (SELECT status FROM p) AS status, (SELECT deadline FROM p) AS deadline, (SELECT accepting FROM p) AS accepting,
       (SELECT id FROM ins) AS signature_id`

// Only when the insert hit a unique index: was it this person's earlier signature, or a proof
// that was already used? Asked in a new statement, so it sees a concurrent signer's commit.
const CONFLICT_SQL = `
SELECT EXISTS (SELECT 1 FROM signatures s JOIN petitions p ON p.id = s.petition_id
  WHERE p.slug = $1 AND (s.email_canonical = $2 OR s.email_key = $3)) AS signed`

type Row = { status: string | null; deadline: Date | null; accepting: boolean | null; signature_id: string | null }

export async function signPetition(input: SignInput): Promise<SignOutcome> {
  const { fields } = input
  const domain = emailDomain(fields.email)
  const canonical = canonicalEmail(fields.email)
  const key = emailKeyOf(canonical)
  // A named statement is planned once per connection, not on every signature.
  const { rows } = await pool().query<Row>({
    name: 'sign-petition',
    text: SIGN_SQL,
    values: [
      input.petitionSlug,
      input.proof?.signature ?? null,
      input.ipHash,
      !FREE_MAIL_DOMAINS.has(domain),
      domain,
      input.holdReasons,
      fields.fullName,
      fields.email,
      canonical,
      fields.country,
      fields.city ?? null,
      fields.postcode ?? null,
      fields.comment ?? null,
      fields.showName,
      fields.keepInformed,
      fields.consentVersion,
      input.rules.burstWindowMinutes,
      input.rules.ipBurstLimit,
      input.rules.domainBurstLimit,
      fields.shareWithTarget,
      key,
    ],
  })
  const row = rows[0]!
  if (row.status === null) return { kind: 'unknown-petition' }
  if (!row.accepting) return { kind: 'closed', status: row.status, deadline: row.deadline }
  if (row.signature_id) return { kind: 'accepted', signatureId: row.signature_id }
  const conflict = await pool().query<{ signed: boolean }>({ name: 'sign-conflict', text: CONFLICT_SQL, values: [input.petitionSlug, canonical, key] })
  return conflict.rows[0]?.signed ? { kind: 'already-signed' } : { kind: 'proof-reused' }
}
