import { pool } from '@/lib/db/pool'
import { isExpired, makeToken, readToken } from '@/lib/signatures/links'
import { absoluteUrl } from '@/lib/site'

// The organiser's double opt-in: the link in the confirmation email moves the protest from
// pending to confirmed, which puts it in the moderators' queue. Same signed, expiring links as
// signatures (lib/signatures/links.ts), made for this purpose only.

export type EventLinkOutcome = { kind: 'confirmed' | 'already-confirmed' | 'expired'; daySlug: string } | { kind: 'invalid-link' }

export function eventConfirmUrl(eventId: string): string {
  return absoluteUrl(`/action-events/confirm?token=${makeToken('event-confirm-link', eventId)}`)
}

export async function confirmEvent(token: string): Promise<EventLinkOutcome> {
  const link = readToken('event-confirm-link', token)
  if (!link) return { kind: 'invalid-link' }
  const expired = isExpired(link.issuedAt)
  const { rows } = await pool().query<{ slug: string; status: string; changed: boolean }>(
    `WITH done AS (
       UPDATE action_events SET status = 'confirmed', confirmed_at = now()
       WHERE id = $1 AND status = 'pending' AND NOT $2::boolean
       RETURNING id)
     SELECT d.slug, e.status, EXISTS (SELECT 1 FROM done) AS changed
     FROM action_events e JOIN action_days d ON d.id = e.action_day_id WHERE e.id = $1`,
    [link.id, expired],
  )
  const row = rows[0]
  if (!row) return { kind: 'invalid-link' }
  if (row.changed) return { kind: 'confirmed', daySlug: row.slug }
  if (row.status === 'pending' && expired) return { kind: 'expired', daySlug: row.slug }
  if (row.status !== 'pending') return { kind: 'already-confirmed', daySlug: row.slug }
  return { kind: 'invalid-link' }
}
