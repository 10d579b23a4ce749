import pg from 'pg'
import { beforeEach, expect, it } from 'vitest'
import { decideSenderNamesAction } from '@/app/admin/(area)/letters/actions'
import { db } from '@/lib/db/client'
import { handleLetterSent } from '@/lib/letters/sent-request'
import { getLetterBySlug } from '@/lib/letters/queries'
import { RECENT_SENDERS } from '@/lib/letters/sender-names'
import { runRetention } from '@/lib/privacy/retention'
import { asUser, formData, makeUser } from '../support/admin-session'
import { resetDatabase } from '../support/factories'
import { makeLetter, pressSent } from '../support/letters'
import { solvedProof } from '../support/signing'

// "Show my name publicly" beside "I sent it": the letter counts at once, the name waits for a
// moderator, approving it puts it on the letter's pages (and tells every instance to refresh
// them), and names never approved are deleted by the retention job. No email anywhere.

beforeEach(resetDatabase)

const named = async (name: string, place = '') => ({ altcha: await solvedProof(), showName: 'on', publicName: name, publicPlace: place })
const decide = async (ids: string[], decision: string) =>
  asUser(await makeUser('moderator'), () => decideSenderNamesAction(null, formData({ 'ids[]': ids, decision })))

it('the press counts at once; the name shows only once a moderator approves it, and the page is told to refresh', async () => {
  const letter = await makeLetter()
  const answer = await pressSent(letter.slug, await named('Aigerim Sadykova', 'Almaty'), '198.51.100.1')
  expect(answer.body).toMatchObject({ outcome: 'counted', count: 1 })
  expect(answer.body.message).toMatch(/once a moderator has checked it/)
  expect((await getLetterBySlug(letter.slug))!.senders).toEqual({ recent: [], total: 0 })
  const row = await db.letterSenderName.findFirstOrThrow({ where: { letterId: letter.id }, include: { send: true } })
  expect(row).toMatchObject({ name: 'Aigerim Sadykova', place: 'Almaty', approvedAt: null })
  expect(row.send.held).toBe(false)

  const listener = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await listener.connect()
  const announced: string[] = []
  listener.on('notification', (n) => announced.push(n.payload ?? ''))
  await listener.query('LISTEN placard_content')
  try {
    expect(await decide([row.sendId], 'approve')).toMatchObject({ ok: true, message: expect.stringMatching(/Approved 1 name/) })
    await expect.poll(() => announced).toContain(`letter_actions:${letter.id}`)
  } finally {
    await listener.end()
  }
  expect((await getLetterBySlug(letter.slug))!.senders).toEqual({ recent: [{ name: 'Aigerim Sadykova', place: 'Almaty' }], total: 1 })
  expect(await db.auditEntry.count({ where: { action: 'letter.names.approve' } })).toBe(1)

  // Removing the name on request leaves the letter counted.
  expect(await decide([row.sendId], 'remove')).toMatchObject({ ok: true })
  const after = (await getLetterBySlug(letter.slug))!
  expect(after.senders.total).toBe(0)
  expect(after.count).toBe(1)
})

it('a name typed without ticking the box is not kept; a reused proof writes neither press nor name', async () => {
  const letter = await makeLetter()
  const proof = await solvedProof()
  expect((await pressSent(letter.slug, { altcha: proof, publicName: 'Not Ticked', publicPlace: 'Nowhere' })).body.outcome).toBe('counted')
  expect(await db.letterSenderName.count()).toBe(0)
  expect((await pressSent(letter.slug, { altcha: proof, showName: 'on', publicName: 'Second Try' })).status).toBe(400)
  expect(await db.letterSenderName.count()).toBe(0)
  expect(await db.letterSend.count()).toBe(1)
  // Without JavaScript: the same form post, held for review like any press without a proof, the name waiting too.
  const plain = await handleLetterSent(
    new Request('http://localhost/x', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'website=&showName=on&publicName=Ola%20Nordmann&publicPlace=Bergen',
    }),
    letter.slug,
    null,
  )
  expect(plain.status).toBe(303)
  expect(await db.letterSenderName.findFirst({ include: { send: true } })).toMatchObject({ name: 'Ola Nordmann', place: 'Bergen', send: { held: true } })
})

it('the page shows the newest approved names first, a handful, and how many in all', async () => {
  const letter = await makeLetter()
  for (let i = 1; i <= RECENT_SENDERS + 3; i++) await pressSent(letter.slug, await named(`Sender ${i}`), `198.51.100.${i}`)
  const rows = await db.letterSenderName.findMany({ orderBy: { createdAt: 'asc' } })
  // Approved one by one, oldest first: the last approved is the first shown.
  for (const r of rows) await decide([r.sendId], 'approve')
  const senders = (await getLetterBySlug(letter.slug))!.senders
  expect(senders.total).toBe(RECENT_SENDERS + 3)
  expect(senders.recent.map((s) => s.name)).toEqual(Array.from({ length: RECENT_SENDERS }, (_, i) => `Sender ${RECENT_SENDERS + 3 - i}`))
})

it('names never approved are deleted after 30 days; approved names and every press stay', async () => {
  const letter = await makeLetter()
  await pressSent(letter.slug, await named('Old Waiting'), '198.51.100.1')
  await pressSent(letter.slug, await named('Old Approved'), '198.51.100.2')
  await pressSent(letter.slug, await named('New Waiting'), '198.51.100.3')
  const approved = await db.letterSenderName.findFirstOrThrow({ where: { name: 'Old Approved' } })
  await decide([approved.sendId], 'approve')
  await db.letterSenderName.updateMany({ where: { name: { startsWith: 'Old' } }, data: { createdAt: new Date(Date.now() - 31 * 86_400_000) } })
  const report = await runRetention()
  expect(report.unconfirmedDeleted).toBe(1)
  expect((await db.letterSenderName.findMany({ orderBy: { name: 'asc' } })).map((n) => n.name)).toEqual(['New Waiting', 'Old Approved'])
  expect((await getLetterBySlug(letter.slug))!.count).toBe(3)
})
