import { pool } from '@/lib/db/pool'
import { queueConfirmationSql } from '@/lib/opt-in/kinds'
import type { SaveMeta, SaveOutcome } from '@/lib/public-forms/submission'
import { canonicalEmail } from '@/lib/signatures/canonical-email'
import type { SupporterFields } from '@/lib/validation/supporter'

// Adds a supporter's entry and queues its confirmation email in one statement. One canonical
// address is one entry (a unique index): a second form with the same address changes nothing.

const JOIN_SQL = `
WITH ins AS (
  INSERT INTO supporters (id, name, organisation, position, country, type, statement, email, email_canonical, show_publicly, flags, ip_hash, proof_signature)
  VALUES (gen_random_uuid(), $1, $2, $3, $4, $5::"SupporterType", $6, $7, $8, $9, $10, $11, $12)
  ON CONFLICT DO NOTHING RETURNING id
), job AS (
  ${queueConfirmationSql('supporter', 'ins')}
)
SELECT (SELECT id FROM ins) AS id, EXISTS (SELECT 1 FROM supporters WHERE email_canonical = $8) AS listed`

export async function joinSupporters(fields: SupporterFields, meta: SaveMeta): Promise<SaveOutcome> {
  const { rows } = await pool().query<{ id: string | null; listed: boolean }>(JOIN_SQL, [
    fields.name,
    fields.organisation ?? null,
    fields.position ?? null,
    fields.country,
    fields.type,
    fields.statement ?? null,
    fields.email,
    canonicalEmail(fields.email),
    fields.showPublicly,
    meta.flags,
    meta.ipHash,
    meta.proofSignature,
  ])
  if (rows[0]?.id) return 'accepted'
  return rows[0]?.listed ? 'already' : 'proof-reused'
}
