import { pool } from '@/lib/db/pool'
import type { HoldRules } from '@/lib/validation/hold-rules'

// Records one "I sent it" in a single SQL statement, as signing does (lib/signatures/sign.ts):
// the burst count for the presser's address hash is read, the press is inserted unless its
// proof-of-work was used before (a unique index), and a trigger adds one to a random one of
// 16 tally rows: no presser ever waits on a shared counter row. A press stores the keyed hash
// of the address (cleared by the retention job) and the proof; and, only when the supporter
// ticked "Show my name publicly", the name and town they typed, written by the same statement
// (so a crash keeps both or neither) and shown once a moderator approves it.

export type SentHoldReason = 'honeypot' | 'too-fast' | 'no-proof-of-work' | 'ip-burst'

export type SentInput = {
  letterSlug: string
  ipHash: string | null
  proof: { signature: string } | null
  holdReasons: SentHoldReason[]
  rules: Pick<HoldRules, 'ipBurstLimit' | 'burstWindowMinutes'>
  /** "Show my name publicly": waits for a moderator. */
  publicName?: { name: string; place: string | null } | null
}

export type SentOutcome = { kind: 'counted'; count: number } | { kind: 'unknown-letter' } | { kind: 'closed' } | { kind: 'proof-reused' }

const SENT_SQL = `
WITH l AS (
  SELECT id, status = 'open' AS accepting FROM letter_actions WHERE slug = $1 AND status <> 'draft'
), burst AS (
  SELECT count(*) AS recent FROM (SELECT 1 FROM letter_sends WHERE $3::text IS NOT NULL AND ip_hash = $3
    AND created_at > now() - make_interval(mins => $5::int) LIMIT $6::int) s
), reasons AS (
  SELECT $4::text[] || CASE WHEN recent >= $6::int THEN ARRAY['ip-burst'] ELSE ARRAY[]::text[] END AS list FROM burst
), ins AS (
  INSERT INTO letter_sends (id, letter_id, held, hold_reasons, ip_hash, proof_signature)
  SELECT gen_random_uuid(), l.id, cardinality(reasons.list) > 0, reasons.list, $3, $2
  FROM l, reasons WHERE l.accepting
  ON CONFLICT DO NOTHING
  RETURNING id, letter_id, held
), named AS (
  INSERT INTO letter_sender_names (send_id, letter_id, name, place)
  SELECT id, letter_id, $7, $8 FROM ins WHERE $7::text IS NOT NULL
)
SELECT (SELECT accepting FROM l) AS accepting, (SELECT held FROM ins) AS held,
  -- The trigger's +1 is not yet visible to this statement: the presser's own press is added here.
  (SELECT coalesce(sum(count), 0)::int FROM letter_tallies WHERE letter_id = (SELECT id FROM l)) AS count`

type Row = { accepting: boolean | null; held: boolean | null; count: number }

export async function recordLetterSent(input: SentInput): Promise<SentOutcome> {
  const { rows } = await pool().query<Row>({
    name: 'letter-sent',
    text: SENT_SQL,
    values: [
      input.letterSlug,
      input.proof?.signature ?? null,
      input.ipHash,
      input.holdReasons,
      input.rules.burstWindowMinutes,
      input.rules.ipBurstLimit,
      input.publicName?.name ?? null,
      input.publicName?.place ?? null,
    ],
  })
  const row = rows[0]!
  if (row.accepting === null) return { kind: 'unknown-letter' }
  if (!row.accepting) return { kind: 'closed' }
  if (row.held === null) return { kind: 'proof-reused' }
  // A held press gets the same answer as any other (it counts once a moderator releases it).
  return { kind: 'counted', count: row.count + 1 }
}

/** The burst rule looks back at most a day; after two, a press keeps no trace of its sender. The worker runs this hourly. */
export async function forgetOldLetterAddresses(now = new Date()): Promise<number> {
  const { rowCount } = await pool().query(
    `UPDATE letter_sends SET ip_hash = NULL WHERE ip_hash IS NOT NULL AND created_at < $1::timestamptz - interval '2 days'`,
    [now],
  )
  return rowCount ?? 0
}
