import 'server-only'
import { db } from '@/lib/db/client'
import { countryName } from '@/lib/petitions/countries'
import { letterCounts } from '@/lib/letters/queries'
import { ADDRESSEE_KIND_LABELS } from '@/lib/validation/letter'

// The admin area's reads of letter actions and the directory.

export async function listLettersForAdmin() {
  const letters = await db.letterAction.findMany({
    orderBy: [{ status: 'asc' }, { updatedAt: 'desc' }],
    select: { id: true, title: true, slug: true, status: true, embassiesOf: true, updatedAt: true },
  })
  const [counts, held] = await Promise.all([
    letterCounts(letters.map((l) => l.id)),
    db.letterSend.groupBy({ by: ['letterId'], where: { held: true }, _count: { _all: true } }),
  ])
  return letters.map((l) => ({ ...l, count: counts.get(l.id) ?? 0, held: held.find((h) => h.letterId === l.id)?._count._all ?? 0 }))
}

export async function getLetterForEditing(id: string) {
  const letter = await db.letterAction.findUnique({ where: { id }, include: { addressees: { orderBy: { position: 'asc' }, select: { addresseeId: true } } } })
  if (!letter) return null
  const [counts, held] = await Promise.all([letterCounts([id]), db.letterSend.count({ where: { letterId: id, held: true } })])
  return { ...letter, count: counts.get(id) ?? 0, held }
}

export async function listDirectory() {
  const entries = await db.letterAddressee.findMany({ orderBy: [{ state: 'asc' }, { kind: 'asc' }, { hostCountry: 'asc' }, { name: 'asc' }] })
  return entries.map((e) => ({ ...e, hostCountryName: e.hostCountry ? countryName(e.hostCountry) : null }))
}

/** The fixed addressees an editor may pick: everything but embassies and consulates (those come by country). */
export async function listAddresseeChoices() {
  const entries = await db.letterAddressee.findMany({
    where: { kind: { notIn: ['embassy', 'consulate'] } },
    orderBy: [{ state: 'asc' }, { name: 'asc' }],
    select: { id: true, kind: true, name: true, state: true, email: true },
  })
  return entries.map((e) => ({ id: e.id, label: `${e.name} (${ADDRESSEE_KIND_LABELS[e.kind].toLowerCase()}, ${e.state})${e.email ? '' : ' · no email'}` }))
}

/** The states the directory has embassies or consulates of: what a letter may be sent to "the embassy of". */
export async function listEmbassyStates(): Promise<string[]> {
  const rows = await db.letterAddressee.findMany({
    where: { kind: { in: ['embassy', 'consulate'] } },
    distinct: ['state'],
    orderBy: { state: 'asc' },
    select: { state: true },
  })
  return rows.map((r) => r.state)
}
