import { beforeEach, expect, it } from 'vitest'
import { addPaperCountAction, editPaperEntryAction, removePaperEntryAction, uploadPaperListAction } from '@/app/admin/(area)/petitions/paper-actions'
import { deletePetitionAction } from '@/app/admin/(area)/petitions/actions'
import { db } from '@/lib/db/client'
import { getPetitionBySlug, getPetitionNumbers } from '@/lib/petitions/queries'
import { petitionSheetPdf, sheetReturn } from '@/lib/petitions/sheet'
import { asUser, formData, makeUser } from '../support/admin-session'
import { resetDatabase } from '../support/factories'
import { makePetition } from '../support/signing'

// Signatures collected on printed sheets count toward the total and are shown as "of which N
// on paper"; an editor can correct or remove each entry, and every change is audited.

let editor: Awaited<ReturnType<typeof makeUser>>
beforeEach(async () => {
  await resetDatabase()
  editor = await makeUser('editor')
})

const csv = (text: string, name = 'may-day.csv') => new File([text], name, { type: 'text/csv' })
const add = (values: Record<string, string | Blob>) => asUser(editor, () => addPaperCountAction(null, formData(values)))
const upload = (values: Record<string, string | Blob>) => asUser(editor, () => uploadPaperListAction(null, formData(values)))

async function confirmedOnline(petitionId: string, country: string) {
  await db.signature.create({
    data: {
      petitionId,
      fullName: 'Online Signer',
      email: `online-${country}@example.net`,
      emailCanonical: `online-${country}@example.net`,
      emailDomain: 'example.net',
      country,
      consentVersion: 'test',
      consentedAt: new Date(),
      status: 'confirmed',
      confirmedAt: new Date(),
    },
  })
}

it('a number with a note counts toward the total, shown as on paper, and is audited', async () => {
  const petition = await makePetition()
  await confirmedOnline(petition.id, 'DE')
  expect(await add({ petitionId: petition.id, count: '120', note: 'May Day march, Seltz', country: 'kz' })).toMatchObject({ ok: true })
  expect(await add({ petitionId: petition.id, count: '30', note: 'Stall at the union congress', country: '' })).toMatchObject({ ok: true })

  const numbers = await getPetitionNumbers(petition)
  expect(numbers).toMatchObject({ count: 151, paper: 150 })
  // Paper collected in one country counts for it; paper from several places only in the total.
  expect(numbers.byCountry.map((c) => [c.code, c.count])).toEqual([
    ['KZ', 120],
    ['DE', 1],
  ])
  const audit = await db.auditEntry.findMany({ where: { action: 'petition.paper-add' }, orderBy: { id: 'asc' } })
  expect(audit.map((a) => a.summary)).toEqual([
    `120 paper signatures from Kazakhstan on “${petition.title}”: May Day march, Seltz`,
    `30 paper signatures on “${petition.title}”: Stall at the union congress`,
  ])
})

it('refuses a bad number or a missing note with a message, and stores nothing', async () => {
  const petition = await makePetition()
  for (const [values, field, message] of [
    [{ count: '0', note: 'March' }, 'count', 'at least one'],
    [{ count: '12.5', note: 'March' }, 'count', 'whole number'],
    [{ count: 'lots', note: 'March' }, 'count', 'number of signatures'],
    [{ count: '2000000', note: 'March' }, 'count', 'at most 1,000,000'],
    [{ count: '10', note: '  ' }, 'note', 'where they were collected'],
    [{ count: '10', note: 'March', country: 'XX' }, 'country', 'Choose a country'],
  ] as const) {
    const result = await add({ petitionId: petition.id, ...values })
    expect(result.ok, JSON.stringify(values)).toBe(false)
    expect(!result.ok && result.fieldErrors?.[field], JSON.stringify(values)).toContain(message)
  }
  expect(await db.paperSignatureEntry.count()).toBe(0)
})

it('an uploaded list of names and countries counts each name, with or without a heading row', async () => {
  const petition = await makePetition()
  const withHeading = '\uFEFFName;Country\nАйгүл Сейітова;Kazakhstan\nJan Nowak;PL\n\n"Smith, Anna";United Kingdom\n'
  expect(await upload({ petitionId: petition.id, note: 'May Day, Almaty', file: csv(withHeading) })).toMatchObject({
    ok: true,
    message: expect.stringContaining('3 paper signatures'),
  })
  expect(await upload({ petitionId: petition.id, note: 'Congress', file: csv('Ерлан Қасымов,kz\n') })).toMatchObject({ ok: true })

  const signers = await db.paperSigner.findMany({ orderBy: { id: 'asc' } })
  expect(signers.map((s) => [s.fullName, s.country])).toEqual([
    ['Айгүл Сейітова', 'KZ'],
    ['Jan Nowak', 'PL'],
    ['Smith, Anna', 'GB'],
    ['Ерлан Қасымов', 'KZ'],
  ])
  const numbers = await getPetitionNumbers(petition)
  expect(numbers).toMatchObject({ count: 4, paper: 4 })
  expect(numbers.byCountry.map((c) => [c.code, c.count])).toEqual([
    ['KZ', 2],
    ['GB', 1],
    ['PL', 1],
  ])
})

it('a list with mistakes is refused line by line, and nothing of it is added', async () => {
  const petition = await makePetition()
  const result = await upload({
    petitionId: petition.id,
    note: 'March',
    file: csv('Name,Country\nJan Nowak,Poland\n,France\nRosa,Atlantis\nEve\u202Ereversed,DE\n'),
  })
  expect(result.ok).toBe(false)
  const message = !result.ok ? result.fieldErrors?.file : ''
  expect(message).toContain('line 3: no name')
  expect(message).toContain('line 4: “Atlantis” is not a country')
  expect(message).toContain('line 5: the name contains control characters')
  expect(await upload({ petitionId: petition.id, note: 'March', file: csv('') })).toMatchObject({
    ok: false,
    fieldErrors: { file: expect.stringContaining('empty') },
  })
  expect(await upload({ petitionId: petition.id, note: 'March', file: csv('a,"b\n') })).toMatchObject({
    ok: false,
    fieldErrors: { file: expect.stringContaining('not a CSV') },
  })
  expect(await db.paperSignatureEntry.count()).toBe(0)
  expect(await db.paperSigner.count()).toBe(0)
})

it('each entry can be corrected or removed; the total follows and the audit log says what changed', async () => {
  const petition = await makePetition()
  await add({ petitionId: petition.id, count: '120', note: 'May Day' })
  const entry = await db.paperSignatureEntry.findFirstOrThrow()
  expect(await asUser(editor, () => editPaperEntryAction(null, formData({ id: entry.id, count: '102', note: 'May Day march' })))).toMatchObject({ ok: true })
  expect((await getPetitionNumbers(petition)).paper).toBe(102)

  await upload({ petitionId: petition.id, note: 'List', file: csv('Jan Nowak,PL\n') })
  const list = await db.paperSignatureEntry.findFirstOrThrow({ where: { fromCsv: true } })
  // An uploaded list's number is its names: correcting it means uploading the corrected list.
  expect(await asUser(editor, () => editPaperEntryAction(null, formData({ id: list.id, count: '50', note: 'List' })))).toMatchObject({
    ok: false,
    fieldErrors: { count: expect.stringContaining('number of names') },
  })

  expect(await asUser(editor, () => removePaperEntryAction(null, formData({ id: entry.id })))).toMatchObject({ ok: true })
  expect(await asUser(editor, () => removePaperEntryAction(null, formData({ id: entry.id })))).toMatchObject({
    ok: false,
    message: expect.stringContaining('already removed'),
  })
  expect(await getPetitionNumbers(petition)).toMatchObject({ count: 1, paper: 1 })
  const audit = await db.auditEntry.findMany({ where: { action: { in: ['petition.paper-edit', 'petition.paper-remove'] } }, orderBy: { id: 'asc' } })
  expect(audit.map((a) => [a.action, a.summary])).toEqual([
    ['petition.paper-edit', '120 paper signatures (May Day) → 102 paper signatures (May Day march)'],
    ['petition.paper-remove', '102 paper signatures: May Day march'],
  ])
})

it('a petition with paper signatures cannot be deleted', async () => {
  const petition = await makePetition()
  await add({ petitionId: petition.id, count: '5', note: 'Stall' })
  expect(await asUser(editor, () => deletePetitionAction(null, formData({ id: petition.id })))).toMatchObject({
    ok: false,
    message: expect.stringContaining('has 5 signatures'),
  })
})

it('the printed sheet says where to send it back: the petition’s return address, else the campaign’s email', async () => {
  const petition = await makePetition()
  const plain = (await getPetitionBySlug(petition.slug))!
  expect(sheetReturn(plain)).toEqual({ heading: expect.stringContaining('Please return completed sheets to Placard: '), address: null })
  await db.petition.update({ where: { id: petition.id }, data: { returnAddress: 'Campaign office\nPO Box 12\nLondon N1 9XX' } })
  const withAddress = (await getPetitionBySlug(petition.slug))!
  expect(sheetReturn(withAddress)).toEqual({ heading: 'Please send completed sheets to:', address: 'Campaign office\nPO Box 12\nLondon N1 9XX' })
  expect((await petitionSheetPdf(withAddress)).subarray(0, 5).toString()).toBe('%PDF-')
})

it('moderators and strangers cannot add, correct or remove paper signatures', async () => {
  const petition = await makePetition()
  const moderator = await makeUser('moderator')
  expect(await asUser(moderator, () => addPaperCountAction(null, formData({ petitionId: petition.id, count: '5', note: 'x' })))).toMatchObject({ ok: false })
  expect(await addPaperCountAction(null, formData({ petitionId: petition.id, count: '5', note: 'x' }))).toMatchObject({ ok: false })
  expect(await db.paperSignatureEntry.count()).toBe(0)
})
