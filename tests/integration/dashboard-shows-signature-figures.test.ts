import { beforeEach, expect, it } from 'vitest'
import { db } from '@/lib/db/client'
import { getSignatureStats, STATS_DAYS } from '@/lib/signatures/dashboard-stats'
import { resetDatabase, unique } from '../support/factories'
import { makePetition } from '../support/signing'

// The dashboard's figures are the public ones: only confirmed, unheld signatures count, per
// UTC day of signing, per petition and per country; the confirmation rate leaves out
// signatures a moderator threw away.

beforeEach(resetDatabase)

const now = new Date('2026-11-30T15:00:00Z')
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000)

type Fake = { country?: string; status?: 'pending' | 'confirmed' | 'withdrawn' | 'invalidated'; held?: boolean; at?: Date }

async function sign(petitionId: string, { country = 'DE', status = 'confirmed', held = false, at = now }: Fake) {
  const email = `${unique('signer')}@example.net`
  await db.signature.create({
    data: {
      petitionId,
      fullName: 'Test Signer',
      email,
      emailCanonical: email,
      emailDomain: 'example.net',
      country,
      consentVersion: 'test',
      consentedAt: at,
      status,
      held,
      createdAt: at,
      confirmedAt: status === 'pending' ? null : at,
    },
  })
}

it('charts counted signatures per day and petition, with the confirmation rate and the countries', async () => {
  const a = await makePetition()
  const b = await makePetition()
  const draft = await makePetition({ status: 'draft' })
  for (const country of ['DE', 'DE', 'FR']) await sign(a.id, { country })
  await sign(a.id, { at: daysAgo(2) })
  await sign(a.id, { status: 'pending' })
  await sign(a.id, { held: true })
  await sign(a.id, { status: 'invalidated' })
  await sign(a.id, { country: 'PL', at: daysAgo(40) })
  for (let i = 0; i < 2; i++) await sign(b.id, { country: 'KZ', at: daysAgo(1) })

  const stats = await getSignatureStats(now)

  expect(stats.days).toHaveLength(STATS_DAYS)
  expect(stats.days.at(-1)).toBe('2026-11-30')
  expect(stats.total).toBe(7)
  expect(stats.petitions.map((p) => [p.id, p.counted])).toEqual([
    [a.id, 5],
    [b.id, 2],
  ])
  expect(stats.petitions.map((p) => p.id)).not.toContain(draft.id)
  const perDay = new Map(stats.series.map((s) => [s.id, s.values]))
  expect(perDay.get(a.id)!.slice(-3)).toEqual([1, 0, 3])
  expect(perDay.get(a.id)!.reduce((x, y) => x + y)).toBe(4)
  expect(perDay.get(b.id)!.slice(-3)).toEqual([0, 2, 0])
  // In the window, 8 signers were not thrown away and 7 of them confirmed.
  expect(stats.received).toBe(8)
  expect(stats.confirmationRate).toBeCloseTo(7 / 8)
  expect(stats.countries.map((c) => [c.name, c.count])).toEqual([
    ['Germany', 3],
    ['Kazakhstan', 2],
    ['France', 1],
    ['Poland', 1],
  ])
})

it('has nothing to chart before anyone signs', async () => {
  await makePetition()
  const stats = await getSignatureStats(now)
  expect(stats.series).toEqual([])
  expect(stats.total).toBe(0)
  expect(stats.confirmationRate).toBeNull()
  expect(stats.countries).toEqual([])
})
