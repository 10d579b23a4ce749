import 'server-only'
import type { ActionContext } from '@/lib/auth/admin-action'
import { announcePetitionNumbers } from '@/lib/content/changes'
import { db } from '@/lib/db/client'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { ModerationDecision } from '@/lib/validation/moderation'

// Held signatures and the moderators' decisions. Approving clears the hold: a confirmed
// signature counts at once (the tally trigger adds it in the same transaction), a pending one
// once its signer confirms. Rejecting marks it invalidated: it never counts, and the signer is
// not told (silent marking, as the UK Parliament's petitions site does).

export const QUEUE_PAGE_SIZE = 50

const inQueue = (petitionId?: string): Prisma.SignatureWhereInput => ({
  held: true,
  status: { in: ['pending', 'confirmed'] },
  ...(petitionId ? { petitionId } : {}),
})

export async function listHeldSignatures({ petitionId, page }: { petitionId?: string; page: number }) {
  const [total, rows] = await Promise.all([
    db.signature.count({ where: inQueue(petitionId) }),
    db.signature.findMany({
      where: inQueue(petitionId),
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (page - 1) * QUEUE_PAGE_SIZE,
      take: QUEUE_PAGE_SIZE,
      select: {
        id: true,
        fullName: true,
        email: true,
        country: true,
        city: true,
        comment: true,
        status: true,
        holdReasons: true,
        createdAt: true,
        petition: { select: { title: true, slug: true } },
      },
    }),
  ])
  return { total, rows, pageCount: Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE)) }
}

export function countHeldSignatures() {
  return db.signature.count({ where: inQueue() })
}

/** Petitions that have held signatures, for the queue's filter. */
export async function listPetitionsWithHeld() {
  const groups = await db.signature.groupBy({ by: ['petitionId'], where: inQueue(), _count: { _all: true } })
  const petitions = await db.petition.findMany({ where: { id: { in: groups.map((g) => g.petitionId) } }, select: { id: true, title: true } })
  return petitions.map((p) => ({ ...p, held: groups.find((g) => g.petitionId === p.id)?._count._all ?? 0 }))
}

export async function decideHeldSignatures({ ids, decision }: ModerationDecision, ctx: Pick<ActionContext, 'tx' | 'audit'>) {
  // Only signatures still in the queue change: a second click, or a colleague's decision a
  // moment earlier, is not applied twice.
  const where = { id: { in: ids }, ...inQueue() }
  const petitions = await ctx.tx.signature.findMany({ where, select: { petitionId: true }, distinct: ['petitionId'] })
  const { count } =
    decision === 'approve'
      ? await ctx.tx.signature.updateMany({ where, data: { held: false } })
      : await ctx.tx.signature.updateMany({ where, data: { status: 'invalidated' } })
  if (count > 0) {
    await announcePetitionNumbers(
      ctx.tx,
      petitions.map((p) => p.petitionId),
    )
    await ctx.audit({
      action: decision === 'approve' ? 'signatures.approve' : 'signatures.reject',
      entityType: 'signature',
      entityId: ids.length === 1 ? ids[0] : undefined,
      summary: `${count} held signature${count === 1 ? '' : 's'}${ids.length > 1 ? `: ${ids.join(', ')}` : ''}`.slice(0, 1000),
    })
  }
  return { count, skipped: ids.length - count }
}
