import { beforeEach, expect, it } from 'vitest'
import { saveLetterAction } from '@/app/admin/(area)/letters/actions'
import { importDirectoryAction, saveAddresseeAction } from '@/app/admin/(area)/letters/directory/actions'
import { db } from '@/lib/db/client'
import { asUser, formData, makeUser } from '../support/admin-session'
import { resetDatabase } from '../support/factories'

// An editor keeps the directory of addressees (by hand and from a CSV file) and attaches a
// letter action to it. The import is all or nothing, with every bad line named.

beforeEach(resetDatabase)

const csv = (text: string) => new File([text], 'directory.csv', { type: 'text/csv' })
const HEADER = 'kind,name,state,host_country,postal_address,email,phone,fax,source,checked_on'

it('imports a good file, reports every bad line of a bad one and then imports nothing, and updates on a second upload', async () => {
  const editor = await makeUser('editor')
  const good = [
    HEADER,
    'embassy,Embassy of Kardania in Germany,Kardania,DE,"Beispielallee 40\n10117 Berlin",berlin@embassy.kardania.example,+49 30 1234 5670,,Ministry list,2026-11-20',
    'Embassy,Embassy of Kardania in France,Kardania,France,"18 rue de l’Exemple, Paris",paris@embassy.kardania.example,,,,',
    'ministry,Ministry of Justice of Kardania,Kardania,,"1 Square, Seltz",minister@justice.kardania.example,,,,',
  ].join('\n')
  const first = await asUser(editor, () => importDirectoryAction(null, formData({ file: csv(good) })))
  expect(first).toMatchObject({ ok: true, message: 'Imported: 3 new entries, 0 updated.' })
  const france = await db.letterAddressee.findFirstOrThrow({ where: { hostCountry: 'FR' } })
  expect(france).toMatchObject({ kind: 'embassy', state: 'Kardania', postalAddress: '18 rue de l’Exemple, Paris' })
  expect((await db.letterAddressee.findFirstOrThrow({ where: { hostCountry: 'DE' } })).postalAddress).toBe('Beispielallee 40\n10117 Berlin')

  const bad = [
    HEADER,
    'embassy,Embassy of Kardania in Sweden,Kardania,SE,,stockholm@embassy.kardania.example,,,,',
    'embassy,Embassy without a host,Kardania,,,a@b.example,,,,',
    'palace,The Palace,Kardania,,,,,,,',
    'ministry,"=HYPERLINK(""http://evil.example"")",Kardania,,,,,,,',
    'ministry,Ministry of Labour,Kardania,,,not-an-email,call us,,,2999-01-01',
    'embassy,Embassy in Atlantis,Kardania,Atlantis,,,,,,',
  ].join('\n')
  const refused = await asUser(editor, () => importDirectoryAction(null, formData({ file: csv(bad) })))
  expect(refused.ok).toBe(false)
  if (refused.ok) return
  expect(refused.message).toBe('Nothing was imported: 5 lines have problems. Fix them and upload the file again.')
  const report = refused.fieldErrors!.file!.split('\n')
  expect(report).toEqual([
    'Line 3, host_country: Say which country the embassy or consulate is in.',
    'Line 4, kind: Choose the kind: embassy, consulate, ministry, company or other.',
    'Line 5, name: A name can’t start with =, +, - or @.',
    'Line 6, email: That doesn’t look like an email address (like office@example.org).',
    'Line 6, phone: Write the phone number with digits, spaces and + ( ) - . / only.',
    'Line 6, checked_on: The day checked can’t be in the future.',
    'Line 7, host_country: Choose the country the embassy or consulate is in.',
  ])
  expect(await db.letterAddressee.count()).toBe(3)

  // The same file again with a changed address: updated in place, nothing doubled.
  const second = await asUser(editor, () => importDirectoryAction(null, formData({ file: csv(good.replace('Beispielallee 40', 'Beispielallee 42')) })))
  expect(second).toMatchObject({ ok: true, message: 'Imported: 0 new entries, 3 updated.' })
  expect(await db.letterAddressee.count()).toBe(3)
  expect((await db.letterAddressee.findFirstOrThrow({ where: { hostCountry: 'DE' } })).postalAddress).toContain('Beispielallee 42')
  expect(await db.auditEntry.count({ where: { action: 'addressee.import' } })).toBe(2)
})

it('refuses a file without the column names, and a moderator may not import at all', async () => {
  const editor = await makeUser('editor')
  const noHeader = await asUser(editor, () => importDirectoryAction(null, formData({ file: csv('embassy,Embassy,Kardania,DE\n') })))
  expect(noHeader).toMatchObject({ ok: false, fieldErrors: { file: expect.stringMatching(/must name the columns; kind, name, state are missing/) } })
  const moderator = await makeUser('moderator')
  expect(await asUser(moderator, () => importDirectoryAction(null, formData({ file: csv(HEADER) })))).toMatchObject({ ok: false })
  expect(await db.letterAddressee.count()).toBe(0)
})

it('an editor opens a letter only once it says who it goes to, what it says and its subject', async () => {
  const editor = await makeUser('editor')
  const ministry = await asUser(editor, () =>
    saveAddresseeAction(null, formData({ kind: 'ministry', name: 'Ministry of Justice', state: 'Kardania', email: 'minister@justice.kardania.example' })),
  )
  expect(ministry).toMatchObject({ ok: true })
  const incomplete = await asUser(editor, () => saveLetterAction(null, formData({ intent: 'open', title: 'Write to the ministry', body: '' })))
  expect(incomplete).toMatchObject({
    ok: false,
    fieldErrors: { subject: expect.any(String), body: expect.any(String), addresseeIds: expect.stringMatching(/Say who the letter goes to/) },
  })
  expect(await db.letterAction.count()).toBe(0)
  const opened = await asUser(editor, () =>
    saveLetterAction(
      null,
      formData({
        intent: 'open',
        title: 'Write to the ministry',
        subject: 'Free them',
        body: 'Dear Minister,\r\n\r\nFree them.\r\n{name}',
        ccEmails: 'campaign@example.org\nlawyers@example.org',
        demands: 'Drop the charges.\n\nLet the lawyers in.',
        'addresseeIds[]': [ministry.ok ? ministry.id! : ''],
      }),
    ),
  )
  expect(opened).toMatchObject({ ok: true, data: { status: 'open', slug: 'write-to-the-ministry' } })
  const letter = await db.letterAction.findFirstOrThrow({ include: { addressees: true } })
  expect(letter).toMatchObject({
    body: 'Dear Minister,\n\nFree them.\n{name}',
    ccEmails: ['campaign@example.org', 'lawyers@example.org'],
    demands: ['Drop the charges.', 'Let the lawyers in.'],
  })
  expect(letter.addressees).toHaveLength(1)
})
