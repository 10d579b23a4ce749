import { pool } from '@/lib/db/pool'

// A small job queue in PostgreSQL. Jobs are claimed with FOR UPDATE SKIP LOCKED, so any number
// of workers share the work; a job whose worker died is claimed again after LOCK_TIMEOUT.

export type Job = { id: string; kind: string; payload: Record<string, unknown>; attempts: number }

export const MAX_ATTEMPTS = 8
const LOCK_TIMEOUT = '5 minutes'

export async function claimJobs(limit: number): Promise<Job[]> {
  const { rows } = await pool().query<Job>(
    `UPDATE jobs SET locked_at = now(), attempts = attempts + 1
     WHERE id IN (
       SELECT id FROM jobs
       WHERE done_at IS NULL AND failed_at IS NULL AND run_at <= now()
         AND (locked_at IS NULL OR locked_at < now() - interval '${LOCK_TIMEOUT}')
       ORDER BY run_at LIMIT $1 FOR UPDATE SKIP LOCKED)
     RETURNING id::text, kind, payload, attempts`,
    [limit],
  )
  return rows
}

export async function completeJobs(ids: string[]) {
  if (ids.length) await pool().query('UPDATE jobs SET done_at = now(), locked_at = NULL WHERE id = ANY($1::bigint[])', [ids])
}

/**
 * Retries with exponential back-off (10 s, 20 s, 40 s …) until MAX_ATTEMPTS, then gives up.
 * True when it gave up: the caller then marks what the job was for as stopped.
 */
export async function failJob(job: Job, error: unknown): Promise<boolean> {
  const message = error instanceof Error ? error.message : String(error)
  await pool().query(
    `UPDATE jobs SET locked_at = NULL, last_error = $2,
       run_at = now() + make_interval(secs => 10 * power(2, attempts - 1)),
       failed_at = CASE WHEN attempts >= $3 THEN now() END
     WHERE id = $1`,
    [job.id, message.slice(0, 2000), MAX_ATTEMPTS],
  )
  return job.attempts >= MAX_ATTEMPTS
}

export async function pruneFinishedJobs() {
  await pool().query(`DELETE FROM jobs WHERE done_at < now() - interval '7 days'`)
}

export type JobOutcome = { id: string; outcome: 'done' | 'retry' | 'gave up' | 'running'; attempts: number; error: string | null }

/** What became of jobs after their handler ran: for the worker's one log line per job. */
export async function jobOutcomes(ids: string[]): Promise<JobOutcome[]> {
  if (!ids.length) return []
  const { rows } = await pool().query<JobOutcome>(
    `SELECT id::text, attempts, last_error AS error,
       CASE WHEN done_at IS NOT NULL THEN 'done' WHEN failed_at IS NOT NULL THEN 'gave up'
            WHEN locked_at IS NULL THEN 'retry' ELSE 'running' END AS outcome
     FROM jobs WHERE id = ANY($1::bigint[]) ORDER BY id`,
    [ids],
  )
  return rows
}
