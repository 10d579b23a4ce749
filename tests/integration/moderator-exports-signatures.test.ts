import { parse } from 'csv-parse/sync'
import { beforeEach, expect, it } from 'vitest'
import { addPaperCountAction, uploadPaperListAction } from '@/app/admin/(area)/petitions/paper-actions'
import { GET } from '@/app/api/admin/signatures/export/route'
import { NOT_ALLOWED, NOT_SIGNED_IN } from '@/lib/auth/admin-action'
import { db } from '@/lib/db/client'
import { listPetitionsForExport } from '@/lib/signatures/export'
import { EMAIL_FOR_ADMINS_ONLY } from '@/lib/signatures/export-request'
import { asUser, formData, makeUser } from '../support/admin-session'
import { resetDatabase, unique } from '../support/factories'
import { makePetition } from '../support/signing'

// A moderator downloads a petition's signatures to hand over with it. The file holds only the
// signatures that count, opens safely in a spreadsheet (no cell runs as a formula), reads
// Cyrillic names, and never carries emails unless an admin asked.

let moderator: Awaited<ReturnType<typeof makeUser>>
let petition: Awaited<ReturnType<typeof makePetition>>

beforeEach(async () => {
  await resetDatabase()
  moderator = await makeUser('moderator')
  petition = await makePetition()
})

type SignatureState = {
  status?: 'pending' | 'confirmed' | 'invalidated' | 'withdrawn'
  held?: boolean
  city?: string
  comment?: string
  shareWithTarget?: boolean
}

async function signature(fullName: string, { status = 'confirmed', held = false, shareWithTarget = true, ...rest }: SignatureState = {}, minutesAgo = 0) {
  const email = `${unique('signer')}@example.org`
  await db.signature.create({
    data: {
      petitionId: petition.id,
      fullName,
      email,
      emailCanonical: email,
      emailDomain: 'example.org',
      country: 'KZ',
      consentVersion: '2026-12',
      consentedAt: new Date(),
      status,
      held,
      shareWithTarget,
      createdAt: new Date(Date.UTC(2026, 10, 30, 12, 0) - minutesAgo * 60_000),
      ...rest,
    },
  })
  return email
}

function download(user: { id: string; sessionVersion: number } | null, query: string) {
  return asUser(user, () => GET(new Request(`http://localhost/api/admin/signatures/export?${query}`)))
}

const ALL_BUT_EMAIL = 'columns=name&columns=country&columns=city&columns=comment&columns=signed'

it('exports neutralised cells that parse back to the names, with a BOM and a dated file name', async () => {
  const names = ['=HYPERLINK("http://evil.example","Click")', '+1 555 0100', '-2', '@SUM(A1:A9)', '\tTabbed', '\rReturned', 'Анна Петрова']
  for (const [i, name] of names.entries())
    await signature(name, { city: i === 0 ? 'Алматы' : undefined, comment: i === 1 ? '=1+1, "quoted"' : undefined }, 100 - i)
  const response = await download(moderator, `petition=${petition.id}&${ALL_BUT_EMAIL}`)
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
  const today = new Date().toISOString().slice(0, 10)
  expect(response.headers.get('content-disposition')).toBe(`attachment; filename="signatures-${petition.slug}-${today}.csv"`)
  expect(response.headers.get('x-total-count')).toBe('7')
  const bytes = new Uint8Array(await response.arrayBuffer())
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])

  const rows = parse(Buffer.from(bytes), { bom: true }) as string[][]
  expect(rows[0]).toEqual(['Name', 'Country', 'City', 'Comment', 'Signed on'])
  expect(rows.slice(1).map((r) => r[0])).toEqual([
    '\'=HYPERLINK("http://evil.example","Click")',
    "'+1 555 0100",
    "'-2",
    "'@SUM(A1:A9)",
    "'\tTabbed",
    "'\rReturned",
    'Анна Петрова',
  ])
  expect(rows[1]).toEqual(['\'=HYPERLINK("http://evil.example","Click")', 'Kazakhstan', 'Алматы', '', '2026-11-30'])
  expect(rows[2]![3]).toBe('\'=1+1, "quoted"')
  // No cell at all starts with a character a spreadsheet would run.
  expect(rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([])
})

it('gives the addressee names, towns and comments only of signers who agreed to it; the others only their country', async () => {
  await signature('Agreed Aigerim', { city: 'Алматы', comment: 'Free them' }, 2)
  await signature('Careful Kairat', { city: 'Жанаозен', comment: 'My brother is inside', shareWithTarget: false }, 1)
  const rows = parse(await (await download(moderator, `petition=${petition.id}&${ALL_BUT_EMAIL}`)).text(), { bom: true }) as string[][]
  expect(rows.slice(1)).toEqual([
    ['Agreed Aigerim', 'Kazakhstan', 'Алматы', 'Free them', '2026-11-30'],
    ['(name not shared)', 'Kazakhstan', '', '', '2026-11-30'],
  ])
})

it('lists the names typed up from paper sheets after the online signatures, so the file matches the total', async () => {
  await signature('Online Olga', { city: 'Berlin' })
  const editor = await makeUser('editor')
  const list = new File(['Name,Country\nЕрлан Қасымов,KZ\n=cmd,Poland\n'], 'march.csv', { type: 'text/csv' })
  expect(await asUser(editor, () => uploadPaperListAction(null, formData({ petitionId: petition.id, note: 'May Day', file: list })))).toMatchObject({
    ok: true,
  })
  await asUser(editor, () => addPaperCountAction(null, formData({ petitionId: petition.id, count: '40', note: 'Stall, names not typed up' })))
  const response = await download(moderator, `petition=${petition.id}&columns=name&columns=country&columns=city`)
  expect(response.headers.get('x-total-count')).toBe('3')
  const rows = parse(await response.text(), { bom: true }) as string[][]
  expect(rows.slice(1)).toEqual([
    ['Online Olga', 'Kazakhstan', 'Berlin'],
    ['Ерлан Қасымов', 'Kazakhstan', ''],
    ["'=cmd", 'Poland', ''],
  ])
  const listed = (await listPetitionsForExport()).find((p) => p.id === petition.id)
  expect(listed?.signatures).toBe(3)
})

it('holds only the signatures that count: confirmed, not held', async () => {
  await signature('Counted Carla')
  await signature('Held Hanna', { held: true })
  await signature('Pending Pia', { status: 'pending' })
  await signature('Rejected Rita', { status: 'invalidated' })
  await signature('Withdrawn Wanda', { status: 'withdrawn' })
  const other = petition
  petition = await makePetition()
  await signature('Other Petition Olga')
  const rows = parse(await (await download(moderator, `petition=${other.id}&columns=name`)).text(), { bom: true }) as string[][]
  expect(rows).toEqual([['Name'], ['Counted Carla']])
})

it('gives emails to admins only, refused in the handler whatever the form showed', async () => {
  const email = await signature('Rosa Example')
  const asked = `petition=${petition.id}&columns=name&columns=email`
  const refused = await download(moderator, asked)
  expect(refused.status).toBe(403)
  expect(await refused.json()).toEqual({ ok: false, message: EMAIL_FOR_ADMINS_ONLY })
  const admin = await makeUser('admin')
  const rows = parse(await (await download(admin, asked)).text(), { bom: true }) as string[][]
  expect(rows).toEqual([
    ['Name', 'Email'],
    ['Rosa Example', email],
  ])
})

it('records every export in the audit log: who, petition, columns and rows', async () => {
  await signature('Counted Carla')
  await signature('Counted Cleo')
  await (await download(moderator, `petition=${petition.id}&columns=signed&columns=name`)).text()
  expect(await db.auditEntry.findMany({ select: { action: true, actorId: true, entityId: true, summary: true } })).toEqual([
    { action: 'signatures.export', actorId: moderator.id, entityId: petition.id, summary: '2 signatures of “Free the test three”; columns: Name, Signed on' },
  ])
})

it('refuses strangers and editors, and sends a moderator back to the form when something is missing', async () => {
  await signature('Counted Carla')
  const query = `petition=${petition.id}&columns=name`
  const stranger = await download(null, query)
  expect(stranger.status).toBe(401)
  expect(await stranger.json()).toEqual({ ok: false, message: NOT_SIGNED_IN })
  const editor = await download(await makeUser('editor'), query)
  expect(editor.status).toBe(403)
  expect(await editor.json()).toEqual({ ok: false, message: NOT_ALLOWED })

  for (const bad of [
    `petition=${petition.id}`,
    'columns=name',
    `petition=00000000-0000-4000-8000-000000000000&columns=name`,
    `petition=${petition.id}&columns=ssn`,
  ]) {
    const answer = await download(moderator, bad)
    expect(answer.status, bad).toBe(303)
    expect(answer.headers.get('location'), bad).toBe(`/admin/moderation/export?${bad}&problem=1`)
  }
  expect(await db.auditEntry.count()).toBe(0)
  expect(await download(moderator, `petition=${petition.id}&columns=`)).toMatchObject({ status: 303 })
})
