import { beforeEach, expect, it } from 'vitest'
import { db } from '@/lib/db/client'
import { getPetitionNumbers } from '@/lib/petitions/queries'
import { runRetention, UNCONFIRMED_DAYS } from '@/lib/privacy/retention'
import { resetDatabase } from '../support/factories'
import { makePetition } from '../support/signing'
import { insertSignatures, NOTHING_PERSONAL } from '../support/signatures'

// Personal data is kept only as long as the petition needs it: a year after a petition closes
// its signers become a country and a date; signatures never confirmed go after 30 days. Public
// counts never move, and a second run changes nothing.

beforeEach(resetDatabase)

const now = new Date('2027-12-15T12:00:00Z')
const monthsAgo = (n: number) => {
  const d = new Date(now)
  d.setUTCMonth(d.getUTCMonth() - n)
  return d
}
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000)

it('anonymises the signers of petitions closed or delivered over 12 months ago, keeping every count', async () => {
  const old = await makePetition({ status: 'closed' })
  await db.petition.update({ where: { id: old.id }, data: { closedAt: monthsAgo(13) } })
  const delivered = await makePetition({ status: 'delivered' })
  await db.petition.update({ where: { id: delivered.id }, data: { closedAt: monthsAgo(20), deliveredAt: monthsAgo(14) } })
  const recent = await makePetition({ status: 'closed' })
  await db.petition.update({ where: { id: recent.id }, data: { closedAt: monthsAgo(11) } })
  const open = await makePetition()
  for (const p of [old, delivered, recent, open])
    await insertSignatures(p.id, 3, {
      status: 'confirmed',
      ip: 'x'.repeat(43),
      name: 'Aigerim Test',
      domain: 'union.example',
      country: 'KZ',
      at: monthsAgo(15),
    })
  const before = await Promise.all([old, delivered, recent, open].map((p) => getPetitionNumbers(p)))

  expect(await runRetention(now)).toMatchObject({ anonymised: 6 })

  const erased = await db.signature.findMany({ where: { petitionId: { in: [old.id, delivered.id] } } })
  expect(erased).toHaveLength(6)
  for (const s of erased) {
    expect(s).toMatchObject({
      ...NOTHING_PERSONAL,
      country: 'KZ',
      status: 'confirmed',
    })
    expect(s.emailCanonical).not.toContain('@')
    expect(s.anonymisedAt).not.toBeNull()
  }
  const kept = await db.signature.findMany({ where: { petitionId: { in: [recent.id, open.id] } } })
  expect(kept.every((s) => s.fullName === 'Aigerim Test' && s.email.endsWith('@union.example') && s.anonymisedAt === null)).toBe(true)
  expect(await Promise.all([old, delivered, recent, open].map((p) => getPetitionNumbers(p)))).toEqual(before)

  expect(await runRetention(now)).toEqual({ anonymised: 0, unconfirmedDeleted: 0, paperNamesRemoved: 0, contactMessagesDeleted: 0, protestsCleared: 0 })
})

it(`deletes signatures never confirmed after ${UNCONFIRMED_DAYS} days, and no others`, async () => {
  const petition = await makePetition()
  const stale = await insertSignatures(petition.id, 2, { status: 'pending', at: daysAgo(UNCONFIRMED_DAYS + 1) })
  const fresh = await insertSignatures(petition.id, 2, { status: 'pending', at: daysAgo(UNCONFIRMED_DAYS - 1) })
  const confirmed = await insertSignatures(petition.id, 2, { status: 'confirmed', at: daysAgo(400) })
  expect(await runRetention(now)).toMatchObject({ unconfirmedDeleted: 2 })
  const left = (await db.signature.findMany({ select: { id: true } })).map((s) => s.id).sort()
  expect(left).toEqual([...fresh, ...confirmed].sort())
  expect(left).not.toContain(stale[0])
})

it('blanks the names typed up from the paper lists of those petitions, keeping their count and countries', async () => {
  const old = await makePetition({ status: 'closed' })
  await db.petition.update({ where: { id: old.id }, data: { closedAt: monthsAgo(13) } })
  const entry = await db.paperSignatureEntry.create({ data: { petitionId: old.id, count: 2, note: 'March', fromCsv: true } })
  await db.paperSigner.createMany({
    data: [
      { entryId: entry.id, fullName: 'Jan Nowak', country: 'PL' },
      { entryId: entry.id, fullName: 'Ерлан Қасымов', country: 'KZ' },
    ],
  })
  const before = await getPetitionNumbers(old)
  expect(await runRetention(now)).toMatchObject({ paperNamesRemoved: 2 })
  expect((await db.paperSigner.findMany()).map((s) => [s.fullName, s.country]).sort()).toEqual([
    ['', 'KZ'],
    ['', 'PL'],
  ])
  expect(await getPetitionNumbers(old)).toEqual(before)
})
