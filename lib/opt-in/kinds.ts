import type { Purpose } from '@/lib/opt-in/links'

// The four things Placard asks a person to confirm by email (double opt-in): a signature, a
// supporter's entry, a solidarity message and a protest registered for a day of action. Each is
// a row in its own table that starts out 'pending', is written with its confirmation job in one
// statement, and becomes 'confirmed' when the link in the email is opened. What the kinds share
// is here and in the rest of lib/opt-in/; what each does once confirmed stays in its domain.

export type OptInKind = 'signature' | 'supporter' | 'message' | 'event'

type Spec = {
  table: string
  /** The job that mails the link (lib/jobs/queue.ts). */
  job: string
  /** The entry's id in the job's payload; named as queued since the first release, so kept. */
  payloadKey: string
  purpose: Purpose
  confirmPath: string
  /** SQL, over the entry as `t`: the slug of the page the confirmation's answer is shown on. */
  pageSlug: string
}

export const OPT_IN: Readonly<Record<OptInKind, Spec>> = {
  signature: {
    table: 'signatures',
    job: 'signature-confirmation',
    payloadKey: 'signatureId',
    purpose: 'confirm-link',
    confirmPath: '/signatures/confirm',
    pageSlug: '(SELECT p.slug FROM petitions p WHERE p.id = t.petition_id)',
  },
  supporter: {
    table: 'supporters',
    job: 'supporter-confirmation',
    payloadKey: 'id',
    purpose: 'supporter-confirm-link',
    confirmPath: '/supporters/confirm',
    pageSlug: 'NULL::text',
  },
  message: {
    table: 'solidarity_messages',
    job: 'message-confirmation',
    payloadKey: 'id',
    purpose: 'message-confirm-link',
    confirmPath: '/messages/confirm',
    pageSlug: '(SELECT p.slug FROM posts p WHERE p.id = t.post_id)',
  },
  event: {
    table: 'action_events',
    job: 'action-event-confirmation',
    payloadKey: 'eventId',
    purpose: 'event-confirm-link',
    confirmPath: '/action-events/confirm',
    pageSlug: '(SELECT d.slug FROM action_days d WHERE d.id = t.action_day_id)',
  },
}

/**
 * The statement (or CTE body) that queues the confirmation email of each entry `id` names in
 * `from`: put in the statement that writes the entry, so an entry never exists without its job.
 */
export function queueConfirmationSql(kind: OptInKind, from: string, id = 'id'): string {
  const { job, payloadKey } = OPT_IN[kind]
  return `INSERT INTO jobs (kind, payload) SELECT '${job}', jsonb_build_object('${payloadKey}', ${id}) FROM ${from}`
}

/** SQL condition: job `j` is the confirmation email of the entry whose id (as text) is `idText`. */
export function isConfirmationJobOf(kind: OptInKind, j: string, idText: string): string {
  const { job, payloadKey } = OPT_IN[kind]
  return `${j}.kind = '${job}' AND ${j}.payload->>'${payloadKey}' = ${idText}`
}
