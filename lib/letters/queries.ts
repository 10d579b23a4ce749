import 'server-only'
import { db } from '@/lib/db/client'
import type { AddresseeKind } from '@/lib/generated/prisma/enums'
import { listApprovedSenders, type PublicSenders } from '@/lib/letters/sender-names'
import { countryName } from '@/lib/petitions/countries'

// Public reads of letter actions: the letter, its fixed addressees, the embassies it may go to
// (from the directory) and the count, the sum of its 16 tally rows. Directory entries are
// institutions' public contact details only.

export type PublicAddressee = {
  id: string
  kind: AddresseeKind
  name: string
  hostCountry: string | null
  hostCountryName: string | null
  postalAddress: string
  email: string | null
  phone: string | null
  fax: string | null
  checkedOn: string | null
}

export type PublicLetter = {
  id: string
  slug: string
  title: string
  intro: string
  status: 'open' | 'closed'
  subject: string
  body: string
  ccEmails: string[]
  demands: string[]
  /** The state whose embassies the letter goes to. */
  embassiesOf: string | null
  fixed: PublicAddressee[]
  /** The represented country's embassies and consulates, by host country name. */
  embassies: PublicAddressee[]
  count: number
  /** Names supporters chose to show, once a moderator approved them. */
  senders: PublicSenders
}

const addresseeSelect = {
  id: true,
  kind: true,
  name: true,
  hostCountry: true,
  postalAddress: true,
  email: true,
  phone: true,
  fax: true,
  checkedOn: true,
} as const

type AddresseeRow = {
  id: string
  kind: AddresseeKind
  name: string
  hostCountry: string | null
  postalAddress: string
  email: string | null
  phone: string | null
  fax: string | null
  checkedOn: Date | null
}

function toPublicAddressee(a: AddresseeRow): PublicAddressee {
  return { ...a, hostCountryName: a.hostCountry ? countryName(a.hostCountry) : null, checkedOn: a.checkedOn?.toISOString().slice(0, 10) ?? null }
}

/** Within a host country the embassy comes first, then consulates. */
const kindOrder = (a: { kind: AddresseeKind }) => (a.kind === 'embassy' ? 0 : 1)

export async function letterCounts(ids: string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map()
  const rows = await db.letterTally.groupBy({ by: ['letterId'], where: { letterId: { in: ids } }, _sum: { count: true } })
  return new Map(ids.map((id) => [id, rows.find((r) => r.letterId === id)?._sum.count ?? 0]))
}

/** Published (open or closed) letters by slug. */
export async function getLettersBySlugs(slugs: string[]): Promise<PublicLetter[]> {
  if (slugs.length === 0) return []
  const rows = await db.letterAction.findMany({
    where: { slug: { in: slugs }, status: { not: 'draft' } },
    include: { addressees: { orderBy: { position: 'asc' }, include: { addressee: { select: addresseeSelect } } } },
  })
  const embassiesOf = [...new Set(rows.flatMap((r) => (r.embassiesOf ? [r.embassiesOf] : [])))]
  const [embassies, counts, senders] = await Promise.all([
    embassiesOf.length
      ? db.letterAddressee.findMany({
          where: { state: { in: embassiesOf }, kind: { in: ['embassy', 'consulate'] } },
          select: { ...addresseeSelect, state: true },
        })
      : [],
    letterCounts(rows.map((r) => r.id)),
    listApprovedSenders(rows.map((r) => r.id)),
  ])
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    title: r.title,
    intro: r.intro,
    status: r.status === 'open' ? 'open' : 'closed',
    subject: r.subject,
    body: r.body,
    ccEmails: r.ccEmails,
    demands: r.demands,
    embassiesOf: r.embassiesOf,
    fixed: r.addressees.map((a) => toPublicAddressee(a.addressee)),
    embassies: embassies
      .filter((e) => e.state === r.embassiesOf)
      .map(({ state: _state, ...e }) => toPublicAddressee(e))
      .sort(
        (a, b) => (a.hostCountryName ?? '').localeCompare(b.hostCountryName ?? '', 'en') || kindOrder(a) - kindOrder(b) || a.name.localeCompare(b.name, 'en'),
      ),
    count: counts.get(r.id) ?? 0,
    senders: senders.get(r.id) ?? { recent: [], total: 0 },
  }))
}

export async function getLetterBySlug(slug: string): Promise<PublicLetter | null> {
  const [letter] = await getLettersBySlugs([slug])
  return letter ?? null
}
