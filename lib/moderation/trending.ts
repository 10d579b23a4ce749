import 'server-only'
import { db } from '@/lib/db/client'
import { Prisma } from '@/lib/generated/prisma/client'

// Where a petition's signatures came from lately: the email domains and address hashes with
// the most signatures in the last hour and the last day. Each count is an index-only scan of
// the petition's (petition_id, created_at) index, which carries the domain and the hash.

export const TRENDING_LIMIT = 10
export const WINDOWS = { hour: 60 * 60 * 1000, day: 24 * 60 * 60 * 1000 } as const
export type TrendingWindow = keyof typeof WINDOWS

export type TrendingRow = { key: string; count: number }

async function top(petitionId: string, column: 'email_domain' | 'ip_hash', since: Date): Promise<TrendingRow[]> {
  const col = Prisma.raw(column)
  return db.$queryRaw<TrendingRow[]>`
    SELECT ${col} AS key, count(*)::int AS count FROM signatures
    WHERE petition_id = ${petitionId}::uuid AND created_at >= ${since} AND ${col} IS NOT NULL
    GROUP BY ${col} ORDER BY count(*) DESC, ${col} LIMIT ${TRENDING_LIMIT}`
}

export async function getTrending(petitionId: string, now = new Date()) {
  // Whole minutes, so the list a row links to (filtered from that minute) counts the same rows.
  const since = (w: TrendingWindow) => new Date(Math.floor((now.getTime() - WINDOWS[w]) / 60_000) * 60_000)
  const [domainsHour, domainsDay, ipsHour, ipsDay] = await Promise.all([
    top(petitionId, 'email_domain', since('hour')),
    top(petitionId, 'email_domain', since('day')),
    top(petitionId, 'ip_hash', since('hour')),
    top(petitionId, 'ip_hash', since('day')),
  ])
  return { domains: { hour: domainsHour, day: domainsDay }, ips: { hour: ipsHour, day: ipsDay }, since }
}

/** Petitions signed in the last day, busiest first, for the page's choice of petition. */
export function listRecentlySignedPetitions(now = new Date()) {
  return db.$queryRaw<{ id: string; title: string; count: number }[]>`
    SELECT p.id::text, p.title, count(*)::int AS count FROM signatures s JOIN petitions p ON p.id = s.petition_id
    WHERE s.created_at >= ${new Date(now.getTime() - WINDOWS.day)} GROUP BY p.id, p.title ORDER BY count(*) DESC, p.title`
}
