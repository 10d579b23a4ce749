import { pool } from '@/lib/db/pool'
import type { JobHandler } from '@/lib/jobs/handlers'
import { completeJobs, failJob } from '@/lib/jobs/queue'
import type { Message } from '@/lib/mail/transport'
import { outboxDir, sendMail } from '@/lib/mail/transport'
import { confirmUrl } from '@/lib/opt-in/email'
import { OPT_IN, type OptInKind } from '@/lib/opt-in/kinds'

// The worker's side of every double opt-in: one batch of confirmation jobs of one kind, the
// entries read in one query, each email sent (in parallel: a signing storm queues thousands),
// each job marked done or failed for a retry. An entry confirmed, removed or erased since it was
// queued gets nothing. Without SMTP the links are logged, so the flow works offline.

/** The registration a domain hands the job queue (lib/jobs/handlers.ts). */
export type OptInJob = readonly [kind: string, handler: JobHandler]

type Entry = { id: string; status: string }

/**
 * `rowsSql` reads the entries with the ids in $1 (uuid[]): each row's id, status, and whatever
 * `email` needs to write the message. `noun` names the entry in the worker's log.
 */
export function optInJob<Row extends Entry>(kind: OptInKind, noun: string, rowsSql: string, email: (row: Row) => Message): OptInJob {
  const { job, payloadKey } = OPT_IN[kind]
  const handler: JobHandler = async (jobs, log) => {
    const { rows } = await pool().query<Row>(rowsSql, [jobs.map((j) => String(j.payload[payloadKey]))])
    const byId = new Map(rows.map((r) => [r.id, r]))
    const done: string[] = []
    const outboxLinks: string[] = []
    await Promise.all(
      jobs.map(async (queued) => {
        const row = byId.get(String(queued.payload[payloadKey]))
        if (!row || row.status !== 'pending') return done.push(queued.id)
        try {
          if ((await sendMail(email(row))) === 'outbox') outboxLinks.push(confirmUrl(kind, row.id))
          done.push(queued.id)
        } catch (error) {
          log(`sending the confirmation for ${noun} ${row.id} failed (attempt ${queued.attempts}): ${(error as Error).message}`)
          await failJob(queued, error)
        }
      }),
    )
    await completeJobs(done)
    // In a burst, just the tally.
    if (outboxLinks.length > 5) log(`${outboxLinks.length} ${noun} confirmation emails written to the outbox (${outboxDir()})`)
    else for (const link of outboxLinks) log(`${noun} confirmation email written to the outbox; link: ${link}`)
  }
  return [job, handler]
}
