import { beforeEach, expect, it } from 'vitest'
import { deletePetitionAction, featurePetitionAction, savePetitionAction } from '@/app/admin/(area)/petitions/actions'
import { NOT_ALLOWED, NOT_SIGNED_IN } from '@/lib/auth/admin-action'
import { tagsForChanges } from '@/lib/content/changes'
import { db } from '@/lib/db/client'
import { getFeaturedPetition, getPetitionBySlug, getPetitionNumbers } from '@/lib/petitions/queries'
import { asUser, formData, makeUser } from '../support/admin-session'
import { resetDatabase } from '../support/factories'
import { makePetition } from '../support/signing'

// Erika, an editor, writes a petition, opens it, closes it, reopens it, marks it delivered and
// puts it in the sidebar. Readers see only what is open, closed or delivered.

let editor: Awaited<ReturnType<typeof makeUser>>
beforeEach(async () => {
  await resetDatabase()
  editor = await makeUser('editor')
})

const complete = {
  title: 'Free the Seltz Three',
  summary: 'Three union leaders are in prison for organising a strike.',
  bodyHtml: '<p>We ask for their release.</p><script>alert(1)</script><p></p>',
  target: 'The Minister of Justice',
  goal: '1000',
  deadline: '2099-12-31',
}

const save = (values: Record<string, string>) => asUser(editor, () => savePetitionAction(null, formData(values)))

/** Saves again on top of the latest version, as the editor's form does. */
async function act(intent: string, values: Record<string, string> = {}) {
  const current = await db.petition.findFirstOrThrow({ orderBy: { createdAt: 'desc' } })
  return save({
    ...complete,
    slug: current.slug,
    id: current.id,
    baseUpdatedAt: current.updatedAt.toISOString(),
    intent,
    ...values,
  })
}

async function confirmedSignatures(petitionId: string, n: number) {
  for (let i = 0; i < n; i++)
    await db.signature.create({
      data: {
        petitionId,
        fullName: `Signer ${i}`,
        email: `s${i}@example.org`,
        emailCanonical: `s${i}@example.org`,
        emailDomain: 'example.org',
        country: 'DE',
        consentVersion: '2026-11',
        consentedAt: new Date(),
        status: 'confirmed',
        confirmedAt: new Date(),
      },
    })
}

it('saves a draft that readers cannot see, with its text sanitised, then opens it', async () => {
  expect(await save({ intent: 'save', ...complete })).toMatchObject({ ok: true, message: 'Saved.', data: { status: 'draft', slug: 'free-the-seltz-three' } })
  const draft = await db.petition.findFirstOrThrow()
  expect(draft.bodyHtml).toBe('<p>We ask for their release.</p>')
  expect(await getPetitionBySlug('free-the-seltz-three')).toBeNull()

  expect(await act('open')).toMatchObject({ ok: true, message: 'Opened. It is on the site and takes signatures now.', data: { status: 'open' } })
  expect(await getPetitionBySlug('free-the-seltz-three')).toMatchObject({ title: 'Free the Seltz Three', status: 'open', target: 'The Minister of Justice' })
  // The database trigger's notification refreshes the petition's pages and the lists.
  expect(await tagsForChanges([`petitions:${draft.id}`])).toEqual([`petition:${draft.id}`, 'petitions'])
  const audit = await db.auditEntry.findMany({ orderBy: { id: 'asc' } })
  expect(audit.map((e) => e.action)).toEqual(['petition.create', 'petition.open'])
  expect(audit.every((e) => e.actorId === editor.id && e.entityId === draft.id)).toBe(true)
})

it('refuses bad input with a message on each field, and stores nothing', async () => {
  const answer = await save({ intent: 'save', title: ' ', slug: 'Not A Slug!', goal: 'many', deadline: '31/03/2027' })
  expect(answer).toMatchObject({
    ok: false,
    fieldErrors: {
      title: 'Give the petition a title.',
      slug: expect.stringContaining('lower-case letters'),
      goal: 'Set the goal as a number of signatures, like 1000.',
      deadline: 'Pick the last day as a date, like 2027-03-31.',
    },
  })
  expect(await save({ intent: 'save', title: 'No alt', goal: '10', imageUrl: '/media/x/800.webp' })).toMatchObject({
    ok: false,
    fieldErrors: { imageAlt: 'Describe the image for people who cannot see it.' },
  })
  expect(await save({ intent: 'save', title: 'Zero', goal: '0' })).toMatchObject({ ok: false, fieldErrors: { goal: 'Set a goal of at least one signature.' } })
  expect(await save({ intent: 'save', title: 'Offsite', goal: '10', imageUrl: 'https://tracker.example/pixel.gif', imageAlt: 'x' })).toMatchObject({
    ok: false,
    fieldErrors: { imageUrl: expect.stringContaining('media library') },
  })
  // Opening needs what readers sign: summary, text, addressee, and a last day still to come.
  expect(await save({ intent: 'open', title: 'Bare', goal: '10', deadline: '2020-01-01' })).toMatchObject({
    ok: false,
    message: 'An open petition needs the marked fields filled in.',
    fieldErrors: { summary: expect.any(String), bodyHtml: 'Write what the petition asks for.', target: expect.any(String), deadline: expect.any(String) },
  })
  expect(await db.petition.count()).toBe(0)
  expect(await db.auditEntry.count()).toBe(0)
})

it('closes, reopens and marks delivered, refusing steps that do not fit the state', async () => {
  await save({ intent: 'open', ...complete })
  expect(await act('open')).toMatchObject({ ok: false, message: expect.stringContaining('This petition is open, so it can’t be opened') })
  expect(await act('reopen')).toMatchObject({ ok: false })

  expect(await act('close')).toMatchObject({ ok: true, data: { status: 'closed' } })
  const closed = await getPetitionBySlug('free-the-seltz-three')
  expect(closed).toMatchObject({ status: 'closed', closedAt: expect.any(String), deadline: '2099-12-31T23:59:59.999Z' })

  expect(await act('reopen')).toMatchObject({ ok: true, data: { status: 'open' } })
  expect(await getPetitionBySlug('free-the-seltz-three')).toMatchObject({ status: 'open', closedAt: null })

  expect(await act('deliver', { deliveredOn: '' })).toMatchObject({ ok: false, fieldErrors: { deliveredOn: 'Pick the day it was delivered.' } })
  expect(await act('deliver', { deliveredOn: '2099-01-01' })).toMatchObject({ ok: false, fieldErrors: { deliveredOn: 'Pick today or a day before.' } })
  expect(await act('deliver', { deliveredOn: '2026-05-01', deliveryNote: 'Handed in by the families.' })).toMatchObject({ ok: true })
  expect(await getPetitionBySlug('free-the-seltz-three')).toMatchObject({
    status: 'delivered',
    deliveredAt: '2026-05-01T00:00:00.000Z',
    deliveryNote: 'Handed in by the families.',
  })
  expect((await db.auditEntry.findMany({ orderBy: { id: 'asc' } })).map((e) => e.action)).toEqual([
    'petition.create',
    'petition.open',
    'petition.close',
    'petition.open',
    'petition.deliver',
  ])
})

it('keeps exactly one petition in the sidebar, or none, and only an open one', async () => {
  const first = await makePetition()
  const second = await makePetition()
  const draft = await makePetition({ status: 'draft' })
  const feature = (id: string) => asUser(editor, () => featurePetitionAction(null, formData({ id })))

  expect(await feature(first.id)).toMatchObject({ ok: true })
  expect((await getFeaturedPetition())?.id).toBe(first.id)
  // Featuring is not an edit: an editor with the petition open can still save it.
  expect((await db.petition.findUniqueOrThrow({ where: { id: first.id } })).updatedAt).toEqual(first.updatedAt)
  expect(await feature(second.id)).toMatchObject({ ok: true })
  expect((await db.petition.findMany({ where: { featured: true } })).map((p) => p.id)).toEqual([second.id])
  expect(await feature(draft.id)).toMatchObject({ ok: false, message: expect.stringContaining('only an open petition can stand in the sidebar') })
  expect((await getFeaturedPetition())?.id).toBe(second.id)
  expect(await feature('')).toMatchObject({ ok: true, message: 'No petition stands in the sidebar now.' })
  expect(await getFeaturedPetition()).toBeNull()
  expect(await db.auditEntry.count({ where: { action: 'petition.feature' } })).toBe(3)

  // Closing a featured petition takes it out of the sidebar.
  await feature(first.id)
  await db.petition.update({ where: { id: first.id }, data: { summary: 'S', bodyHtml: '<p>T</p>' } })
  const current = await db.petition.findUniqueOrThrow({ where: { id: first.id } })
  await save({ ...complete, id: first.id, slug: current.slug, baseUpdatedAt: current.updatedAt.toISOString(), intent: 'close' })
  expect(await db.petition.count({ where: { featured: true } })).toBe(0)
})

it('shows a pinned goal as set, and a stepping goal stepped up, once reached', async () => {
  await save({ intent: 'open', ...complete, goal: '3' })
  const petition = await db.petition.findFirstOrThrow()
  await confirmedSignatures(petition.id, 4)
  expect(await getPetitionNumbers((await getPetitionBySlug(petition.slug))!)).toMatchObject({ count: 4, goal: 5 })

  expect(await act('save', { goal: '3', goalPinned: 'on' })).toMatchObject({ ok: true })
  const pinned = (await getPetitionBySlug(petition.slug))!
  expect(pinned.goalPinned).toBe(true)
  expect(await getPetitionNumbers(pinned)).toMatchObject({ count: 4, goal: 3 })
})

it('makes addresses from titles, numbers a taken one, and refuses a typed one that is taken', async () => {
  await save({ intent: 'save', ...complete })
  expect(await save({ intent: 'save', ...complete })).toMatchObject({ ok: true, data: { slug: 'free-the-seltz-three-2' } })
  expect(await save({ intent: 'save', ...complete, title: 'Another one', slug: 'free-the-seltz-three' })).toMatchObject({
    ok: false,
    fieldErrors: { slug: '“Free the Seltz Three” already uses /petitions/free-the-seltz-three. Choose another slug.' },
  })
  expect(await db.petition.count()).toBe(2)
})

it('refuses a save based on a version someone else has changed since', async () => {
  await save({ intent: 'save', ...complete })
  const petition = await db.petition.findFirstOrThrow()
  await act('save', { summary: 'A colleague’s summary.' })
  expect(await save({ ...complete, id: petition.id, slug: petition.slug, baseUpdatedAt: petition.updatedAt.toISOString(), intent: 'save' })).toMatchObject({
    ok: false,
    message: expect.stringContaining('saved this petition after you opened it'),
  })
  expect((await db.petition.findFirstOrThrow()).summary).toBe('A colleague’s summary.')
})

it('deletes a petition nobody signed, and refuses one with signatures, suggesting to close it', async () => {
  const unsigned = await makePetition({ status: 'draft' })
  const signed = await makePetition()
  await confirmedSignatures(signed.id, 2)
  const remove = (id: string) => asUser(editor, () => deletePetitionAction(null, formData({ id })))

  expect(await remove(signed.id)).toEqual({
    ok: false,
    message:
      '“Free the test three” has 2 signatures, so it can’t be deleted: the people who signed were promised it would be delivered. Close it instead; it stays on the site and takes no more signatures.',
  })
  expect(await db.signature.count({ where: { petitionId: signed.id } })).toBe(2)
  await expect(remove(unsigned.id)).rejects.toMatchObject({ digest: expect.stringContaining('NEXT_REDIRECT') })
  expect((await db.petition.findMany()).map((p) => p.id)).toEqual([signed.id])
  expect(await db.auditEntry.findMany({ select: { action: true, entityId: true } })).toEqual([{ action: 'petition.delete', entityId: unsigned.id }])
})

it('refuses strangers and moderators, changing nothing', async () => {
  const petition = await makePetition()
  const moderator = await makeUser('moderator')
  const attempts = [
    () => savePetitionAction(null, formData({ intent: 'save', ...complete })),
    () => savePetitionAction(null, formData({ intent: 'close', id: petition.id, ...complete })),
    () => featurePetitionAction(null, formData({ id: petition.id })),
    () => deletePetitionAction(null, formData({ id: petition.id })),
  ]
  for (const attempt of attempts) {
    expect(await asUser(null, attempt)).toEqual({ ok: false, message: NOT_SIGNED_IN })
    expect(await asUser(moderator, attempt)).toEqual({ ok: false, message: NOT_ALLOWED })
  }
  expect(await db.petition.findMany()).toEqual([petition])
  expect(await db.auditEntry.count()).toBe(0)
})
