import { pool } from '@/lib/db/pool'
import { queueConfirmationSql } from '@/lib/opt-in/kinds'
import { canonicalEmail, emailDomain } from '@/lib/signatures/canonical-email'
import type { HoldRules } from '@/lib/validation/hold-rules'

// Records one protest registered for a day of action, and queues its confirmation email in the
// same statement. The anti-abuse baseline is signing's: a proof-of-work solution works once
// (unique index), registrations from one address (a keyed hash of the IP) beyond the admin's
// burst limit are marked for the moderator, and one mailbox, however spelled (canonical email),
// registers at most MAX_PER_ORGANISER protests per day and never the same one twice.

export const MAX_PER_ORGANISER = 5

export type EventHoldReason = 'honeypot' | 'too-fast' | 'no-proof-of-work' | 'ip-burst'

export type RegisterInput = {
  dayId: string
  fields: { city: string; country: string; place: string; organiserName: string; description: string; email: string }
  startsAt: Date
  timeZone: string
  ipHash: string | null
  proof: { signature: string } | null
  holdReasons: EventHoldReason[]
  rules: Pick<HoldRules, 'ipBurstLimit' | 'burstWindowMinutes'>
}

export type RegisterOutcome = { kind: 'registered'; eventId: string } | { kind: 'duplicate' } | { kind: 'too-many' } | { kind: 'proof-reused' }

const REGISTER_SQL = `
WITH bursts AS (
  SELECT
    (SELECT count(*) FROM (SELECT 1 FROM action_events WHERE $2::text IS NOT NULL AND ip_hash = $2
       AND created_at > now() - make_interval(mins => $3::int) LIMIT $4::int) s) AS ip_recent,
    (SELECT count(*) FROM action_events WHERE action_day_id = $1 AND email_canonical = $5) AS mine,
    EXISTS (SELECT 1 FROM action_events WHERE action_day_id = $1 AND email_canonical = $5
       AND lower(city) = lower($7) AND starts_at = $10) AS duplicate
), ins AS (
  INSERT INTO action_events (id, action_day_id, city, country, place, starts_at, time_zone, organiser_name, description,
    email, email_canonical, email_domain, hold_reasons, ip_hash, proof_signature)
  SELECT gen_random_uuid(), $1, $7, $8, $9, $10, $11, $12, $13, $14, $5, $15,
    $6::text[] || CASE WHEN ip_recent >= $4::int THEN ARRAY['ip-burst'] ELSE ARRAY[]::text[] END, $2, $16
  FROM bursts WHERE mine < $17 AND NOT duplicate
  ON CONFLICT DO NOTHING
  RETURNING id
), job AS (
  ${queueConfirmationSql('event', 'ins')}
)
SELECT (SELECT id FROM ins) AS event_id, (SELECT mine FROM bursts)::int AS mine, (SELECT duplicate FROM bursts) AS duplicate`

export async function registerEvent(input: RegisterInput): Promise<RegisterOutcome> {
  const { fields } = input
  const { rows } = await pool().query<{ event_id: string | null; mine: number; duplicate: boolean }>(REGISTER_SQL, [
    input.dayId,
    input.ipHash,
    input.rules.burstWindowMinutes,
    input.rules.ipBurstLimit,
    canonicalEmail(fields.email),
    input.holdReasons,
    fields.city,
    fields.country,
    fields.place,
    input.startsAt,
    input.timeZone,
    fields.organiserName,
    fields.description,
    fields.email,
    emailDomain(fields.email),
    input.proof?.signature ?? null,
    MAX_PER_ORGANISER,
  ])
  const row = rows[0]!
  if (row.event_id) return { kind: 'registered', eventId: row.event_id }
  if (row.duplicate) return { kind: 'duplicate' }
  if (row.mine >= MAX_PER_ORGANISER) return { kind: 'too-many' }
  return { kind: 'proof-reused' }
}
