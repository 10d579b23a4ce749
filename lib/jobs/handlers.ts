import { CONTACT_DELIVERY_JOB, forwardContactMessages } from '@/lib/contact/delivery-job'
import { PASSWORD_LINK_JOB, sendPasswordLinkEmails } from '@/lib/auth/password-link-job'
import type { Job } from '@/lib/jobs/queue'
import { eventConfirmations } from '@/lib/action-days/confirmation-job'
import { INVALIDATION_JOB } from '@/lib/moderation/invalidation'
import { formConfirmations } from '@/lib/public-forms/opt-in'
import { runInvalidationJobs } from '@/lib/moderation/invalidation-job'
import { signatureConfirmations } from '@/lib/signatures/confirmation-job'
import { sendUpdateBatches, UPDATE_JOB } from '@/lib/updates/deliver'
import { runWordpressImportJobs } from '@/lib/wordpress/import-job'
import { WORDPRESS_IMPORT_JOB } from '@/lib/wordpress/import-runs'

// Which code runs each kind of job. The handlers live with their domain (signatures, auth, updates);
// the queue and the worker only know this table, not what any job means.

export type JobLog = (line: string) => void

/** Runs a batch of jobs of one kind and marks each one done (completeJobs) or failed (failJob). */
export type JobHandler = (jobs: Job[], log: JobLog) => Promise<void>

export const jobHandlers: ReadonlyMap<string, JobHandler> = new Map([
  signatureConfirmations,
  [PASSWORD_LINK_JOB, sendPasswordLinkEmails],
  [INVALIDATION_JOB, runInvalidationJobs],
  [UPDATE_JOB, sendUpdateBatches],
  ...formConfirmations,
  [CONTACT_DELIVERY_JOB, forwardContactMessages],
  eventConfirmations,
  [WORDPRESS_IMPORT_JOB, runWordpressImportJobs],
])
