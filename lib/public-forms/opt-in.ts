import { pool } from '@/lib/db/pool'
import type { JobHandler } from '@/lib/jobs/handlers'
import { completeJobs, failJob } from '@/lib/jobs/queue'
import { escapeHtml } from '@/lib/mail/escape-html'
import { sendMail } from '@/lib/mail/transport'
import { eraseLinkUrl } from '@/lib/privacy/erase-link-url'
import { isExpired, makeToken, readToken } from '@/lib/signatures/links'
import { absoluteUrl, paths } from '@/lib/site'

// Double opt-in for the entries people leave besides signatures: a supporter's entry and a
// solidarity message. The entry is written with its confirmation job in one statement (see
// lib/supporters/join.ts, lib/solidarity/leave-message.ts); the worker mails the link; opening it
// confirms the address, and the entry waits for a moderator. Links carry the entry's id and an
// HMAC, like signature links (lib/signatures/links.ts), with a purpose of their own.

export const OPT_IN = {
  supporter: {
    table: 'supporters',
    job: 'supporter-confirmation',
    purpose: 'supporter-confirm-link',
    confirmPath: '/supporters/confirm',
    subject: () => 'Please confirm your name on the list of supporters',
    what: () => 'adding your name to the campaign’s list of sponsors and supporters',
    done: (outcome: string) => `/supporters/done/${outcome}`,
  },
  message: {
    table: 'solidarity_messages',
    job: 'message-confirmation',
    purpose: 'message-confirm-link',
    confirmPath: '/messages/confirm',
    subject: (title: string) => `Please confirm your message: ${title}`,
    what: (title: string) => `your message of solidarity under “${title}”`,
    done: (outcome: string, slug = '') => `${paths.post(slug)}/message/${outcome}`,
  },
} as const

export type OptInKind = keyof typeof OPT_IN

type Row = { id: string; email: string; name: string; status: string; title: string | null; slug: string | null }

/** The SQL that reads what an email needs; messages also name their post. */
const ROWS_SQL: Record<OptInKind, string> = {
  supporter: `SELECT id::text, email, name, status::text, NULL AS title, NULL AS slug FROM supporters WHERE id = ANY($1::uuid[])`,
  message: `SELECT m.id::text, m.email, m.name, m.status::text, p.title, p.slug FROM solidarity_messages m JOIN posts p ON p.id = m.post_id WHERE m.id = ANY($1::uuid[])`,
}

export function confirmLink(kind: OptInKind, id: string) {
  return absoluteUrl(`${OPT_IN[kind].confirmPath}?token=${makeToken(OPT_IN[kind].purpose, id)}`)
}

function confirmationEmail(kind: OptInKind, row: Row) {
  const link = confirmLink(kind, row.id)
  const erase = eraseLinkUrl(row.id)
  const what = OPT_IN[kind].what(row.title ?? '')
  const firstName = row.name.split(/\s+/)[0] ?? row.name
  const text = `Hello ${firstName},

thank you for ${what}.

Please confirm your email address by opening this link (it works for 7 days):
${link}

Nothing is shown until you confirm and a moderator has checked it. If this wasn't you, ignore
this email and nothing will be shown.

Erase everything this site holds about ${row.email}:
${erase}
`
  const html = `<p>Hello ${escapeHtml(firstName)},</p>
<p>thank you for ${escapeHtml(what)}.</p>
<p><a href="${link}" style="display:inline-block;padding:12px 18px;background:#7f1d1d;color:#fff;text-decoration:none;border-radius:6px;font-weight:bold">Confirm my email address</a></p>
<p>Or copy this address into your browser (it works for 7 days):<br>${link}</p>
<p>Nothing is shown until you confirm and a moderator has checked it. If this wasn’t you, ignore this email and nothing will be shown.</p>
<p style="color:#555"><a href="${erase}">Erase everything this site holds about ${escapeHtml(row.email)}</a></p>`
  return { to: row.email, subject: OPT_IN[kind].subject(row.title ?? ''), text, html }
}

function sender(kind: OptInKind): JobHandler {
  return async (jobs, log) => {
    const { rows } = await pool().query<Row>(ROWS_SQL[kind], [jobs.map((j) => String(j.payload.id))])
    const byId = new Map(rows.map((r) => [r.id, r]))
    const done: string[] = []
    for (const job of jobs) {
      const row = byId.get(String(job.payload.id))
      // Confirmed, removed or erased meanwhile: nothing to send.
      if (!row || row.status !== 'pending') {
        done.push(job.id)
        continue
      }
      try {
        if ((await sendMail(confirmationEmail(kind, row))) === 'outbox') log(`${kind} confirmation written to the outbox; link: ${confirmLink(kind, row.id)}`)
        done.push(job.id)
      } catch (error) {
        log(`sending the ${kind} confirmation for ${row.id} failed (attempt ${job.attempts}): ${(error as Error).message}`)
        await failJob(job, error)
      }
    }
    await completeJobs(done)
  }
}

export const optInJobHandlers: [string, JobHandler][] = (Object.keys(OPT_IN) as OptInKind[]).map((kind) => [OPT_IN[kind].job, sender(kind)])

export type ConfirmOutcome = 'confirmed' | 'already-confirmed' | 'expired' | 'invalid-link'

/** Opening the link: a pending entry becomes confirmed (and waits for a moderator); twice is harmless. */
export async function confirmOptIn(kind: OptInKind, token: string): Promise<{ outcome: ConfirmOutcome; slug: string | null }> {
  const link = readToken(OPT_IN[kind].purpose, token)
  if (!link) return { outcome: 'invalid-link', slug: null }
  const expired = isExpired(link.issuedAt)
  const table = OPT_IN[kind].table
  const slug = kind === 'message' ? `(SELECT p.slug FROM posts p WHERE p.id = t.post_id)` : 'NULL::text'
  const { rows } = await pool().query<{ status: string; changed: boolean; slug: string | null }>(
    `WITH done AS (
       UPDATE ${table} SET status = 'confirmed', confirmed_at = now() WHERE id = $1 AND status = 'pending' AND NOT $2::boolean RETURNING id)
     SELECT t.status::text, EXISTS (SELECT 1 FROM done) AS changed, ${slug} AS slug FROM ${table} t WHERE t.id = $1`,
    [link.id, expired],
  )
  const row = rows[0]
  if (!row) return { outcome: 'invalid-link', slug: null }
  if (row.changed) return { outcome: 'confirmed', slug: row.slug }
  if (row.status === 'pending' && expired) return { outcome: 'expired', slug: row.slug }
  return { outcome: 'already-confirmed', slug: row.slug }
}
