import 'server-only'
import { db } from '@/lib/db/client'
import { listPetitionNumbers, publicSelect } from '@/lib/petitions/queries'

// Reads for the editors' petition screens: every status, drafts included. Public reads stay in
// queries.ts.

const statusOrder = { draft: 0, open: 1, closed: 2, delivered: 3 } as const

/** Drafts and open petitions first (newest first), with each one's count and shown goal. */
export async function listPetitionsForAdmin() {
  const rows = await db.petition.findMany({
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: { id: true, title: true, slug: true, status: true, goal: true, goalPinned: true, deadline: true, featured: true, updatedAt: true },
  })
  const numbers = await listPetitionNumbers(rows)
  return rows
    .map((row) => ({ ...row, count: numbers.get(row.id)!.count, shownGoal: numbers.get(row.id)!.goal }))
    .sort((a, b) => statusOrder[a.status] - statusOrder[b.status])
}

export async function getPetitionForEditing(id: string) {
  return db.petition.findUnique({
    where: { id },
    select: {
      ...publicSelect,
      updatedBy: { select: { name: true } },
      _count: { select: { signatures: true } },
    },
  })
}

export type PetitionForEditing = NonNullable<Awaited<ReturnType<typeof getPetitionForEditing>>>
