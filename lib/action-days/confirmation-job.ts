import { formatLocalStart } from '@/lib/action-days/time-zone'
import { escapeHtml } from '@/lib/mail/escape-html'
import type { Message } from '@/lib/mail/transport'
import { optInEmail } from '@/lib/opt-in/email'
import { optInJob } from '@/lib/opt-in/job'
import { countryName } from '@/lib/petitions/countries'

// Sends the organiser of a newly registered protest the link that confirms it (lib/opt-in/).
// Queued by register.ts in the statement that stores the protest.

type Row = {
  id: string
  email: string
  organiser_name: string
  status: string
  city: string
  country: string
  place: string
  starts_at: Date
  time_zone: string
  title: string
}

export function eventConfirmationEmail(row: Row): Message {
  const when = formatLocalStart(row.starts_at, row.time_zone)
  const at = `${when.date}, ${when.time} (${when.zoneLabel})`
  const where = `${row.place}, ${row.city}, ${countryName(row.country)}`
  return optInEmail({
    kind: 'event',
    id: row.id,
    to: row.email,
    subject: `Please confirm your protest: ${row.title}`,
    greet: row.organiser_name,
    thanks: {
      text: `registering a protest for "${row.title}":\n${at}\n${where}`,
      html: `registering a protest for “${escapeHtml(row.title)}”:<br>${escapeHtml(at)}<br>${escapeHtml(where)}`,
    },
    confirmWhat: 'it',
    button: 'Confirm the protest',
    after: [
      {
        text: 'A moderator then looks at it before it appears on the site. Your email address is never shown.\nIf you did not register this protest, ignore this email and it will not be published.',
        html: 'A moderator then looks at it before it appears on the site. Your email address is never shown. If you did not register this protest, ignore this email and it will not be published.',
      },
    ],
    headers: { 'X-Placard-Action-Event': row.id },
  })
}

export const eventConfirmations = optInJob<Row>(
  'event',
  'protest',
  `SELECT e.id, e.email, e.organiser_name, e.status, e.city, e.country, e.place, e.starts_at, e.time_zone, d.title
   FROM action_events e JOIN action_days d ON d.id = e.action_day_id WHERE e.id = ANY($1::uuid[])`,
  eventConfirmationEmail,
)
