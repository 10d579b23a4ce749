import 'server-only'
import type { AuditFilters } from '@/lib/audit/filters'
import { db } from '@/lib/db/client'
import type { Prisma } from '@/lib/generated/prisma/client'

// Reads for the audit log screen, newest first, a page at a time.

export const AUDIT_PAGE_SIZE = 50
const DAY_MS = 24 * 3600 * 1000

export type AuditRow = {
  id: string
  at: Date
  actorId: string | null
  actorLabel: string
  actorName: string | null
  action: string
  entityType: string | null
  entityId: string | null
  summary: string
}

function whereFor(filters: AuditFilters): Prisma.AuditEntryWhereInput {
  // Optional filters: an absent one really means "any" here (this is not an access check).
  const at: Prisma.DateTimeFilter = {}
  if (filters.from) at.gte = new Date(`${filters.from}T00:00:00Z`)
  // "to" includes the whole of that day.
  if (filters.to) at.lt = new Date(new Date(`${filters.to}T00:00:00Z`).getTime() + DAY_MS)
  return {
    ...(filters.actorId ? { actorId: filters.actorId } : {}),
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.from || filters.to ? { at } : {}),
  }
}

export async function listAuditEntries(filters: AuditFilters, page: number): Promise<{ entries: AuditRow[]; hasOlder: boolean }> {
  const rows = await db.auditEntry.findMany({
    where: whereFor(filters),
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    // One more than a page tells whether an older page exists, without counting the table.
    take: AUDIT_PAGE_SIZE + 1,
    select: {
      id: true,
      at: true,
      actorId: true,
      actorLabel: true,
      action: true,
      entityType: true,
      entityId: true,
      summary: true,
      actor: { select: { name: true } },
    },
  })
  const entries = rows.slice(0, AUDIT_PAGE_SIZE).map(({ actor, id, ...row }) => ({ ...row, id: id.toString(), actorName: actor?.name ?? null }))
  return { entries, hasOlder: rows.length > AUDIT_PAGE_SIZE }
}

/** Every action name that occurs in the log, for the filter's choices. */
export async function listAuditActions(): Promise<string[]> {
  const rows = await db.$queryRaw<{ action: string }[]>`SELECT DISTINCT action FROM audit_log ORDER BY action`
  return rows.map((r) => r.action)
}

/** Everyone who has an account, for the "who" filter. */
export async function listAuditActors(): Promise<{ id: string; name: string; email: string }[]> {
  return db.user.findMany({ select: { id: true, name: true, email: true }, orderBy: { name: 'asc' } })
}
