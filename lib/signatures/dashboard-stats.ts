import 'server-only'
import { db } from '@/lib/db/client'
import { countryName } from '@/lib/petitions/countries'

// The dashboard's signature figures. One pass over the window's signatures gives the chart and
// the confirmation rate; the totals come from the tally shards plus the paper entries, exactly
// what the public pages show, and the countries from the shards (online signers). Days are UTC days, like every date on the site.

export const STATS_DAYS = 30

type DayRow = { petitionId: string; day: string; counted: number; received: number; confirmed: number }

export type SignatureStats = Awaited<ReturnType<typeof getSignatureStats>>

export async function getSignatureStats(now = new Date()) {
  const firstDay = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - (STATS_DAYS - 1)))
  const [rows, petitions, countries] = await Promise.all([
    db.$queryRaw<DayRow[]>`
      SELECT petition_id::text AS "petitionId",
             to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day,
             count(*) FILTER (WHERE status = 'confirmed' AND NOT held)::int AS counted,
             count(*) FILTER (WHERE status <> 'invalidated')::int AS received,
             count(*) FILTER (WHERE status <> 'invalidated' AND confirmed_at IS NOT NULL)::int AS confirmed
      FROM signatures
      WHERE created_at >= ${firstDay}
      GROUP BY 1, 2`,
    db.$queryRaw<{ id: string; title: string; status: string; counted: number }[]>`
      SELECT p.id::text, p.title, p.status::text,
             (coalesce((SELECT sum(count) FROM petition_tallies t WHERE t.petition_id = p.id), 0)
              + coalesce((SELECT sum(count) FROM paper_signature_entries e WHERE e.petition_id = p.id), 0))::int AS counted
      FROM petitions p
      WHERE p.status <> 'draft'
      ORDER BY counted DESC, p.title`,
    db.$queryRaw<{ code: string; count: number }[]>`
      SELECT trim(country) AS code, sum(count)::int AS count FROM petition_tallies GROUP BY 1 HAVING sum(count) > 0 ORDER BY count DESC, code`,
  ])

  const days = Array.from({ length: STATS_DAYS }, (_, i) => new Date(firstDay.getTime() + i * 86_400_000).toISOString().slice(0, 10))
  const dayIndex = new Map(days.map((d, i) => [d, i]))
  const perPetition = new Map<string, number[]>()
  let received = 0
  let confirmed = 0
  for (const row of rows) {
    received += row.received
    confirmed += row.confirmed
    const i = dayIndex.get(row.day)
    if (i === undefined) continue
    const values = perPetition.get(row.petitionId) ?? Array<number>(STATS_DAYS).fill(0)
    values[i]! += row.counted
    perPetition.set(row.petitionId, values)
  }
  const series = petitions.filter((p) => perPetition.has(p.id)).map((p) => ({ id: p.id, label: p.title, values: perPetition.get(p.id)! }))
  const total = petitions.reduce((sum, p) => sum + p.counted, 0)

  return {
    days,
    series,
    petitions,
    total,
    /** Share of the window's signers who confirmed their email (null before anyone signed). */
    confirmationRate: received ? confirmed / received : null,
    received,
    countries: countries.map((c) => ({ ...c, name: countryName(c.code) })),
  }
}
