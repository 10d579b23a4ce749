import type { Logger } from 'pino'
import { keepBeating } from '@/lib/jobs/heartbeat'
import { jobHandlers, type JobLog } from '@/lib/jobs/handlers'
import { claimJobs, failJob, jobOutcomes, pruneFinishedJobs, type Job } from '@/lib/jobs/queue'
import { forgetOldLetterAddresses } from '@/lib/letters/send'
import { closeExpiredPetitions } from '@/lib/petitions/schedule'
import { publishDueScheduledPosts } from '@/lib/posts/schedule'
import { runRetention } from '@/lib/privacy/retention'
import { pruneExpiredCounters } from '@/lib/rate-limit'

// Runs queued jobs until `signal` aborts, polling four times a second when idle. (Jobs don't
// NOTIFY: PostgreSQL serialises the commits of notifying transactions, which would make every
// signer queue behind the others in a storm.) What each kind of job does is in lib/jobs/handlers.ts.
// Every few seconds it also publishes scheduled posts whose date has come and closes petitions
// past their deadline (each a single UPDATE: safe with several workers); a database trigger then
// tells every web instance to refresh the pages concerned.

const BATCH = 50
const POLL_MS = 250
const PRUNE_EVERY_MS = 60 * 60 * 1000
const SCHEDULE_EVERY_MS = 5_000

/** Where the worker reports: the handlers' free-text lines, and one line per job it ran. */
export type WorkerLog = { line: JobLog; job?: (fields: JobLine) => void }
export type JobLine = { kind: string; jobId: string; outcome: string; attempts: number; ms: number; batch: number; error?: string }

/** A pino logger as the worker's log: handler lines at info, failed jobs at warn. */
export function workerLogTo(logger: Logger): WorkerLog {
  return {
    line: (line) => logger.info(line),
    job: (fields) => logger[fields.outcome === 'done' ? 'info' : 'warn'](fields, `job ${fields.kind} ${fields.jobId} ${fields.outcome}`),
  }
}

/** Runs one kind's batch, then logs one line per job with what became of it. */
async function runBatch(kind: string, batch: Job[], log: WorkerLog) {
  const started = performance.now()
  const handler = jobHandlers.get(kind)
  if (!handler) {
    await Promise.all(batch.map((job) => failJob(job, new Error(`no handler for job kind "${kind}"`))))
  } else {
    try {
      await handler(batch, log.line)
    } catch (error) {
      log.line(`job batch of kind ${kind} failed: ${(error as Error).message}`)
      await Promise.all(batch.map((job) => failJob(job, error)))
    }
  }
  if (!log.job) return
  // The handler ran the batch as one: each job's time is the batch's.
  const ms = Math.round(performance.now() - started)
  for (const { id, outcome, attempts, error } of await jobOutcomes(batch.map((job) => job.id))) {
    log.job({ kind, jobId: id, outcome, attempts, ms, batch: batch.length, ...(outcome === 'done' || !error ? {} : { error }) })
  }
}

/** Claims and runs one batch; returns how many jobs it took. */
export async function runJobsOnce(log: JobLog | WorkerLog = () => {}): Promise<number> {
  const workerLog = typeof log === 'function' ? { line: log } : log
  const jobs = await claimJobs(BATCH)
  const byKind = new Map<string, Job[]>()
  for (const job of jobs) byKind.set(job.kind, [...(byKind.get(job.kind) ?? []), job])
  for (const [kind, batch] of byKind) await runBatch(kind, batch, workerLog)
  return jobs.length
}

/** Runs jobs until `signal` aborts, beating its heartbeat (lib/jobs/heartbeat.ts) all along. */
export async function runWorker(signal: AbortSignal, workerLog: WorkerLog = { line: (line) => console.log(`[worker] ${line}`) }) {
  const log = workerLog.line
  await keepBeating(signal, (error) => log(`could not record the heartbeat: ${(error as Error).message}`))
  let wake: (() => void) | null = null
  signal.addEventListener('abort', () => wake?.())
  let lastPrune = 0
  let lastSchedule = 0
  while (!signal.aborted) {
    let took = 0
    try {
      if (Date.now() - lastSchedule > SCHEDULE_EVERY_MS) {
        lastSchedule = Date.now()
        await runSchedules(log)
      }
      took = await runJobsOnce(workerLog)
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

/** Publishes scheduled posts that are due and closes petitions past their deadline. */
async function runSchedules(log: JobLog) {
  const [published, closed] = await Promise.all([publishDueScheduledPosts(), closeExpiredPetitions()])
  if (published) log(`published ${published} scheduled post${published === 1 ? '' : 's'}`)
  if (closed) log(`closed ${closed} petition${closed === 1 ? '' : 's'} past the deadline`)
}
