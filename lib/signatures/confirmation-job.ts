import { pool } from '@/lib/db/pool'
import type { JobHandler } from '@/lib/jobs/handlers'
import { completeJobs, failJob } from '@/lib/jobs/queue'
import { confirmationEmail, confirmationLinks } from '@/lib/mail/confirmation-email'
import { outboxDir, sendMail } from '@/lib/mail/transport'

// Sends the double opt-in email for each new signature. Queued by sign.ts, in the statement that
// writes the signature, and by confirm.ts when a signer asks for the email again.

export const CONFIRMATION_JOB = 'signature-confirmation'

export const sendConfirmations: JobHandler = async (jobs, log) => {
  const ids = jobs.map((j) => String(j.payload.signatureId))
  const { rows } = await pool().query<{ id: string; email: string; full_name: string; status: string; title: string; slug: string }>(
    `SELECT s.id, s.email, s.full_name, s.status, p.title, p.slug
     FROM signatures s JOIN petitions p ON p.id = s.petition_id WHERE s.id = ANY($1::uuid[])`,
    [ids],
  )
  const byId = new Map(rows.map((r) => [r.id, r]))
  const done: string[] = []
  const outboxLinks: string[] = []
  await Promise.all(
    jobs.map(async (job) => {
      const row = byId.get(String(job.payload.signatureId))
      // Confirmed, withdrawn or deleted meanwhile: nothing to send.
      if (!row || row.status !== 'pending') return done.push(job.id)
      try {
        const via = await sendMail(
          confirmationEmail({ signatureId: row.id, email: row.email, fullName: row.full_name, petitionTitle: row.title, petitionSlug: row.slug }),
        )
        if (via === 'outbox') outboxLinks.push(confirmationLinks(row.id).confirm)
        done.push(job.id)
      } catch (error) {
        log(`sending the confirmation for signature ${row.id} failed (attempt ${job.attempts}): ${(error as Error).message}`)
        await failJob(job, error)
      }
    }),
  )
  await completeJobs(done)
  // Without SMTP the links are logged so the flow works offline; in a burst, just the tally.
  if (outboxLinks.length > 0 && outboxLinks.length <= 5) for (const link of outboxLinks) log(`confirmation email written to the outbox; link: ${link}`)
  else if (outboxLinks.length > 5) log(`${outboxLinks.length} confirmation emails written to the outbox (${outboxDir()})`)
}
