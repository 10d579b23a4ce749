import 'server-only'
import type { ActionContext } from '@/lib/auth/admin-action'
import { db } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { z } from 'zod'
import type { supporterEditSchema } from '@/lib/validation/supporter'

// The admin side of the supporters list: the queue of confirmed entries, the approved list,
// a moderator's edit (typos), and merging duplicates (one person entered as an individual and
// again for their union, with two addresses).

const EDITABLE = ['name', 'organisation', 'position', 'country', 'type', 'statement', 'showPublicly'] as const

export const adminSupporterSelect = {
  id: true,
  name: true,
  organisation: true,
  position: true,
  country: true,
  type: true,
  statement: true,
  email: true,
  showPublicly: true,
  status: true,
  flags: true,
  createdAt: true,
} as const

export type AdminSupporter = Prisma.SupporterGetPayload<{ select: typeof adminSupporterSelect }>

export function listSupportersForAdmin(status: 'confirmed' | 'approved' | 'pending', search = '') {
  const where: Prisma.SupporterWhereInput = {
    status,
    ...(search
      ? {
          OR: [
            { name: { contains: search, mode: 'insensitive' } },
            { organisation: { contains: search, mode: 'insensitive' } },
            { email: { contains: search, mode: 'insensitive' } },
          ],
        }
      : {}),
  }
  return db.supporter.findMany({ where, select: adminSupporterSelect, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: 200 })
}

export function getSupporterForAdmin(id: string) {
  return db.supporter.findUnique({ where: { id }, select: adminSupporterSelect })
}

export async function editSupporter(input: z.infer<typeof supporterEditSchema>, ctx: Pick<ActionContext, 'tx' | 'audit'>) {
  const before = await ctx.tx.supporter.findUnique({ where: { id: input.id } })
  if (!before) throw new AppError('This entry no longer exists: it was removed or merged. Reload the page.')
  const data = {
    name: input.name,
    organisation: input.organisation ?? null,
    position: input.position ?? null,
    country: input.country,
    type: input.type,
    statement: input.statement ?? null,
    showPublicly: input.showPublicly,
  }
  const changed = EDITABLE.filter((k) => before[k] !== data[k])
  if (!changed.length) return 0
  await ctx.tx.supporter.update({ where: { id: input.id }, data })
  await ctx.audit({ action: 'supporters.edit', entityType: 'supporter', entityId: input.id, summary: `Changed ${changed.join(', ')}` })
  return changed.length
}

/**
 * Keeps the oldest of the ticked entries and deletes the others; a blank field of the kept one
 * takes the first value found in the others. It is approved if any of them was, and shown
 * publicly only if the kept entry said so (a consent is never widened by a merge).
 */
export async function mergeSupporters(ids: string[], ctx: Pick<ActionContext, 'tx' | 'audit'>) {
  const rows = await ctx.tx.supporter.findMany({ where: { id: { in: ids } }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] })
  if (rows.length < 2) throw new AppError('Fewer than two of these entries still exist: someone merged or removed them. Reload the page.')
  const [kept, ...others] = rows as [(typeof rows)[number], ...typeof rows]
  const fill = (field: 'organisation' | 'position' | 'statement') => kept[field] ?? others.find((o) => o[field])?.[field] ?? null
  const approved = rows.some((r) => r.status === 'approved')
  await ctx.tx.supporter.deleteMany({ where: { id: { in: others.map((o) => o.id) } } })
  await ctx.tx.supporter.update({
    where: { id: kept.id },
    data: {
      organisation: fill('organisation'),
      position: fill('position'),
      statement: fill('statement'),
      ...(approved && kept.status !== 'approved' ? { status: 'approved', approvedAt: new Date() } : {}),
    },
  })
  await ctx.audit({
    action: 'supporters.merge',
    entityType: 'supporter',
    entityId: kept.id,
    summary: `Merged ${others.length} duplicate${others.length === 1 ? '' : 's'} into ${kept.id}: ${others.map((o) => o.id).join(', ')}`,
  })
  return { kept: kept.id, removed: others.length }
}
