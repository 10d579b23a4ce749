import { beforeEach, expect, it } from 'vitest'
import { decideSignaturesAction } from '@/app/admin/(area)/moderation/actions'
import pg from 'pg'
import { CONTENT_CHANNEL } from '@/lib/content/changes'
import { db } from '@/lib/db/client'
import { listHeldSignatures } from '@/lib/moderation/queue'
import { getPetitionNumbers } from '@/lib/petitions/queries'
import { asUser, formData, makeUser } from '../support/admin-session'
import { resetDatabase } from '../support/factories'
import { makePetition, signForm, validSigner } from '../support/signing'

// Signatures sent without JavaScript are held: a moderator approves the real ones (which then
// count at once) and rejects the fake ones (which never count), one by one or many at a time.

let moderator: Awaited<ReturnType<typeof makeUser>>
beforeEach(async () => {
  await resetDatabase()
  moderator = await makeUser('moderator')
})

async function heldConfirmedSignatures(petition: { id: string; slug: string }, n: number) {
  for (let i = 0; i < n; i++)
    await signForm(
      petition.slug,
      { ...validSigner({ fullName: `Held Signer ${i}` }), showName: 'on', shareWithTarget: 'on' } as Record<string, string>,
      `198.51.100.${i}`,
    )
  // The signers open their emails: confirmed, but still held, so they don't count yet.
  await db.signature.updateMany({ where: { petitionId: petition.id }, data: { status: 'confirmed', confirmedAt: new Date() } })
  return db.signature.findMany({ where: { petitionId: petition.id }, orderBy: { fullName: 'asc' } })
}

const decide = (ids: string[], decision: string) => asUser(moderator, () => decideSignaturesAction(null, formData({ 'ids[]': ids, decision })))

it('lists held signatures with their reasons, newest first', async () => {
  const petition = await makePetition()
  const held = await heldConfirmedSignatures(petition, 2)
  expect(held.every((s) => s.held && s.holdReasons.includes('no-proof-of-work'))).toBe(true)
  const { total, rows } = await listHeldSignatures({ page: 1 })
  expect(total).toBe(2)
  expect(rows.map((r) => r.fullName)).toEqual(['Held Signer 1', 'Held Signer 0'])
  expect((await getPetitionNumbers(petition)).count).toBe(0)
})

it('approving counts a confirmed signature at once; rejecting never counts one; nothing is decided twice', async () => {
  const petition = await makePetition()
  const [a, b, c] = await heldConfirmedSignatures(petition, 3)
  expect(await decide([a!.id], 'approve')).toMatchObject({ ok: true, message: 'Approved 1: confirmed ones count now.' })
  expect((await getPetitionNumbers(petition)).count).toBe(1)
  expect(await decide([b!.id, c!.id], 'reject')).toMatchObject({ ok: true, message: 'Rejected 2: they will never count.' })
  expect((await getPetitionNumbers(petition)).count).toBe(1)
  expect(await decide([a!.id, b!.id], 'approve')).toMatchObject({ ok: true, message: 'These signatures had already been decided.' })
  expect((await getPetitionNumbers(petition)).count).toBe(1)
  expect((await listHeldSignatures({ page: 1 })).total).toBe(0)
  expect((await db.auditEntry.findMany({ orderBy: { id: 'asc' } })).map((e) => [e.action, e.actorId])).toEqual([
    ['signatures.approve', moderator.id],
    ['signatures.reject', moderator.id],
  ])
})

it('says what to do when nothing is ticked, and refuses editors', async () => {
  expect(await decide([], 'approve')).toMatchObject({ ok: false, fieldErrors: { ids: 'Tick at least one signature first.' } })
  const editor = await makeUser('editor')
  const petition = await makePetition()
  const [a] = await heldConfirmedSignatures(petition, 1)
  expect(await asUser(editor, () => decideSignaturesAction(null, formData({ 'ids[]': [a!.id], decision: 'approve' })))).toMatchObject({ ok: false })
  expect((await getPetitionNumbers(petition)).count).toBe(0)
})

it('a decision refreshes the petition’s cached pages on every instance, once it is committed', async () => {
  const petition = await makePetition()
  const [a] = await heldConfirmedSignatures(petition, 1)
  const listener = new pg.Client({ connectionString: process.env.DATABASE_URL })
  const received: string[] = []
  await listener.connect()
  try {
    listener.on('notification', (m) => received.push(m.payload ?? ''))
    await listener.query(`LISTEN ${CONTENT_CHANNEL}`)
    await decide([a!.id], 'approve')
    await expect.poll(() => received).toContain(`petitions:${petition.id}`)
  } finally {
    await listener.end()
  }
})
