import 'server-only'
import { db } from '@/lib/db/client'
import { isRecipient } from '@/lib/updates/recipients'

// Reads of updates: the admin's list and screens with their progress, and the news on a
// petition's public page (only what was sent; nothing about who received it).

export type UpdateProgress = { total: number; sent: number; failed: number }

async function progressOf(ids: string[]): Promise<Map<string, UpdateProgress>> {
  if (ids.length === 0) return new Map()
  const groups = await db.updateDelivery.groupBy({ by: ['updateId'], where: { updateId: { in: ids } }, _count: { _all: true, sentAt: true, failedAt: true } })
  return new Map(groups.map((g) => [g.updateId, { total: g._count._all, sent: g._count.sentAt, failed: g._count.failedAt }]))
}

const NONE: UpdateProgress = { total: 0, sent: 0, failed: 0 }

export async function listUpdatesForAdmin() {
  const updates = await db.petitionUpdate.findMany({
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 200,
    select: { id: true, subject: true, state: true, createdAt: true, publishedAt: true, petition: { select: { title: true } } },
  })
  const progress = await progressOf(updates.map((u) => u.id))
  return updates.map((u) => ({ ...u, progress: progress.get(u.id) ?? NONE }))
}

export async function getUpdateForAdmin(id: string) {
  const update = await db.petitionUpdate.findUnique({
    where: { id },
    select: {
      id: true,
      subject: true,
      bodyHtml: true,
      state: true,
      petitionId: true,
      publishedAt: true,
      finishedAt: true,
      stoppedReason: true,
      updatedAt: true,
      petition: { select: { title: true, slug: true } },
      createdBy: { select: { name: true } },
    },
  })
  if (!update) return null
  const progress = (await progressOf([id])).get(id) ?? NONE
  return { ...update, progress }
}

/** Petitions an update can be about, with how many signers would receive it now. */
export async function listPetitionsForUpdates() {
  const [petitions, counts] = await Promise.all([
    db.petition.findMany({ where: { status: { not: 'draft' } }, orderBy: { createdAt: 'desc' }, select: { id: true, title: true } }),
    db.$queryRawUnsafe<{ petition_id: string; n: number }[]>(
      `SELECT s.petition_id::text, count(*)::int AS n FROM signatures s WHERE ${isRecipient('s')} GROUP BY s.petition_id`,
    ),
  ])
  const byPetition = new Map(counts.map((c) => [c.petition_id, c.n]))
  return petitions.map((p) => ({ ...p, recipients: byPetition.get(p.id) ?? 0 }))
}

export type PetitionNews = { id: string; subject: string; bodyHtml: string; publishedAt: string }

/** The updates sent about a petition, newest first: its news. */
export async function listPetitionNews(petitionId: string): Promise<PetitionNews[]> {
  const rows = await db.petitionUpdate.findMany({
    where: { petitionId, publishedAt: { not: null } },
    orderBy: { publishedAt: 'desc' },
    take: 20,
    select: { id: true, subject: true, bodyHtml: true, publishedAt: true },
  })
  return rows.map((r) => ({ ...r, publishedAt: r.publishedAt!.toISOString() }))
}
