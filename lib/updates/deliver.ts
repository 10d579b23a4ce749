import { pool } from '@/lib/db/pool'
import type { JobHandler, JobLog } from '@/lib/jobs/handlers'
import { failJob, type Job } from '@/lib/jobs/queue'
import { sendMail } from '@/lib/mail/transport'
import { updateEmail } from '@/lib/updates/email'
import { isRecipient } from '@/lib/updates/recipients'

// Mails an update to its recipients, in batches: one job sends up to BATCH messages, then queues
// the next job in the same statement that completes itself, until no recipient is left.
//
// Never twice to one person. Each recipient has one row in update_deliveries (primary key
// update + signature). A message goes out only after the row's claim (claimed_at, set from NULL
// by one UPDATE) has committed; it is then marked sent_at. A claim is given back only when the
// mail server definitely did not take the message (it answered with a refusal, or was never
// reached), so that row is tried again later. Any other way a send can end (the process dies
// between the server's "250 OK" and our commit, a connection that breaks mid-message) leaves
// the row claimed and unmarked: the next run marks it failed ("in doubt") and never sends it
// again. So each person gets at most one message, even across crashes and concurrent workers;
// at most PARALLEL people per crash may get none, and they are counted as failed.

export const UPDATE_JOB = 'petition-update'
const BATCH = 200
const PARALLEL = 4
const MAX_ATTEMPTS = 3
const RETRY_AFTER_SECONDS = 30

type Claimed = { signature_id: string; email: string }
type Outcome = 'sent' | 'retry' | 'failed'

export const sendUpdateBatches: JobHandler = async (jobs, log) => {
  for (const job of jobs) {
    try {
      await runBatch(job, log)
    } catch (error) {
      log(`sending update ${String(job.payload.updateId)} failed: ${(error as Error).message}`)
      if (await failJob(job, error)) await stopUpdate(String(job.payload.updateId), (error as Error).message)
    }
  }
}

/** The job queue gave up on this update: its screen says sending stopped, and why. */
export async function stopUpdate(updateId: string, reason: string) {
  await pool()
    .query(`UPDATE petition_updates SET state = 'stopped', stopped_reason = $2, finished_at = now() WHERE id = $1::uuid AND state = 'sending'`, [
      updateId,
      reason.slice(0, 500),
    ])
    .catch((error: unknown) => console.error('[placard] could not mark update %s stopped:', updateId, error))
}

async function runBatch(job: Job, log: JobLog) {
  const updateId = String(job.payload.updateId)
  const db = pool()
  // Jobs of one update run one after another, so a claim still open now was left by a run that died.
  const orphaned = await db.query(
    `UPDATE update_deliveries SET failed_at = now(), last_error = 'in doubt: the worker stopped while sending, so it is not sent again'
     WHERE update_id = $1 AND claimed_at IS NOT NULL AND sent_at IS NULL AND failed_at IS NULL`,
    [updateId],
  )
  if (orphaned.rowCount) log(`update ${updateId}: ${orphaned.rowCount} message(s) in doubt after a stopped worker, not sent again`)
  // Signers who unsubscribed, withdrew or were rejected since sending started are not mailed.
  await db.query(
    `DELETE FROM update_deliveries d USING signatures s
     WHERE d.update_id = $1 AND d.claimed_at IS NULL AND d.sent_at IS NULL AND d.failed_at IS NULL
       AND s.id = d.signature_id AND NOT (${isRecipient('s')})`,
    [updateId],
  )
  const { rows } = await db.query<{ subject: string; body_html: string; state: string; title: string; slug: string }>(
    `SELECT u.subject, u.body_html, u.state, p.title, p.slug FROM petition_updates u JOIN petitions p ON p.id = u.petition_id WHERE u.id = $1`,
    [updateId],
  )
  const update = rows[0]
  if (!update || update.state !== 'sending') return finish(job, updateId, 'none')

  let sent = 0
  let taken = 0
  let pause = false
  const lane = async () => {
    while (!pause && taken < BATCH) {
      taken++
      const recipient = await claimNext(updateId)
      if (!recipient) return
      const message = updateEmail({
        subject: update.subject,
        bodyHtml: update.body_html,
        petition: update,
        to: recipient.email,
        signatureId: recipient.signature_id,
      })
      const outcome = await sendMail(message).then(
        () => 'sent' as const,
        (error: unknown) => settleFailure(updateId, recipient, error),
      )
      if (outcome === 'sent') {
        sent++
        await db.query(`UPDATE update_deliveries SET sent_at = now(), failed_at = NULL, last_error = NULL WHERE update_id = $1 AND signature_id = $2`, [
          updateId,
          recipient.signature_id,
        ])
      } else if (outcome === 'retry') pause = true // the server is struggling: give it a rest
    }
  }
  // A lane that fails (the database went away) stops the others before the job is retried.
  const lanes = await Promise.allSettled(
    Array.from({ length: PARALLEL }, () =>
      lane().catch((error: unknown) => {
        pause = true
        throw error
      }),
    ),
  )
  const failure = lanes.find((l) => l.status === 'rejected')
  if (failure) throw failure.reason
  log(`update ${updateId}: ${sent} sent in this batch`)
  return finish(job, updateId, pause ? 'later' : 'now')
}

/** Claims one waiting recipient who still is one; the claim commits before anything is sent. */
async function claimNext(updateId: string): Promise<Claimed | null> {
  const { rows } = await pool().query<Claimed>(
    `UPDATE update_deliveries d SET claimed_at = now(), attempts = d.attempts + 1
     FROM signatures s
     WHERE d.update_id = $1 AND s.id = d.signature_id AND d.claimed_at IS NULL
       AND d.signature_id = (
         SELECT w.signature_id FROM update_deliveries w JOIN signatures r ON r.id = w.signature_id
         WHERE w.update_id = $1 AND w.claimed_at IS NULL AND w.sent_at IS NULL AND w.failed_at IS NULL AND ${isRecipient('r')}
         ORDER BY w.signature_id LIMIT 1 FOR UPDATE OF w SKIP LOCKED)
     RETURNING d.signature_id::text, s.email`,
    [updateId],
  )
  return rows[0] ?? null
}

/** A refusal the server stated, or a server never reached: the message certainly did not go. */
function certainlyNotSent(error: unknown) {
  const e = error as { responseCode?: unknown; command?: unknown; path?: unknown }
  return typeof e.responseCode === 'number' || e.command === 'CONN' || typeof e.path === 'string'
}

async function settleFailure(updateId: string, recipient: Claimed, error: unknown): Promise<Outcome> {
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 500)
  const permanent = typeof (error as { responseCode?: unknown }).responseCode === 'number' && (error as { responseCode: number }).responseCode >= 500
  const { rows } = await pool().query<{ retry: boolean }>(
    `UPDATE update_deliveries SET
       claimed_at = CASE WHEN $3 AND attempts < $4 THEN NULL ELSE claimed_at END,
       failed_at = CASE WHEN $3 AND attempts < $4 THEN NULL ELSE now() END,
       last_error = $5
     WHERE update_id = $1 AND signature_id = $2 RETURNING failed_at IS NULL AS retry`,
    [updateId, recipient.signature_id, certainlyNotSent(error) && !permanent, MAX_ATTEMPTS, certainlyNotSent(error) ? message : `in doubt: ${message}`],
  )
  return rows[0]?.retry ? 'retry' : 'failed'
}

/** Completes this job, in the same statement queueing the next batch or marking the update sent. */
async function finish(job: Job, updateId: string, next: 'now' | 'later' | 'none') {
  await pool().query(
    `WITH waiting AS (
       SELECT count(*) AS n FROM update_deliveries
       WHERE update_id = $2 AND sent_at IS NULL AND failed_at IS NULL AND $3 <> 'none'),
     queued AS (
       INSERT INTO jobs (kind, payload, run_at)
       SELECT $4, jsonb_build_object('updateId', $2::text), now() + make_interval(secs => CASE WHEN $3 = 'later' THEN $5 ELSE 0 END)
       FROM waiting WHERE n > 0),
     finished AS (
       UPDATE petition_updates SET state = 'sent', finished_at = now()
       WHERE id = $2 AND state = 'sending' AND (SELECT n FROM waiting) = 0 AND $3 <> 'none')
     UPDATE jobs SET done_at = now(), locked_at = NULL WHERE id = $1`,
    [job.id, updateId, next, UPDATE_JOB, RETRY_AFTER_SECONDS],
  )
}
