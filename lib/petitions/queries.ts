import 'server-only'
import { db } from '@/lib/db/client'
import type { PetitionStatus } from '@/lib/generated/prisma/enums'
import { countryName } from '@/lib/petitions/countries'
import { currentGoal } from '@/lib/petitions/goal'
import { publicSignerName } from '@/lib/petitions/signer-name'

// Public reads of petitions and their numbers. Counts come from the sharded tallies that a
// trigger keeps exact (confirmed, not held, not withdrawn); no email ever leaves this module.

/** Every field a reader may see of a petition (the admin's reads add their own). */
export const publicSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  bodyHtml: true,
  target: true,
  goal: true,
  goalPinned: true,
  deadline: true,
  status: true,
  featured: true,
  closedAt: true,
  deliveredAt: true,
  deliveryNote: true,
  imageUrl: true,
  imageAlt: true,
  returnAddress: true,
  createdAt: true,
  updatedAt: true,
} as const

export type PetitionStatusName = 'open' | 'closed' | 'delivered'

export type PublicPetition = {
  id: string
  slug: string
  title: string
  summary: string
  bodyHtml: string
  target: string
  goal: number
  goalPinned: boolean
  deadline: string | null
  status: PetitionStatusName
  featured: boolean
  closedAt: string | null
  deliveredAt: string | null
  deliveryNote: string | null
  image: { url: string; alt: string } | null
  /** Where printed sheets go back to (the campaign's address, never a person's). */
  returnAddress: string | null
  createdAt: string
  updatedAt: string
}

type Row = Awaited<ReturnType<typeof db.petition.findFirst<{ select: typeof publicSelect }>>>

function toPublic({ imageUrl, imageAlt, ...row }: NonNullable<Row>): PublicPetition {
  return {
    ...row,
    status: row.status as PetitionStatusName,
    deadline: row.deadline?.toISOString() ?? null,
    closedAt: row.closedAt?.toISOString() ?? null,
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
    image: imageUrl ? { url: imageUrl, alt: imageAlt ?? '' } : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }
}

export async function getPetitionBySlug(slug: string): Promise<PublicPetition | null> {
  const row = await db.petition.findFirst({ where: { slug, status: { not: 'draft' } }, select: publicSelect })
  return row ? toPublic(row) : null
}

/**
 * The editor's preview, whatever the status: a draft is shown as readers will see it once it
 * is opened (the sign form refuses drafts on the server).
 */
export async function getPetitionForPreview(id: string): Promise<{ petition: PublicPetition; status: PetitionStatus } | null> {
  const row = await db.petition.findUnique({ where: { id }, select: publicSelect })
  if (!row) return null
  return { petition: toPublic({ ...row, status: row.status === 'draft' ? 'open' : row.status }), status: row.status }
}

export async function getPetitionsBySlugs(slugs: string[]): Promise<PublicPetition[]> {
  if (slugs.length === 0) return []
  const rows = await db.petition.findMany({ where: { slug: { in: slugs }, status: { not: 'draft' } }, select: publicSelect })
  return rows.map(toPublic)
}

const statusOrder: Record<PetitionStatusName, number> = { open: 0, delivered: 1, closed: 2 }

/** Open petitions first (newest first), then delivered and closed ones. */
export async function listPublicPetitions(): Promise<PublicPetition[]> {
  const rows = await db.petition.findMany({ where: { status: { not: 'draft' } }, select: publicSelect, orderBy: { createdAt: 'desc' } })
  return rows.map(toPublic).sort((a, b) => statusOrder[a.status] - statusOrder[b.status])
}

export async function getFeaturedPetition(): Promise<PublicPetition | null> {
  const row = await db.petition.findFirst({ where: { featured: true, status: 'open' }, select: publicSelect })
  return row ? toPublic(row) : null
}

export type PetitionNumbers = {
  /** Every signature that counts: confirmed online ones (not held) and paper ones. */
  count: number
  /** Of which collected on paper (lib/petitions/paper-signatures.ts). */
  paper: number
  goal: number
  byCountry: { code: string; name: string; count: number }[]
}

type GoalOf = { id: string; goal: number; goalPinned?: boolean }

export async function getPetitionNumbers(petition: GoalOf): Promise<PetitionNumbers> {
  return (await listPetitionNumbers([petition])).get(petition.id)!
}

/**
 * The numbers of several petitions in one query (the petitions index shows them all): the
 * online tally shards plus the paper entries, whose countries come from the entry (a number
 * collected in one country) or from the names of an uploaded list. Paper without a country
 * counts toward the total but not toward any country.
 */
export async function listPetitionNumbers(petitions: GoalOf[]): Promise<Map<string, PetitionNumbers>> {
  const ids = petitions.map((p) => p.id)
  const rows = petitions.length
    ? await db.$queryRaw<{ petition_id: string; country: string | null; online: number; paper: number }[]>`
        SELECT petition_id::text, country, SUM(online)::int AS online, SUM(paper)::int AS paper FROM (
          SELECT petition_id, country, count AS online, 0 AS paper FROM petition_tallies WHERE petition_id = ANY(${ids}::uuid[])
          UNION ALL
          SELECT e.petition_id, x.country, 0, x.n FROM paper_signature_entries e
          CROSS JOIN LATERAL (
            SELECT e.country, e.count AS n WHERE NOT e.from_csv
            UNION ALL
            SELECT s.country, count(*)::int FROM paper_signers s WHERE e.from_csv AND s.entry_id = e.id GROUP BY s.country
          ) x
          WHERE e.petition_id = ANY(${ids}::uuid[])
        ) t
        GROUP BY petition_id, country HAVING SUM(online) + SUM(paper) > 0 ORDER BY SUM(online) + SUM(paper) DESC, 2`
    : []
  return new Map(
    petitions.map((petition) => {
      const own = rows.filter((r) => r.petition_id === petition.id)
      const count = own.reduce((sum, r) => sum + r.online + r.paper, 0)
      const paper = own.reduce((sum, r) => sum + r.paper, 0)
      const byCountry = own.flatMap((r) => (r.country ? [{ code: r.country, name: countryName(r.country), count: r.online + r.paper }] : []))
      return [petition.id, { count, paper, goal: currentGoal(count, petition.goal, petition.goalPinned), byCountry }]
    }),
  )
}

export async function listRecentPublicSigners(petitionId: string, limit = 10) {
  const rows = await db.signature.findMany({
    where: { petitionId, status: 'confirmed', held: false, showName: true },
    select: { id: true, fullName: true, country: true, confirmedAt: true },
    orderBy: { confirmedAt: 'desc' },
    take: limit,
  })
  return rows.map((r) => ({
    id: r.id,
    name: publicSignerName(r.fullName),
    country: countryName(r.country),
    confirmedAt: (r.confirmedAt ?? new Date(0)).toISOString(),
  }))
}
