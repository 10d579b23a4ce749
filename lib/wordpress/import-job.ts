import 'server-only'
import { stat } from 'node:fs/promises'
import { z } from 'zod'
import { db } from '@/lib/db/client'
import { parseEnv } from '@/lib/env'
import type { JobHandler, JobLog } from '@/lib/jobs/handlers'
import { completeJobs, type Job } from '@/lib/jobs/queue'
import { importWordpress, WxrError } from '@/lib/wordpress/import'
import { exportPath, removeExport } from '@/lib/wordpress/import-runs'
import type { ImportReport } from '@/lib/wordpress/report'

// The worker's side of an import started in the admin area. The import runs beside the worker's
// loop, not inside it: a 200 MB export takes minutes, and confirmation emails must not wait for
// it. While it runs it writes its progress and a heartbeat about once a second and keeps its
// job locked; a worker that is stopped (SIGTERM) puts the run back in the queue for the next
// worker; a worker that dies leaves the job locked until the queue's lock times out, and the
// next worker starts the run again from the top (the import is idempotent: what was imported
// is found again, not imported twice); so does an error on the server's side (the database
// went away). After MAX_STARTS starts it is given up, with words. A file that is not a
// WordPress export fails at once: trying again would not change it.

const payloadSchema = z.object({ runId: z.uuid() })
const MAX_STARTS = 3
const RETRY_AFTER_SECONDS = 10
const PROGRESS_EVERY_MS = 1000
const FAILED_ON_OUR_SIDE =
  'The import stopped because of an error on the server (the worker’s log has the details). Posts it had imported are complete; start the import again to finish (nothing is imported twice).'

/** Thrown from the progress callback when the worker is stopping; never shown to anyone. */
class ImportStopped extends WxrError {}

let current: { controller: AbortController; done: Promise<void> } | null = null

export const runWordpressImportJobs: JobHandler = async (jobs, log) => {
  for (const job of jobs) {
    if (current) {
      // One import per worker (there is only ever one queued): back in the queue for a moment.
      await db.$executeRaw`UPDATE jobs SET locked_at = NULL, run_at = now() + interval '5 seconds' WHERE id = ${BigInt(job.id)}`
      continue
    }
    const controller = new AbortController()
    const done = runImport(job, controller.signal, log)
      .catch((error: unknown) => log(`wordpress import job ${job.id}: ${(error as Error).message}`))
      .finally(() => {
        current = null
      })
    current = { controller, done }
  }
}

/** For a worker shutting down: stops the import in hand within a chunk or a post, and queues it again. */
export async function stopWordpressImport() {
  current?.controller.abort()
  await current?.done
}

/** Resolves when the import this process is running (if any) is over. */
export async function wordpressImportSettled() {
  await current?.done
}

type Claimed = { attempts: number; dry_run: boolean; signature_petition: string; file_name: string }

async function runImport(job: Job, signal: AbortSignal, log: JobLog) {
  const payload = payloadSchema.safeParse(job.payload)
  if (!payload.success) {
    log(`wordpress import job ${job.id} has an unreadable payload; skipped`)
    return completeJobs([job.id])
  }
  const { runId } = payload.data
  const [run] = await db.$queryRaw<Claimed[]>`
    UPDATE wordpress_import_runs
    SET state = 'running', attempts = attempts + 1, started_at = coalesce(started_at, now()), heartbeat_at = now(), pass = 0, bytes_read = 0, items_done = 0
    WHERE id = ${runId}::uuid AND state IN ('queued', 'running')
    RETURNING attempts, dry_run, signature_petition, file_name`
  // Over already: finished, or given up while no worker ran.
  if (!run) return completeJobs([job.id])
  if (run.attempts > MAX_STARTS)
    return fail(
      runId,
      job,
      `The worker stopped during this import ${MAX_STARTS} times, so it was given up. The file may be too large for the server’s memory; try npm run import:wordpress on the server, which prints the same report.`,
    )
  const uploadsDir = parseEnv().WORDPRESS_UPLOADS_DIR
  if (uploadsDir && !(await stat(uploadsDir).catch(() => null))?.isDirectory())
    return fail(runId, job, `Nothing was imported. The setting WORDPRESS_UPLOADS_DIR names ${uploadsDir}, which is not a folder on the worker’s server.`)

  log(`wordpress import ${runId} started (attempt ${run.attempts})`)
  const progress = progressWriter(runId, job, signal)
  try {
    const report = await importWordpress(exportPath(runId), {
      dryRun: run.dry_run,
      uploadsDir,
      signaturePetition: run.signature_petition || undefined,
      onProgress: progress.onProgress,
      onItem: progress.onItem,
    })
    await progress.settled()
    await finish(runId, job, forTheScreen(report, run))
    log(`wordpress import ${runId} done`)
  } catch (error) {
    await progress.settled()
    if (error instanceof ImportStopped) return requeue(runId, job, 'stopped')
    if (error instanceof WxrError) return fail(runId, job, `Nothing was imported. ${error.message}`)
    log(`wordpress import ${runId} failed (attempt ${run.attempts}): ${(error as Error).stack ?? String(error)}`)
    // The database went away, a transaction timed out on a starved machine …: worth another go.
    if (run.attempts < MAX_STARTS) return requeue(runId, job, 'failed')
    return fail(runId, job, FAILED_ON_OUR_SIDE)
  }
}

/** Writes progress and a heartbeat at most once a second, one write at a time; stops the import when asked. */
function progressWriter(runId: string, job: Job, signal: AbortSignal) {
  let pending: Promise<unknown> = Promise.resolve()
  let last = 0
  let pass = 1
  let bytesRead = 0
  let itemsDone = 0
  // Once the import is over (settled), a step still under way reports nothing: a late heartbeat
  // would lock the job again after it went back in the queue, and no worker would take it.
  let over = false
  const tick = () => {
    if (signal.aborted) throw new ImportStopped('stopped')
    if (over || Date.now() - last < PROGRESS_EVERY_MS) return
    last = Date.now()
    const values = { pass, bytesRead, itemsDone }
    pending = pending.then(() =>
      Promise.all([
        db.wordpressImportRun.updateMany({ where: { id: runId, state: 'running' }, data: { ...values, heartbeatAt: new Date() } }),
        db.$executeRaw`UPDATE jobs SET locked_at = now() WHERE id = ${BigInt(job.id)} AND locked_at IS NOT NULL`,
      ]).catch(() => {}),
    )
  }
  return {
    onProgress(p: { pass: 1 | 2; bytesRead: number }) {
      pass = p.pass
      bytesRead = p.bytesRead
      tick()
    },
    onItem(n: number) {
      itemsDone = n
      tick()
    },
    settled: () => {
      over = true
      return pending
    },
  }
}

/** The report as the screen shows it: the upload's own name, and the setting (not a command-line flag) for pictures. */
function forTheScreen(report: ImportReport, run: Claimed): ImportReport {
  report.file = run.file_name
  for (const m of report.missingMedia)
    if (m.reason === 'no --uploads folder was given') m.reason = 'no uploads folder is set on the server (the setting WORDPRESS_UPLOADS_DIR)'
  if (run.attempts > 1)
    report.notes.push('The worker stopped during this import and it was started again: what had been imported already was found again, not imported twice.')
  return report
}

async function finish(runId: string, job: Job, report: ImportReport) {
  await db.$executeRaw`
    UPDATE wordpress_import_runs
    SET state = 'done', report = ${JSON.stringify(report)}::jsonb, finished_at = now(), heartbeat_at = now(), pass = 2, bytes_read = file_bytes
    WHERE id = ${runId}::uuid`
  await completeJobs([job.id])
  await removeExport(runId)
}

async function fail(runId: string, job: Job, message: string) {
  await db.wordpressImportRun.update({ where: { id: runId }, data: { state: 'failed', error: message, finishedAt: new Date(), heartbeatAt: new Date() } })
  await completeJobs([job.id])
  await removeExport(runId)
}

/**
 * Back in the queue: at once for the next worker when this one is stopping (a clean stop is not
 * counted as a start), or in a while after an error on the server (counted, up to MAX_STARTS).
 */
async function requeue(runId: string, job: Job, why: 'stopped' | 'failed') {
  await db.wordpressImportRun.update({
    where: { id: runId },
    data: { state: 'queued', heartbeatAt: new Date(), pass: 0, bytesRead: 0, itemsDone: 0, ...(why === 'stopped' ? { attempts: { decrement: 1 } } : {}) },
  })
  const delay = why === 'stopped' ? 0 : RETRY_AFTER_SECONDS
  await db.$executeRaw`UPDATE jobs SET locked_at = NULL, run_at = now() + make_interval(secs => ${delay}) WHERE id = ${BigInt(job.id)}`
}
