import { beforeEach, expect, it } from 'vitest'
import { db } from '@/lib/db/client'
import { handleLetterSent } from '@/lib/letters/sent-request'
import { getLetterBySlug, letterCounts } from '@/lib/letters/queries'
import { resetDatabase } from '../support/factories'
import { makeLetter, pressSent } from '../support/letters'
import { solvedProof } from '../support/signing'

// "I sent it": counted exactly under concurrency from 16 shard rows, with the proof-of-work and
// burst rules of signing, and no personal data kept.

beforeEach(resetDatabase)

it('120 concurrent presses from 120 addresses are counted exactly, on several tally rows', async () => {
  const letter = await makeLetter()
  const proofs = await Promise.all(Array.from({ length: 120 }, () => solvedProof()))
  const answers = await Promise.all(proofs.map((altcha, i) => pressSent(letter.slug, { altcha }, `198.51.${i >> 8}.${i & 255}`)))
  expect(answers.filter((a) => a.status !== 200)).toEqual([])
  expect(answers.every((a) => a.body.outcome === 'counted')).toBe(true)
  expect((await letterCounts([letter.id])).get(letter.id)).toBe(120)
  expect((await getLetterBySlug(letter.slug))?.count).toBe(120)
  // Spread over shards, not one hot row.
  expect(await db.letterTally.count({ where: { letterId: letter.id } })).toBeGreaterThan(8)
  // Nothing about the presser but a keyed hash of the address.
  const row = await db.letterSend.findFirstOrThrow({ where: { letterId: letter.id } })
  expect(row.ipHash).toMatch(/^[A-Za-z0-9_-]{20,}$/)
  expect(JSON.stringify(row)).not.toContain('198.51.')
})

it('a proof-of-work counts once; a burst from one address and a press without JavaScript are held, not counted', async () => {
  const letter = await makeLetter()
  const altcha = await solvedProof()
  expect((await pressSent(letter.slug, { altcha })).body.outcome).toBe('counted')
  const again = await pressSent(letter.slug, { altcha })
  expect(again).toMatchObject({ status: 400, body: { outcome: 'proof-problem' } })
  expect((await pressSent(letter.slug, {})).status).toBe(400)

  // The signing burst limit (5 from one address in 10 minutes) applies: the answer is the same.
  for (let i = 0; i < 6; i++) expect((await pressSent(letter.slug, { altcha: await solvedProof() }, '192.0.2.50')).body.outcome).toBe('counted')
  const plain = await handleLetterSent(
    new Request('http://localhost/x', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'website=' }),
    letter.slug,
    '192.0.2.60',
  )
  expect(plain.status).toBe(303)
  expect(plain.headers.get('location')).toBe(`/letters/${letter.slug}/sent`)
  const held = await db.letterSend.findMany({ where: { letterId: letter.id, held: true }, select: { holdReasons: true } })
  expect(held.map((h) => h.holdReasons).sort()).toEqual([['ip-burst'], ['no-proof-of-work']])
  expect((await letterCounts([letter.id])).get(letter.id)).toBe(6)

  // A moderator's release moves them onto the count.
  await db.letterSend.updateMany({ where: { letterId: letter.id, held: true }, data: { held: false } })
  expect((await letterCounts([letter.id])).get(letter.id)).toBe(8)
})

it('a closed or draft letter counts nothing and says why', async () => {
  const closed = await makeLetter({ status: 'closed' })
  const draft = await makeLetter({ status: 'draft' })
  expect(await pressSent(closed.slug, { altcha: await solvedProof() })).toMatchObject({ status: 409, body: { message: expect.stringMatching(/closed/) } })
  expect(await pressSent(draft.slug, { altcha: await solvedProof() })).toMatchObject({ status: 404, body: { outcome: 'unknown-letter' } })
  expect(await db.letterSend.count()).toBe(0)
})

it('the public letter carries the right embassies by host country and the fixed addressee', async () => {
  const letter = await makeLetter()
  const shown = await getLetterBySlug(letter.slug)
  expect(shown?.embassies.map((e) => e.hostCountryName)).toEqual(['Germany', 'South Africa', 'United Kingdom'])
  expect(shown?.fixed.map((f) => f.name)).toEqual(['Ministry of Justice of Kardania'])
  expect(await getLetterBySlug((await makeLetter({ status: 'draft' })).slug)).toBeNull()
})

it('the demo appeal embeds an open letter with embassies in several countries, all marked as demo data', async () => {
  const { seedDemoContent } = await import('../../prisma/seed')
  expect(await seedDemoContent(db)).toBe(true)
  const post = await db.post.findUniqueOrThrow({ where: { slug: 'write-to-the-embassy-free-teodor-valk' } })
  expect(post.bodyHtml).toContain('<p>[letter free-teodor-valk]</p>')
  const letter = await getLetterBySlug('free-teodor-valk')
  expect(letter).toMatchObject({ status: 'open', count: 312, embassiesOf: 'Kardania' })
  expect(new Set(letter!.embassies.map((e) => e.hostCountry)).size).toBeGreaterThanOrEqual(6)
  expect(letter!.fixed.map((f) => f.name)).toEqual(['Ministry of Justice of the Republic of Kardania'])
  // A few approved public names, the newest first.
  expect(letter!.senders.total).toBe(5)
  expect(letter!.senders.recent[0]).toEqual({ name: 'Marta Lindqvist', place: 'Kommunal, Malmö' })
  const entries = await db.letterAddressee.findMany()
  expect(entries.every((e) => e.source.startsWith('Demo data') && (e.email === null || e.email.endsWith('.example')))).toBe(true)
})

it('after two days a press keeps no trace of its sender', async () => {
  const { forgetOldLetterAddresses } = await import('@/lib/letters/send')
  const letter = await makeLetter()
  await pressSent(letter.slug, { altcha: await solvedProof() })
  expect(await forgetOldLetterAddresses(new Date(Date.now() + 86_400_000))).toBe(0)
  expect(await forgetOldLetterAddresses(new Date(Date.now() + 3 * 86_400_000))).toBe(1)
  expect(await db.letterSend.findFirstOrThrow({ where: { letterId: letter.id } })).toMatchObject({ ipHash: null, held: false })
  expect((await letterCounts([letter.id])).get(letter.id)).toBe(1)
})
