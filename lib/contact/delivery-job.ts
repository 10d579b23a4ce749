import { pool } from '@/lib/db/pool'
import type { JobHandler } from '@/lib/jobs/handlers'
import { completeJobs, failJob } from '@/lib/jobs/queue'
import { parseEnv } from '@/lib/env'
import { escapeHtml } from '@/lib/mail/escape-html'
import { sendMail, type Message } from '@/lib/mail/transport'
import { absoluteUrl } from '@/lib/site'
import { CONTACT_TOPICS, type ContactTopic } from '@/lib/contact/topics'

// Forwards each contact message to the campaign's own address (CONTACT_EMAIL), with the sender
// as Reply-To so "Reply" in the campaign's mail program answers them. Queued by
// lib/contact/receive.ts with the message, or by a moderator releasing a held one.

export const CONTACT_DELIVERY_JOB = 'contact-delivery'

type Row = { id: string; topic: string; name: string; email: string; message: string; may_publish: boolean; created_at: Date }

export function forwardedMessage(row: Row): Message {
  const topic = CONTACT_TOPICS[row.topic as ContactTopic] ?? row.topic
  const admin = absoluteUrl(`/admin/messages/${row.id}`)
  const consent = row.may_publish ? '\nThe sender agreed that this message may be published on the site with their name.\n' : ''
  const text = `${topic} from ${row.name} <${row.email}>, sent through the contact form:

${row.message}
${consent}
Answer with "Reply": it goes to ${row.email}. In the admin area: ${admin}
`
  const html = `<p><strong>${escapeHtml(topic)}</strong> from ${escapeHtml(row.name)} &lt;${escapeHtml(row.email)}&gt;, sent through the contact form:</p>
<blockquote style="white-space:pre-wrap;border-left:3px solid #ccc;margin:0;padding-left:12px">${escapeHtml(row.message)}</blockquote>
${row.may_publish ? '<p>The sender agreed that this message may be published on the site with their name.</p>' : ''}
<p style="color:#555">Answer with “Reply”: it goes to ${escapeHtml(row.email)}. <a href="${admin}">Open it in the admin area</a>.</p>`
  return {
    to: parseEnv().CONTACT_EMAIL,
    subject: `[${topic}] ${row.name}`,
    text,
    html,
    headers: { 'Reply-To': row.email, 'X-Placard-Contact': row.id },
  }
}

export const forwardContactMessages: JobHandler = async (jobs, log) => {
  const ids = jobs.map((j) => String(j.payload.messageId))
  const { rows } = await pool().query<Row>(
    `SELECT id, topic, name, email, message, may_publish, created_at FROM contact_messages WHERE id = ANY($1::uuid[]) AND forwarded_at IS NULL`,
    [ids],
  )
  const byId = new Map(rows.map((r) => [r.id, r]))
  const done: string[] = []
  for (const job of jobs) {
    const row = byId.get(String(job.payload.messageId))
    // Erased, deleted or already forwarded meanwhile: nothing to send.
    if (!row) {
      done.push(job.id)
      continue
    }
    try {
      await sendMail(forwardedMessage(row))
      await pool().query('UPDATE contact_messages SET forwarded_at = now() WHERE id = $1', [row.id])
      done.push(job.id)
    } catch (error) {
      log(`forwarding contact message ${row.id} failed (attempt ${job.attempts}): ${(error as Error).message}`)
      await failJob(job, error)
    }
  }
  await completeJobs(done)
}
