import { z } from 'zod'
import { db } from '@/lib/db/client'
import type { JobHandler } from '@/lib/jobs/handlers'
import { completeJobs, failJob } from '@/lib/jobs/queue'
import { runInvalidationBatch, stopInvalidation } from '@/lib/moderation/invalidation'

// The worker's side of a bulk invalidation (or its undo). Each job runs batches for at most
// SLICE_MS, then hands the rest to a fresh job that keeps the first one's place in the queue:
// confirmation emails are sent between slices instead of waiting for 100,000 rows, and a
// storm's backlog of emails never starves the invalidation either. Every batch commits on its own and
// records its progress, so a worker that dies mid-way is simply followed by another.

const SLICE_MS = 1_000

const payloadSchema = z.object({ invalidationId: z.uuid() })

export const runInvalidationJobs: JobHandler = async (jobs, log) => {
  for (const job of jobs) {
    const payload = payloadSchema.safeParse(job.payload)
    if (!payload.success) {
      log(`invalidation job ${job.id} has an unreadable payload; skipped`)
      await completeJobs([job.id])
      continue
    }
    try {
      const until = Date.now() + SLICE_MS
      let more = true
      while (more && Date.now() < until) more = await runInvalidationBatch(payload.data.invalidationId)
      if (more) await db.$executeRaw`INSERT INTO jobs (kind, payload, run_at) SELECT kind, payload, run_at FROM jobs WHERE id = ${BigInt(job.id)}`
      await completeJobs([job.id])
    } catch (error) {
      log(`invalidation ${payload.data.invalidationId} failed: ${(error as Error).message}`)
      if (await failJob(job, error)) await stopInvalidation(payload.data.invalidationId, (error as Error).message)
    }
  }
}
