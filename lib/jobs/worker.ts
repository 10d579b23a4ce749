import { pool } from '@/lib/db/pool'
import { claimJobs, completeJobs, failJob, pruneFinishedJobs, type Job } from '@/lib/jobs/queue'
import { confirmationEmail, confirmationLinks } from '@/lib/mail/confirmation-email'
import { outboxDir, sendMail } from '@/lib/mail/transport'
import { pruneExpiredCounters } from '@/lib/rate-limit'

// Runs queued jobs until `signal` aborts, polling four times a second when idle. (Jobs don't
// NOTIFY: PostgreSQL serialises the commits of notifying transactions, which would make every
// signer queue behind the others in a storm.)

const BATCH = 50
const POLL_MS = 250
const PRUNE_EVERY_MS = 60 * 60 * 1000

type Log = (line: string) => void

async function sendConfirmations(jobs: Job[], log: Log) {
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
        const via = await sendMail(confirmationEmail({ signatureId: row.id, email: row.email, fullName: row.full_name, petitionTitle: row.title, petitionSlug: row.slug }))
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

const handlers: Record<string, (jobs: Job[], log: Log) => Promise<void>> = {
  'signature-confirmation': sendConfirmations,
}

/** Claims and runs one batch; returns how many jobs it took. */
export async function runJobsOnce(log: Log = () => {}): Promise<number> {
  const jobs = await claimJobs(BATCH)
  const byKind = new Map<string, Job[]>()
  for (const job of jobs) byKind.set(job.kind, [...(byKind.get(job.kind) ?? []), job])
  for (const [kind, batch] of byKind) {
    const handler = handlers[kind]
    if (!handler) {
      await Promise.all(batch.map((job) => failJob(job, new Error(`no handler for job kind "${kind}"`))))
      continue
    }
    try {
      await handler(batch, log)
    } catch (error) {
      log(`job batch of kind ${kind} failed: ${(error as Error).message}`)
      await Promise.all(batch.map((job) => failJob(job, error)))
    }
  }
  return jobs.length
}

export async function runWorker(signal: AbortSignal, log: Log = (line) => console.log(`[worker] ${line}`)) {
  let wake: (() => void) | null = null
  signal.addEventListener('abort', () => wake?.())
  let lastPrune = 0
  while (!signal.aborted) {
    let took = 0
    try {
      took = await runJobsOnce(log)
      if (Date.now() - lastPrune > PRUNE_EVERY_MS) {
        lastPrune = Date.now()
        await Promise.all([pruneFinishedJobs(), pruneExpiredCounters()])
      }
    } catch (error) {
      log(`could not run jobs: ${(error as Error).message}`)
    }
    if (took < BATCH && !signal.aborted) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, POLL_MS)
        wake = () => {
          clearTimeout(timer)
          resolve()
        }
      })
      wake = null
    }
  }
}
