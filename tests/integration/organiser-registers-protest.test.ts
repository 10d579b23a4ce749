import { renderToStaticMarkup } from 'react-dom/server'
import { beforeEach, expect, it } from 'vitest'
import ErasedPage from '@/app/(site)/signatures/erase/done/page'
import ErasePage from '@/app/(site)/signatures/erase/page'
import { POST as eraseRoute } from '@/app/api/signatures/erase/route'
import { decideEventsAction, saveActionDayAction } from '@/app/admin/(area)/days-of-action/actions'
import { confirmEvent } from '@/lib/action-days/confirm'
import { handleRegisterRequest } from '@/lib/action-days/register-request'
import { getPublishedDay, listApprovedEvents } from '@/lib/action-days/queries'
import { db } from '@/lib/db/client'
import { runJobsOnce } from '@/lib/jobs/worker'
import { viaPool } from '@/lib/privacy/erasure'
import { eraseSubject, findSubject, subjectOf } from '@/lib/privacy/subject-access'
import { asUser, formData, makeUser } from '../support/admin-session'
import { resetDatabase, unique } from '../support/factories'
import { withTestSmtp } from '../support/smtp-server'
import { solvedProof } from '../support/signing'

// An organiser registers a protest for a day of action: the confirmation goes out over a real
// SMTP exchange, the link confirms it, a moderator approves it and it is listed; the privacy
// machinery finds, exports and erases it by the organiser's address.

const smtp = withTestSmtp()
const soon = () => new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10)

async function publishDay(editor: { id: string; sessionVersion: number }, date = soon()) {
  const state = await asUser(editor, () =>
    saveActionDayAction(null, formData({ intent: 'publish', title: 'Day of action', date, callHtml: '<p>Protest at the embassies.</p>' })),
  )
  expect(state).toMatchObject({ ok: true })
  return db.actionDay.findFirstOrThrow({ where: { id: (state as { id: string }).id } })
}

async function register(slug: string, body: Record<string, unknown>, ip = '198.51.100.4') {
  const request = new Request(`http://localhost/api/days-of-action/${slug}/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ altcha: await solvedProof(), ...body }),
  })
  const response = await handleRegisterRequest(request, slug, ip)
  return { status: response.status, body: (await response.json()) as { outcome: string; message: string; fieldErrors?: Record<string, string> } }
}

const organiser = (date: string, overrides: Record<string, unknown> = {}) => ({
  country: 'PT',
  city: 'Porto',
  place: 'Praça da Liberdade',
  date,
  time: '18:30',
  timeZone: 'Europe/Lisbon',
  organiserName: 'Comissão do Porto',
  description: 'Candles\r\nand banners.',
  email: `${unique('ines')}@example.org`,
  ...overrides,
})

beforeEach(async () => {
  await resetDatabase()
  smtp.received.length = 0
})

it('an organiser registers, confirms by email, a moderator approves, and the protest is listed', async () => {
  const editor = await makeUser('editor')
  const moderator = await makeUser('moderator')
  const day = await publishDay(editor)
  const date = day.date.toISOString().slice(0, 10)
  const input = organiser(date)
  expect(await register(day.slug, input)).toMatchObject({ status: 200, body: { outcome: 'accepted' } })
  expect(await listApprovedEvents(day.id)).toHaveLength(0)

  expect(await runJobsOnce()).toBe(1)
  expect(smtp.received).toHaveLength(1)
  expect(smtp.received[0]!.to).toBe(input.email)
  expect(smtp.received[0]!.raw).toMatch(/Subject: Please confirm your protest: Day of action/)
  const link = smtp.received[0]!.raw.match(/https?:\/\/[^\s"<]+\/action-events\/confirm\?token=[A-Za-z0-9._-]+/)?.[0]
  const token = new URL(link!).searchParams.get('token')!
  expect(await confirmEvent(token)).toEqual({ kind: 'confirmed', daySlug: day.slug })
  expect(await confirmEvent(token)).toEqual({ kind: 'already-confirmed', daySlug: day.slug })
  expect(await confirmEvent(`${token.slice(0, -2)}xx`)).toEqual({ kind: 'invalid-link' })

  const event = await db.actionEvent.findFirstOrThrow()
  // The form's CRLF line breaks are kept as plain line breaks.
  expect(event).toMatchObject({ status: 'confirmed', timeZone: 'Europe/Lisbon', holdReasons: [], description: 'Candles\nand banners.' })
  // An editor can't decide; a moderator can, and the audit log says what, without the address.
  expect(await asUser(editor, () => decideEventsAction(null, formData({ 'ids[]': [event.id], decision: 'approve' })))).toMatchObject({ ok: false })
  expect(await asUser(moderator, () => decideEventsAction(null, formData({ 'ids[]': [event.id], decision: 'approve' })))).toMatchObject({ ok: true })
  const listed = await listApprovedEvents(day.id)
  expect(listed.map((e) => e.city)).toEqual(['Porto'])
  expect(JSON.stringify(listed)).not.toContain(input.email)
  expect(JSON.stringify(await getPublishedDay(day.slug))).not.toContain(input.email)
  const audit = await db.auditEntry.findFirstOrThrow({ where: { action: 'action-event.approve' } })
  expect(audit.summary).toBe('Approved protest in Porto, PT')
})

it('holds to the anti-abuse baseline: one proof per registration, no duplicate, at most five per address', async () => {
  const day = await publishDay(await makeUser('editor'))
  const date = day.date.toISOString().slice(0, 10)
  const email = `${unique('busy')}@gmail.com`
  const proof = await solvedProof()
  expect((await register(day.slug, { ...organiser(date, { email }), altcha: proof })).status).toBe(200)
  // The same proof again: refused. The same protest under another spelling of the address: refused.
  expect(await register(day.slug, { ...organiser(date, { city: 'Braga', email }), altcha: proof })).toMatchObject({
    status: 400,
    body: { outcome: 'proof-problem' },
  })
  expect(await register(day.slug, organiser(date, { email: email.replace('@', '+x@').toUpperCase() }))).toMatchObject({
    status: 409,
    body: { outcome: 'already-signed' },
  })
  for (const city of ['Braga', 'Faro', 'Coimbra', 'Évora']) expect((await register(day.slug, organiser(date, { city, email }))).status).toBe(200)
  expect(await register(day.slug, organiser(date, { city: 'Aveiro', email }))).toMatchObject({
    status: 409,
    body: { message: expect.stringContaining('at most 5') },
  })
  expect(await db.actionEvent.count()).toBe(5)
})

it('explains time zones: a country with several needs a choice, a skipped hour is refused', async () => {
  const day = await publishDay(await makeUser('editor'), '2027-03-28')
  expect(await register(day.slug, organiser('2027-03-28', { timeZone: '' }))).toMatchObject({
    status: 422,
    body: { fieldErrors: { timeZone: expect.stringContaining('Portugal has several time zones') } },
  })
  expect(await register(day.slug, organiser('2027-03-28', { country: 'DE', city: 'Berlin', timeZone: '', time: '02:30' }))).toMatchObject({
    status: 422,
    body: { fieldErrors: { time: expect.stringContaining('Clocks skip 02:30') } },
  })
  expect(await register(day.slug, organiser('2027-03-28', { country: 'DE', city: 'Berlin', timeZone: '', time: '18:00' }))).toMatchObject({ status: 200 })
  expect(await db.actionEvent.findFirstOrThrow()).toMatchObject({ timeZone: 'Europe/Berlin', startsAt: new Date('2027-03-28T16:00:00Z') })
})

it('finds, exports and erases an organiser’s protests by their address', async () => {
  const day = await publishDay(await makeUser('editor'))
  const input = organiser(day.date.toISOString().slice(0, 10))
  await register(day.slug, input)
  const report = await findSubject(viaPool, subjectOf(input.email.toUpperCase()))
  const source = report.sources.find((s) => s.id === 'action-events')!
  expect(source.items).toHaveLength(1)
  expect(source.items[0]!.fields).toMatchObject({ email: input.email, city: 'Porto', organiser_name: 'Comissão do Porto' })
  expect(await eraseSubject(viaPool, subjectOf(input.email))).toMatchObject({ 'action-events': 1 })
  expect(await db.actionEvent.count()).toBe(0)
  expect(await db.job.count({ where: { kind: 'action-event-confirmation' } })).toBe(0)
})

it('the erase link in an organiser’s email deletes their protest and everything else held about their address', async () => {
  const day = await publishDay(await makeUser('editor'))
  const date = day.date.toISOString().slice(0, 10)
  const input = organiser(date)
  await register(day.slug, input)
  await register(day.slug, organiser(date, { city: 'Braga', email: input.email.toUpperCase() }))
  const other = organiser(date, { city: 'Faro', organiserName: 'Someone Else' })
  await register(day.slug, other)
  expect(await runJobsOnce()).toBe(3)
  const mail = smtp.received.find((m) => m.to === input.email)!.raw
  expect(mail).toContain(`Erase everything this site holds about ${input.email}`)
  expect(mail).not.toContain('write to')
  const token = new URL(mail.match(/https?:\/\/[^\s"<]+\/signatures\/erase\?token=[A-Za-z0-9._-]+/)![0]).searchParams.get('token')!

  // Opening the link shows what will go and changes nothing; the button erases.
  const html = renderToStaticMarkup(await ErasePage({ searchParams: Promise.resolve({ token }) }))
  expect(html).toContain(`Erase everything this site holds about ${input.email}?`)
  expect(html).toContain('Your protest in Porto for “Day of action”')
  expect(html).toContain('Your protest in Braga for “Day of action”')
  expect(await db.actionEvent.count()).toBe(3)
  const answer = await eraseRoute(
    new Request('http://localhost/api/signatures/erase', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token }),
    }),
  )
  expect(answer.status).toBe(303)
  expect(answer.headers.get('location')).toBe('/signatures/erase/done?signatures=0&petitions=0&entries=2')
  const done = renderToStaticMarkup(await ErasedPage({ searchParams: Promise.resolve({ signatures: '0', petitions: '0', entries: '2' }) }))
  expect(done).toContain('Your data is erased')

  const left = await db.actionEvent.findMany()
  expect(left.map((e) => e.organiserName)).toEqual(['Someone Else'])
  const stored = JSON.stringify(await db.$queryRawUnsafe(`SELECT t::text FROM action_events t UNION ALL SELECT t::text FROM jobs t`))
  expect(stored).not.toContain(input.email.split('@')[0])
  expect(stored).toContain(other.email)
  // Its confirmation link leads nowhere now, and a second press has nothing left to erase.
  const confirmLink = mail.match(/https?:\/\/[^\s"<]+\/action-events\/confirm\?token=[A-Za-z0-9._-]+/)![0]
  expect(await confirmEvent(new URL(confirmLink).searchParams.get('token')!)).toEqual({ kind: 'invalid-link' })
  await expect(ErasePage({ searchParams: Promise.resolve({ token }) })).rejects.toMatchObject({ digest: expect.stringMatching(/404/) })
})

it('forgets protests never confirmed or rejected after 30 days, and a listed organiser’s address once the day is long past', async () => {
  const { runRetention } = await import('@/lib/privacy/retention')
  const day = await db.actionDay.create({
    data: { slug: unique('old-day'), title: 'Old', date: new Date('2020-01-10T00:00:00Z'), callHtml: '<p>x</p>', status: 'published' },
  })
  const base = {
    actionDayId: day.id,
    country: 'PT',
    place: 'P',
    startsAt: day.date,
    timeZone: 'Europe/Lisbon',
    organiserName: 'O',
    description: '',
    emailDomain: 'example.org',
  }
  const at = (email: string) => ({ email, emailCanonical: email })
  const old = new Date('2020-01-01T00:00:00Z')
  await db.actionEvent.createMany({
    data: [
      { ...base, ...at('pending@example.org'), city: 'A', status: 'pending', createdAt: old },
      { ...base, ...at('rejected@example.org'), city: 'B', status: 'rejected', createdAt: old, decidedAt: old },
      { ...base, ...at('listed@example.org'), city: 'C', status: 'approved', createdAt: old, decidedAt: old, ipHash: 'ih' },
    ],
  })
  expect(await runRetention(new Date())).toMatchObject({ protestsCleared: 3 })
  const left = await db.actionEvent.findMany()
  expect(left).toHaveLength(1)
  expect(left[0]).toMatchObject({ city: 'C', status: 'approved', organiserName: 'O', email: '', emailDomain: '', ipHash: null })
  expect(left[0]!.emailCanonical).toBe(`erased:${left[0]!.id}`)
  expect(await runRetention(new Date())).toMatchObject({ protestsCleared: 0 })
})
