import { z } from 'zod'
import { passwordLinkEmail } from '@/lib/auth/password-link-email'
import { pool } from '@/lib/db/pool'
import type { Role } from '@/lib/generated/prisma/enums'
import type { JobHandler } from '@/lib/jobs/handlers'
import { failJob, type Job } from '@/lib/jobs/queue'
import { sendMail } from '@/lib/mail/transport'

// Sends invitation and reset emails. The job is queued in the transaction that creates the
// link (lib/auth/password-links.ts); since only a hash of the token is kept in the database,
// the job's payload must carry the link itself, and it is removed as soon as the job is over.

export const PASSWORD_LINK_JOB = 'password-link-email'

const payloadSchema = z.object({ tokenId: z.uuid(), link: z.url(), requestedBy: z.string().max(200) })

type Row = { purpose: string; expires_at: Date; used_at: Date | null; name: string; email: string; role: Role; disabled_at: Date | null }

/** Marks the job done and forgets the link it carried. */
async function finish(job: Job) {
  await pool().query(`UPDATE jobs SET payload = payload - 'link', done_at = now(), locked_at = NULL WHERE id = $1`, [job.id])
}

export const sendPasswordLinkEmails: JobHandler = async (jobs, log) => {
  for (const job of jobs) {
    const payload = payloadSchema.safeParse(job.payload)
    if (!payload.success) {
      await finish(job)
      log(`password link job ${job.id} has an unreadable payload; skipped`)
      continue
    }
    const { rows } = await pool().query<Row>(
      `SELECT t.purpose, t.expires_at, t.used_at, u.name, u.email, u.role, u.disabled_at
       FROM password_tokens t JOIN users u ON u.id = t.user_id WHERE t.id = $1`,
      [payload.data.tokenId],
    )
    const row = rows[0]
    // Replaced by a newer link, used, expired or the account disabled meanwhile: nothing to send.
    if (!row || row.used_at || row.disabled_at || row.expires_at.getTime() <= Date.now()) {
      await finish(job)
      continue
    }
    try {
      const purpose = row.purpose === 'invite' ? 'invite' : 'reset'
      const via = await sendMail(
        passwordLinkEmail({
          to: row.email,
          name: row.name,
          purpose,
          role: row.role,
          link: payload.data.link,
          expiresAt: row.expires_at,
          requestedBy: payload.data.requestedBy,
        }),
      )
      // Without SMTP the link is logged, so an admin working offline can pass it on by hand.
      if (via === 'outbox')
        log(`${purpose === 'invite' ? 'invitation' : 'password reset'} email for ${row.email} written to the outbox; link: ${payload.data.link}`)
      await finish(job)
    } catch (error) {
      log(`sending the password link to ${row.email} failed (attempt ${job.attempts}): ${(error as Error).message}`)
      if (await failJob(job, error)) await pool().query(`UPDATE jobs SET payload = payload - 'link' WHERE id = $1`, [job.id])
    }
  }
}
