import { jobHandlers, type JobLog } from '@/lib/jobs/handlers'
import { claimJobs, failJob, pruneFinishedJobs, type Job } from '@/lib/jobs/queue'
import { forgetOldLetterAddresses } from '@/lib/letters/send'
import { runRetention } from '@/lib/privacy/retention'
import { pruneExpiredCounters } from '@/lib/rate-limit'

// Runs queued jobs until `signal` aborts, polling four times a second when idle. (Jobs don't
// NOTIFY: PostgreSQL serialises the commits of notifying transactions, which would make every
// signer queue behind the others in a storm.) What each kind of job does is in lib/jobs/handlers.ts.

const BATCH = 50
const POLL_MS = 250
const PRUNE_EVERY_MS = 60 * 60 * 1000

/** Claims and runs one batch; returns how many jobs it took. */
export async function runJobsOnce(log: JobLog = () => {}): Promise<number> {
  const jobs = await claimJobs(BATCH)
  const byKind = new Map<string, Job[]>()
  for (const job of jobs) byKind.set(job.kind, [...(byKind.get(job.kind) ?? []), job])
  for (const [kind, batch] of byKind) {
    const handler = jobHandlers.get(kind)
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

export async function runWorker(signal: AbortSignal, log: JobLog = (line) => console.log(`[worker] ${line}`)) {
  let wake: (() => void) | null = null
  signal.addEventListener('abort', () => wake?.())
  let lastPrune = 0
  while (!signal.aborted) {
    let took = 0
    try {
      took = await runJobsOnce(log)
      if (Date.now() - lastPrune > PRUNE_EVERY_MS) {
        lastPrune = Date.now()
        await Promise.all([pruneFinishedJobs(), pruneExpiredCounters(), runRetention(new Date(), log), forgetOldLetterAddresses()])
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
