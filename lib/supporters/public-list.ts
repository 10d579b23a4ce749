import 'server-only'
import { db } from '@/lib/db/client'
import { countryName } from '@/lib/petitions/countries'
import { SUPPORTER_TYPES, type SupporterTypeValue } from '@/lib/validation/supporter'

// The public list of sponsors and supporters: only approved entries; those who did not tick
// "show publicly" count in every figure but are never named (not even their organisation).

export type PublicSupporter = { id: string; name: string; organisation: string | null; position: string | null; statement: string | null }
export type SupporterGroup = { type: SupporterTypeValue; count: number; countries: { code: string; name: string; count: number; named: PublicSupporter[] }[] }
export type SupporterList = { total: number; countries: number; groups: SupporterGroup[]; matches: number | null }

const named = { id: true, name: true, organisation: true, position: true, statement: true, type: true, country: true } as const

export async function listPublicSupporters(search = ''): Promise<SupporterList> {
  const [counts, rows] = await Promise.all([
    db.supporter.groupBy({ by: ['type', 'country'], where: { status: 'approved' }, _count: { _all: true } }),
    db.supporter.findMany({
      where: {
        status: 'approved',
        showPublicly: true,
        ...(search ? { OR: [{ name: { contains: search, mode: 'insensitive' } }, { organisation: { contains: search, mode: 'insensitive' } }] } : {}),
      },
      select: named,
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
    }),
  ])
  const groups: SupporterGroup[] = []
  for (const type of SUPPORTER_TYPES) {
    const ofType = counts.filter((c) => c.type === type)
    if (!ofType.length) continue
    const countries = ofType
      .map((c) => ({
        code: c.country,
        name: countryName(c.country),
        count: c._count._all,
        named: rows
          .filter((r) => r.type === type && r.country === c.country)
          .map(({ id, name, organisation, position, statement }) => ({ id, name, organisation, position, statement })),
      }))
      .filter((c) => !search || c.named.length)
      .sort((a, b) => a.name.localeCompare(b.name, 'en'))
    if (countries.length) groups.push({ type, count: ofType.reduce((n, c) => n + c._count._all, 0), countries })
  }
  return {
    total: counts.reduce((n, c) => n + c._count._all, 0),
    countries: new Set(counts.map((c) => c.country)).size,
    groups,
    matches: search ? rows.length : null,
  }
}
