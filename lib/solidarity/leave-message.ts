import { pool } from '@/lib/db/pool'
import { queueConfirmationSql } from '@/lib/opt-in/kinds'
import type { SaveMeta, SaveOutcome } from '@/lib/public-forms/submission'
import { canonicalEmail } from '@/lib/signatures/canonical-email'
import type { SolidarityMessageFields } from '@/lib/validation/solidarity-message'

// Stores a solidarity message under a published post and queues its confirmation email, in one
// statement. One message per address per post (a unique index).

const LEAVE_SQL = `
WITH p AS (SELECT id FROM posts WHERE slug = $1 AND status = 'published'),
ins AS (
  INSERT INTO solidarity_messages (id, post_id, name, place, message, email, email_canonical, flags, ip_hash, proof_signature)
  SELECT gen_random_uuid(), p.id, $2, $3, $4, $5, $6, $7, $8, $9 FROM p
  ON CONFLICT DO NOTHING RETURNING id
), job AS (
  ${queueConfirmationSql('message', 'ins')}
)
SELECT (SELECT id FROM p) AS post_id, (SELECT id FROM ins) AS id,
  EXISTS (SELECT 1 FROM solidarity_messages m, p WHERE m.post_id = p.id AND m.email_canonical = $6) AS left_before`

export async function leaveMessage(postSlug: string, fields: SolidarityMessageFields, meta: SaveMeta): Promise<SaveOutcome> {
  const { rows } = await pool().query<{ post_id: string | null; id: string | null; left_before: boolean }>(LEAVE_SQL, [
    postSlug,
    fields.name,
    fields.place ?? null,
    fields.message,
    fields.email,
    canonicalEmail(fields.email),
    meta.flags,
    meta.ipHash,
    meta.proofSignature,
  ])
  const row = rows[0]
  if (!row?.post_id) return 'not-found'
  if (row.id) return 'accepted'
  return row.left_before ? 'already' : 'proof-reused'
}
