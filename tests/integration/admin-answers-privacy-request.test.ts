import { beforeEach, expect, it } from 'vitest'
import { subjectAccessAction } from '@/app/admin/(area)/privacy/actions'
import { POST as exportRoute } from '@/app/api/admin/privacy/export/route'
import { NOT_ALLOWED } from '@/lib/auth/admin-action'
import { db } from '@/lib/db/client'
import { getPetitionNumbers } from '@/lib/petitions/queries'
import type { SubjectReport } from '@/lib/privacy/subject-access'
import { asUser, formData, makeUser } from '../support/admin-session'
import { resetDatabase } from '../support/factories'
import { insertSignatures } from '../support/signatures'
import { makePetition } from '../support/signing'

// Ada, an admin, answers Rosa's subject-access request: she finds everything Placard holds
// about rosa.luxem@gmail.com on every petition, downloads it as JSON, and erases it. Editors,
// moderators and strangers get none of it, and the audit log never holds the address.

const EMAIL = 'rosa.luxem@gmail.com'

beforeEach(resetDatabase)

async function setUp() {
  const [first, second, other] = [await makePetition(), await makePetition(), await makePetition()]
  // Rosa under three spellings of one mailbox, on two petitions; someone else on the third.
  await insertSignatures(first.id, 1, { email: 'Rosa.Luxem@gmail.com', name: 'Rosa Luxem', status: 'confirmed' })
  await insertSignatures(second.id, 1, { email: 'rosaluxem+petitions@googlemail.com', name: 'Rosa L.', status: 'pending' })
  await insertSignatures(first.id, 3, { status: 'confirmed' })
  await insertSignatures(other.id, 1, { email: 'someone@example.org', name: 'Some One', status: 'confirmed' })
  await db.$executeRaw`UPDATE signatures SET city = 'Zamość', comment = 'For Teodor', unsubscribed_at = now() WHERE full_name = 'Rosa Luxem'`
  await db.$executeRaw`INSERT INTO jobs (kind, payload) SELECT 'signature-confirmation', jsonb_build_object('signatureId', id) FROM signatures WHERE full_name = 'Rosa L.'`
  const update = await db.petitionUpdate.create({ data: { petitionId: first.id, subject: 'Hearing moved', bodyHtml: '<p>News.</p>', state: 'sent' } })
  await db.$executeRaw`INSERT INTO update_deliveries (update_id, signature_id, claimed_at, sent_at, attempts, last_error)
    SELECT ${update.id}::uuid, id, now(), now(), 2, '451 <Rosa.Luxem@gmail.com> try later' FROM signatures WHERE full_name = 'Rosa Luxem'`
  const editor = await db.user.create({ data: { name: 'Rosa at work', email: 'ROSA.LUXEM@gmail.com', slug: 'rosa-at-work', role: 'editor' } })
  return { first, second, other, editor }
}

const ask = (user: Awaited<ReturnType<typeof makeUser>> | null, intent: string, email: string) =>
  asUser(user, () => subjectAccessAction(null, formData({ intent, email })))

const download = (user: Awaited<ReturnType<typeof makeUser>> | null, email: string) =>
  asUser(user, () =>
    exportRoute(
      new Request('http://localhost/api/admin/privacy/export', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ email }),
      }),
    ),
  )

const source = (report: SubjectReport | undefined, id: string) => report!.sources.find((s) => s.id === id)!.items
const auditText = async () => (await db.$queryRawUnsafe<{ t: string }[]>(`SELECT t::text FROM audit_log t`)).map((r) => r.t).join('\n')

it('an admin finds every signature of the address on every petition, with its deliveries, unsubscribes, mail and account', async () => {
  const { first, second } = await setUp()
  const admin = await makeUser('admin')
  // A moderator once invalidated her signatures by address: the record and its audit entry name it.
  const invalidation = await db.signatureInvalidation.create({
    data: { filter: { email: 'rosaluxem@gmail.com' }, requestedByLabel: 'mod@example.org', state: 'undone' },
  })
  await db.auditEntry.create({
    data: { actorLabel: 'mod@example.org', action: 'signatures.invalidate', summary: '1 signature matching {"email":"rosaluxem@gmail.com"}' },
  })
  const found = await ask(admin, 'find', '  ROSA.LUXEM@gmail.com ')
  expect(found).toMatchObject({ ok: true, message: 'Found 8 items held about this address.' })
  const report = found.ok ? found.result : undefined
  const signatures = source(report, 'signatures')
  expect(signatures.map((s) => s.fields.petition_id).sort()).toEqual([first.id, second.id].sort())
  expect(signatures.map((s) => s.detail).join('\n')).toMatch(/Rosa Luxem <Rosa\.Luxem@gmail\.com>, Zamość, DE · confirmed/)
  expect(signatures.every((s) => s.erasedAt === null)).toBe(true)
  expect(source(report, 'update-deliveries')).toHaveLength(1)
  expect(source(report, 'unsubscribes')).toHaveLength(1)
  expect(source(report, 'mail-jobs')).toHaveLength(1)
  expect(source(report, 'user-accounts').map((u) => u.fields.name)).toEqual(['Rosa at work'])
  expect(source(report, 'user-accounts')[0]!.fields).not.toHaveProperty('password_hash')
  expect(source(report, 'invalidations').map((i) => i.fields.id)).toEqual([invalidation.id])
  expect(source(report, 'audit-log').map((a) => a.fields.action)).toEqual(['signatures.invalidate'])
  expect(report!.sources.find((s) => s.id === 'paper-signers')!.note).toMatch(/no email address/)
  // Someone else's signature is not in it.
  expect(JSON.stringify(report)).not.toContain('someone@example.org')
})

it('the JSON download holds every field, and only admins get it', async () => {
  await setUp()
  const admin = await makeUser('admin')
  const answer = await download(admin, EMAIL)
  expect(answer.status).toBe(200)
  expect(answer.headers.get('content-disposition')).toMatch(/^attachment; filename="placard-subject-access-\d{4}-\d{2}-\d{2}\.json"$/)
  expect(answer.headers.get('cache-control')).toBe('private, no-store')
  const report = (await answer.json()) as SubjectReport
  const rosa = source(report, 'signatures').find((s) => s.fields.full_name === 'Rosa Luxem')!.fields
  expect(rosa).toMatchObject({ email: 'Rosa.Luxem@gmail.com', city: 'Zamość', comment: 'For Teodor', status: 'confirmed', country: 'DE' })
  // Every column of the table is in the file, whatever is added to it later.
  const columns = await db.$queryRaw<{ column_name: string }[]>`SELECT column_name FROM information_schema.columns WHERE table_name = 'signatures'`
  expect(Object.keys(rosa)).toEqual(expect.arrayContaining(columns.map((c) => c.column_name)))
  expect(source(report, 'update-deliveries')[0]!.fields).toMatchObject({ attempts: 2, last_error: expect.stringContaining('try later') })

  for (const role of ['editor', 'moderator'] as const) {
    const refused = await download(await makeUser(role), EMAIL)
    expect(refused.status).toBe(403)
    expect(await refused.json()).toEqual({ ok: false, message: NOT_ALLOWED })
  }
  const stranger = await download(null, EMAIL)
  expect(stranger.status).toBe(401)
  expect(await stranger.text()).not.toContain('Rosa')
  const malformed = await download(admin, 'rosa at gmail')
  expect(malformed.status).toBe(422)
  expect(await malformed.json()).toEqual({ ok: false, message: 'That isn’t a whole email address. Type it like rosa@example.org.' })
  expect(await ask(admin, 'find', 'rosa@')).toEqual({
    ok: false,
    message: 'Please correct the marked fields.',
    fieldErrors: { email: 'That isn’t a whole email address. Type it like rosa@example.org.' },
  })
})

it('erasing drops the counts, leaves only keyed hashes that a later search still finds, and the audit log never holds the address', async () => {
  const { first, second, other } = await setUp()
  const admin = await makeUser('admin')
  expect((await getPetitionNumbers(first)).count).toBe(4)
  await ask(admin, 'find', EMAIL)
  await download(admin, EMAIL)

  const erased = await ask(admin, 'erase', 'rosaluxem@gmail.com')
  expect(erased).toMatchObject({ ok: true, message: expect.stringMatching(/^Erased 2 signatures/) })
  expect((await getPetitionNumbers(first)).count).toBe(3)
  expect((await getPetitionNumbers(second)).count).toBe(0)
  expect((await getPetitionNumbers(other)).count).toBe(1)
  const left = erased.ok ? erased.result : undefined
  expect(source(left, 'signatures').map((s) => s.detail)).toEqual([expect.stringMatching(/^Erased on \d+ \w+ \d{4}/), expect.stringMatching(/^Erased on/)])
  expect(source(left, 'mail-jobs')).toHaveLength(0)
  expect(source(left, 'unsubscribes')).toHaveLength(1)
  const stored = (
    await db.$queryRawUnsafe<{ t: string }[]>(
      `SELECT t::text FROM signatures t UNION ALL SELECT t::text FROM update_deliveries t UNION ALL SELECT t::text FROM jobs t`,
    )
  )
    .map((r) => r.t)
    .join('\n')
  expect(stored).not.toMatch(/rosa|luxem|Zamość|Teodor/i)

  // A second search finds the erased signatures by their keyed hash, and says when they went.
  const again = await ask(admin, 'find', EMAIL)
  expect(source(again.ok ? again.result : undefined, 'signatures').every((s) => s.erasedAt)).toBe(true)
  expect(await ask(admin, 'erase', EMAIL)).toMatchObject({ ok: true, message: expect.stringMatching(/^There was nothing left to erase/) })

  const audit = await db.auditEntry.findMany({ where: { action: { startsWith: 'privacy.' } }, orderBy: { at: 'asc' } })
  expect(audit.map((a) => a.action)).toEqual(['privacy.search', 'privacy.export', 'privacy.erase', 'privacy.search', 'privacy.erase'])
  expect(audit[2]!.summary).toMatch(/^Erased 2 signatures; left: signatures 2 \(2 erased\)/)
  expect(new Set(audit.map((a) => a.entityId)).size).toBe(1)
  const log = await auditText()
  for (const trace of ['rosa', 'luxem', 'googlemail']) expect(log.toLowerCase()).not.toContain(trace)
})

it('editors, moderators and strangers can neither search nor erase', async () => {
  await setUp()
  for (const role of ['editor', 'moderator'] as const) {
    const user = await makeUser(role)
    for (const intent of ['find', 'erase']) expect(await ask(user, intent, EMAIL)).toEqual({ ok: false, message: NOT_ALLOWED })
  }
  expect(await db.signature.count({ where: { emailKey: { not: null } } })).toBe(0)
  expect(await db.auditEntry.count()).toBe(0)
})
