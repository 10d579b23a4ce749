import { renderToStaticMarkup } from 'react-dom/server'
import { beforeEach, expect, it } from 'vitest'
import ErasePage from '@/app/(site)/signatures/erase/page'
import { POST as eraseRoute } from '@/app/api/signatures/erase/route'
import { POST as withdrawRoute } from '@/app/api/signatures/withdraw/route'
import { sendUpdateAction, saveUpdateAction } from '@/app/admin/(area)/updates/actions'
import { db } from '@/lib/db/client'
import { runJobsOnce } from '@/lib/jobs/worker'
import { emailKeyOf } from '@/lib/privacy/email-key'
import { getPetitionNumbers } from '@/lib/petitions/queries'
import { canonicalEmail } from '@/lib/signatures/canonical-email'
import { confirmSignature } from '@/lib/signatures/confirm'
import { makeToken } from '@/lib/opt-in/links'
import { asUser, formData, makeUser } from '../support/admin-session'
import { resetDatabase } from '../support/factories'
import { NOTHING_PERSONAL } from '../support/signatures'
import { withTestSmtp } from '../support/smtp-server'
import { makePetition, signJson, solvedProof, validSigner } from '../support/signing'

// Rosa signs two petitions, then withdraws one from her email (her name and address are erased
// on the spot) and erases everything else with the link at the foot of her emails. Every email
// goes out over a real SMTP exchange; the links are read from the messages as they arrived.

const smtp = withTestSmtp()
const received = smtp.received

beforeEach(async () => {
  await resetDatabase()
  received.length = 0
})

/** The message's text, quoted-printable undone where the text part is sent so (updates). */
const decoded = (raw: string) =>
  raw.includes('Content-Transfer-Encoding: quoted-printable')
    ? raw.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : raw
const linkIn = (raw: string, path: string) => decoded(raw).match(new RegExp(`https?://[^\\s"<]+${path}\\?token=[A-Za-z0-9._-]+`))?.[0]
const tokenOf = (link: string | undefined) => new URL(link!).searchParams.get('token')!
const post = (route: (r: Request) => Promise<Response>, url: string, fields: Record<string, string>) =>
  route(
    new Request(`http://localhost${url}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields),
    }),
  )

/** Signs with a real proof-of-work, confirms from the email, and returns the email as it arrived. */
async function signAndConfirm(slug: string, fields: Record<string, unknown>) {
  received.length = 0
  expect((await signJson(slug, { ...validSigner(fields), altcha: await solvedProof() })).body.outcome).toBe('accepted')
  await runJobsOnce()
  const mail = received.at(-1)!
  expect(await confirmSignature(tokenOf(linkIn(mail.raw, '/signatures/confirm')))).toMatchObject({ kind: 'confirmed' })
  return mail
}

const everything = () =>
  db.$queryRawUnsafe<{ t: string }[]>(`SELECT t::text FROM signatures t UNION ALL SELECT t::text FROM jobs t UNION ALL SELECT t::text FROM update_deliveries t`)

it('withdrawing erases the signer’s personal data, the count drops by one, and the same address never counts again', async () => {
  const petition = await makePetition()
  await signAndConfirm(petition.slug, { fullName: 'Someone Else', email: 'someone.else@example.org' })
  const mail = await signAndConfirm(petition.slug, {
    fullName: 'Rosa Luxem',
    email: 'Rosa.Luxem@gmail.com',
    city: 'Zamość',
    postcode: '22-400',
    comment: 'For Teodor.',
    keepInformed: true,
  })
  expect((await getPetitionNumbers(petition)).count).toBe(2)

  const answer = await post(withdrawRoute, '/api/signatures/withdraw', { token: tokenOf(linkIn(mail.raw, '/signatures/withdraw')) })
  expect(answer.status).toBe(303)
  expect(answer.headers.get('location')).toBe(`/petitions/${petition.slug}/done/withdrawn`)
  expect((await getPetitionNumbers(petition)).count).toBe(1)

  const row = await db.signature.findFirstOrThrow({ where: { petitionId: petition.id, emailKey: { not: null } } })
  expect(row).toMatchObject({
    ...NOTHING_PERSONAL,
    status: 'withdrawn',
    showName: false,
    keepInformed: false,
    shareWithTarget: false,
    emailKey: emailKeyOf('rosaluxem@gmail.com'),
    withdrawnAt: expect.any(Date),
    anonymisedAt: expect.any(Date),
  })
  const stored = JSON.stringify(await everything())
  for (const trace of ['Rosa', 'rosa', 'Luxem', 'luxem', 'Zamość', '22-400', 'For Teodor', '203.0.113']) expect(stored).not.toContain(trace)

  // Signing again with other spellings of the address: today's "already signed" answer, no row, no count.
  const existingAnswer = (await signJson(petition.slug, { ...validSigner({ email: 'someone.else@example.org' }), altcha: await solvedProof() })).body
  for (const email of ['ROSA.LUXEM@GMAIL.COM', 'rosaluxem@googlemail.com', 'r.o.s.a.luxem+again@gmail.com']) {
    const again = await signJson(petition.slug, { ...validSigner({ email }), altcha: await solvedProof() })
    expect(again).toEqual({ status: 200, body: existingAnswer })
  }
  expect(await db.signature.count({ where: { petitionId: petition.id } })).toBe(2)
  expect((await getPetitionNumbers(petition)).count).toBe(1)

  // The link again: harmless, and says so.
  const twice = await post(withdrawRoute, '/api/signatures/withdraw', { token: tokenOf(linkIn(mail.raw, '/signatures/withdraw')) })
  expect(twice.headers.get('location')).toBe(`/petitions/${petition.slug}/done/already-withdrawn`)
  expect((await getPetitionNumbers(petition)).count).toBe(1)
})

it('the erasure link in the confirmation email shows a page, and only its button erases every signature of the address', async () => {
  const [first, second, third] = [await makePetition(), await makePetition(), await makePetition()]
  const mail = await signAndConfirm(first.slug, { fullName: 'Nadia Okafor', email: 'nadia@example.org' })
  await signAndConfirm(second.slug, { fullName: 'Nadia Okafor', email: 'NADIA@example.org' })
  await signAndConfirm(third.slug, { fullName: 'Other Person', email: 'other@example.org' })
  // A signature still waiting for confirmation, with its email queued.
  expect((await signJson(third.slug, { ...validSigner({ email: 'nadia@example.org' }), altcha: await solvedProof() })).body.outcome).toBe('accepted')
  const link = linkIn(mail.raw, '/signatures/erase')
  expect(decoded(mail.raw)).toContain('Erase everything this site holds about nadia@example.org')
  expect(link).toBeDefined()
  const token = tokenOf(link)

  // Opening the link (a GET, as a mail scanner does) shows what would go, and changes nothing.
  const before = await everything()
  const html = renderToStaticMarkup(await ErasePage({ searchParams: Promise.resolve({ token }) }))
  expect(html).toContain('Erase everything this site holds about nadia@example.org?')
  expect(html).toMatch(/<form[^>]* action="\/api\/signatures\/erase" method="post"><input type="hidden" name="token"/)
  expect(html).toContain('Your 3 signatures will be withdrawn')
  expect(await everything()).toEqual(before)

  // A forged token, another purpose's token, a token cut short: nothing erased, and the page is a 404.
  for (const bad of [token.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')), makeToken('withdraw-link', token.slice(0, 36)), token.slice(0, 50), '']) {
    const answer = await post(eraseRoute, '/api/signatures/erase', { token: bad })
    expect(answer.status).toBe(303)
    expect(answer.headers.get('location')).toMatch(/^\/signatures\/erase(\?|$)/)
    await expect(ErasePage({ searchParams: Promise.resolve({ token: bad }) })).rejects.toMatchObject({
      digest: expect.stringMatching(/^NEXT_HTTP_ERROR_FALLBACK;404/),
    })
  }
  // Made a year and a day ago: expired.
  const old = makeToken('erase-link', token.slice(0, 36), Date.now() - 366 * 24 * 3600 * 1000)
  await post(eraseRoute, '/api/signatures/erase', { token: old })
  await expect(ErasePage({ searchParams: Promise.resolve({ token: old }) })).rejects.toMatchObject({ digest: expect.stringMatching(/404/) })
  expect(await everything()).toEqual(before)

  const answer = await post(eraseRoute, '/api/signatures/erase', { token })
  expect(answer.status).toBe(303)
  expect(answer.headers.get('location')).toBe('/signatures/erase/done?signatures=3&petitions=3')
  for (const petition of [first, second]) expect((await getPetitionNumbers(petition)).count).toBe(0)
  expect((await getPetitionNumbers(third)).count).toBe(1)
  expect(await db.signature.count({ where: { email: { contains: 'nadia', mode: 'insensitive' } } })).toBe(0)
  expect(await db.signature.count({ where: { emailKey: emailKeyOf(canonicalEmail('nadia@example.org')) } })).toBe(3)
  expect(JSON.stringify(await everything())).not.toMatch(/nadia|okafor/i)
  expect(await db.signature.findFirst({ where: { email: 'other@example.org', status: 'confirmed' } })).not.toBeNull()

  // The queued confirmation email is gone: the worker sends nothing more to her.
  received.length = 0
  await runJobsOnce()
  expect(received).toHaveLength(0)

  // Pressing again: nothing left, said plainly; signing again is "already signed" and never counts.
  expect((await post(eraseRoute, '/api/signatures/erase', { token })).headers.get('location')).toBe('/signatures/erase/done')
  expect((await signJson(first.slug, { ...validSigner({ email: 'Nadia@Example.org' }), altcha: await solvedProof() })).body.outcome).toBe('already-signed')
  expect((await getPetitionNumbers(first)).count).toBe(0)
})

it('every update to signers carries a working erasure link for its recipient', async () => {
  const petition = await makePetition()
  await signAndConfirm(petition.slug, { fullName: 'Kept Informed', email: 'kept@example.org', keepInformed: true })
  const editor = await makeUser('editor')
  const saved = await asUser(editor, () => saveUpdateAction(null, formData({ petitionId: petition.id, subject: 'Hearing moved', bodyHtml: '<p>News.</p>' })))
  expect(saved).toMatchObject({ ok: true })
  received.length = 0
  expect(await asUser(editor, () => sendUpdateAction(null, formData({ id: saved.ok ? saved.id! : '', expected: '1' })))).toMatchObject({ ok: true })
  for (let i = 0; i < 5 && (await runJobsOnce()) > 0; i++);
  expect(received.map((m) => m.to)).toEqual(['kept@example.org'])
  const text = decoded(received[0]!.raw)
  expect(text).toContain('Erase everything this site holds about kept@example.org')
  const link = linkIn(received[0]!.raw, '/signatures/erase')
  const answer = await post(eraseRoute, '/api/signatures/erase', { token: tokenOf(link) })
  expect(answer.headers.get('location')).toBe('/signatures/erase/done?signatures=1&petitions=1')
  expect((await getPetitionNumbers(petition)).count).toBe(0)
  expect(JSON.stringify(await everything())).not.toContain('kept@')
  // The delivery record stays (the update's figures), with nothing of the address in it.
  expect(await db.updateDelivery.count({ where: { sentAt: { not: null } } })).toBe(1)
})
