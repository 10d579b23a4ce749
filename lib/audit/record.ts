import 'server-only'
import type { Prisma } from '@/lib/generated/prisma/client'

// Every admin change writes one row here, through the same transaction client as the change
// itself: if the change rolls back, so does its record, and no change goes unrecorded.

export type AuditActor = { id: string | null; label: string }

export type AuditEvent = {
  action: string
  entityType?: string
  entityId?: string
  summary?: string
}

// Any client that can create a row: the transaction of an admin action, or the plain client.
type Writer = { auditEntry: { create: (args: { data: Prisma.AuditEntryUncheckedCreateInput }) => PromiseLike<unknown> } }

export async function recordAudit(tx: Writer, actor: AuditActor, event: AuditEvent, ipHash: string | null = null) {
  await tx.auditEntry.create({
    data: {
      actorId: actor.id,
      actorLabel: actor.label.slice(0, 254),
      action: event.action,
      entityType: event.entityType ?? null,
      entityId: event.entityId ?? null,
      summary: (event.summary ?? '').slice(0, 1000),
      ipHash,
    },
  })
}
