import { randomBytes } from 'node:crypto'
import { hostname } from 'node:os'
import { pool } from '@/lib/db/pool'

// The worker says it is alive: one row per worker process, its time updated every BEAT_MS (one
// primary-key UPDATE, nothing a busy database notices). /api/ready (lib/health/readiness.ts)
// reports "not ready" when no worker beat within RECENT_SECONDS, so emails that have stopped
// show up on the operator's health checks instead of in supporters' inboxes.

export const BEAT_MS = 5_000
/** A heartbeat older than this means no worker runs (six missed beats: a restart fits inside). */
export const RECENT_SECONDS = 30

const workerId = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`

export async function recordHeartbeat(id = workerId): Promise<void> {
  await pool().query(
    `INSERT INTO worker_heartbeats (worker_id) VALUES ($1)
     ON CONFLICT (worker_id) DO UPDATE SET beat_at = now()`,
    [id],
  )
}

/** Rows of workers gone for a day tell nobody anything. */
export async function pruneHeartbeats(): Promise<void> {
  await pool().query(`DELETE FROM worker_heartbeats WHERE beat_at < now() - interval '1 day'`)
}

/** Beats every BEAT_MS until `signal` aborts; a failed beat is retried on the next one. */
export function keepBeating(signal: AbortSignal, onError: (error: unknown) => void): Promise<void> {
  const beat = () => recordHeartbeat().catch(onError)
  const first = pruneHeartbeats().catch(onError).then(beat)
  const timer = setInterval(() => void beat(), BEAT_MS)
  signal.addEventListener('abort', () => clearInterval(timer), { once: true })
  return first
}

/** The age of the freshest heartbeat, in SQL (one round trip with the readiness query). */
export const HEARTBEAT_AGE_SQL = `SELECT extract(epoch FROM now() - max(beat_at))::float8 AS age FROM worker_heartbeats`
