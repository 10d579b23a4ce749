import { pool } from '@/lib/db/pool'
import type { JobHandler } from '@/lib/jobs/handlers'
import { completeJobs, failJob } from '@/lib/jobs/queue'
import { eventConfirmUrl } from '@/lib/action-days/confirm'
import { formatLocalStart } from '@/lib/action-days/time-zone'
import { escapeHtml } from '@/lib/mail/escape-html'
import { sendMail, type Message } from '@/lib/mail/transport'
import { countryName } from '@/lib/petitions/countries'
import { site } from '@/lib/site'

// Sends the organiser of a newly registered protest the link that confirms it. Queued by
// register.ts in the statement that stores the protest. Like signatures' confirmations, through
// the outbox when no SMTP server is set (the worker logs the link then).

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
  const link = eventConfirmUrl(row.id)
  const when = formatLocalStart(row.starts_at, row.time_zone)
  const where = `${row.place}, ${row.city}, ${countryName(row.country)}`
  const text = `Hello ${row.organiser_name},

thank you for registering a protest for "${row.title}":
${when.date}, ${when.time} (${when.zoneLabel})
${where}

Please confirm it by opening this link (it works for 7 days):
${link}

A moderator then looks at it before it appears on the site. Your email address is never shown.
If you did not register this protest, ignore this email and it will not be published.

To have your details erased, write to ${site.contactEmail}.
`
  const html = `<p>Hello ${escapeHtml(row.organiser_name)},</p>
<p>thank you for registering a protest for “${escapeHtml(row.title)}”:<br>${escapeHtml(`${when.date}, ${when.time} (${when.zoneLabel})`)}<br>${escapeHtml(where)}</p>
<p><a href="${link}" style="display:inline-block;padding:12px 18px;background:#7f1d1d;color:#fff;text-decoration:none;border-radius:6px;font-weight:bold">Confirm the protest</a></p>
<p>Or copy this address into your browser (it works for 7 days):<br>${link}</p>
<p>A moderator then looks at it before it appears on the site. Your email address is never shown. If you did not register this protest, ignore this email and it will not be published.</p>
<p style="color:#555">To have your details erased, write to ${escapeHtml(site.contactEmail)}.</p>`
  return { to: row.email, subject: `Please confirm your protest: ${row.title}`, text, html, headers: { 'X-Placard-Action-Event': row.id } }
}

export const sendEventConfirmations: JobHandler = async (jobs, log) => {
  const ids = jobs.map((j) => String(j.payload.eventId))
  const { rows } = await pool().query<Row>(
    `SELECT e.id, e.email, e.organiser_name, e.status, e.city, e.country, e.place, e.starts_at, e.time_zone, d.title
     FROM action_events e JOIN action_days d ON d.id = e.action_day_id WHERE e.id = ANY($1::uuid[])`,
    [ids],
  )
  const byId = new Map(rows.map((r) => [r.id, r]))
  const done: string[] = []
  for (const job of jobs) {
    const row = byId.get(String(job.payload.eventId))
    if (!row || row.status !== 'pending') {
      done.push(job.id)
      continue
    }
    try {
      const via = await sendMail(eventConfirmationEmail(row))
      if (via === 'outbox') log(`protest confirmation email written to the outbox; link: ${eventConfirmUrl(row.id)}`)
      done.push(job.id)
    } catch (error) {
      log(`sending the confirmation for protest ${row.id} failed (attempt ${job.attempts}): ${(error as Error).message}`)
      await failJob(job, error)
    }
  }
  await completeJobs(done)
}
