import { beforeEach, expect, it } from 'vitest'
import { deleteContactMessage, forwardHeldMessage, markMessageHandled, publishContactMessage } from '@/app/admin/(area)/messages/actions'
import { POST as contactRoute } from '@/app/api/contact/route'
import { NOT_ALLOWED } from '@/lib/auth/admin-action'
import { listContactMessages } from '@/lib/contact/messages'
import { CONTACT_LIMIT_PER_HOUR } from '@/lib/contact/receive'
import { db } from '@/lib/db/client'
import { decodeFlash, FLASH_COOKIE } from '@/lib/http/flash'
import { runJobsOnce } from '@/lib/jobs/worker'
import { viaPool } from '@/lib/privacy/erasure'
import { runRetention } from '@/lib/privacy/retention'
import { eraseSubject, findSubject, subjectOf } from '@/lib/privacy/subject-access'
import { asUser, formData, fromAddress, makeUser } from '../support/admin-session'
import { makeAuthor, makeCategory, makePost, resetDatabase } from '../support/factories'
import { clearOfWindowEdge } from '../support/rate-limit-window'
import { solvedProof } from '../support/signing'
import { withTestSmtp } from '../support/smtp-server'

// Lena, a journalist, writes to the campaign through the contact form. Her message reaches the
// campaign's mailbox over a real SMTP exchange, with "Reply" going to her; Max, a moderator, reads
// it in the admin area. Bots and floods get nowhere, and bad input stores nothing.

const smtp = withTestSmtp()
beforeEach(async () => {
  await resetDatabase()
  smtp.received.length = 0
})

const lena = { topic: 'press', name: 'Lena Journalist', email: 'lena@newsroom.example', message: 'Could someone talk to me about the trial next week?' }

async function send(body: Record<string, unknown>, { ip = '198.51.100.20', mode = 'json' as 'json' | 'form' } = {}) {
  const headers: Record<string, string> = { ...fromAddress(ip) }
  let payload: string
  if (mode === 'json') {
    headers['content-type'] = 'application/json'
    payload = JSON.stringify(body)
  } else {
    headers['content-type'] = 'application/x-www-form-urlencoded'
    payload = new URLSearchParams(body as Record<string, string>).toString()
  }
  const response = await contactRoute(new Request('http://localhost/api/contact', { method: 'POST', headers, body: payload }))
  const text = await response.text()
  return {
    status: response.status,
    body: text ? (JSON.parse(text) as { outcome: string; message: string; fieldErrors?: Record<string, string> }) : null,
    response,
  }
}

const mailHeader = (raw: string, name: string) => new RegExp(`^${name}: (.*)$`, 'mi').exec(raw)?.[1]?.trim()

it('a message with the security check reaches the campaign’s mailbox, with Reply going to the sender', async () => {
  const answer = await send({ ...lena, altcha: await solvedProof() })
  expect(answer.status).toBe(200)
  expect(answer.body?.message).toMatch(/reached the campaign/)
  expect(await runJobsOnce()).toBe(1)
  expect(smtp.received).toHaveLength(1)
  const mail = smtp.received[0]!
  expect(mail.to).toBe(process.env.CONTACT_EMAIL ?? 'campaign@example.org')
  expect(mailHeader(mail.raw, 'Reply-To')).toBe('lena@newsroom.example')
  expect(mailHeader(mail.raw, 'Subject')).toBe('[Press enquiry] Lena Journalist')
  expect(mail.raw).toContain('Could someone talk to me about the trial next week?')
  const stored = await db.contactMessage.findFirstOrThrow()
  expect(stored.forwardedAt).not.toBeNull()
  expect(stored.heldReason).toBeNull()
  // A second run sends nothing more.
  await runJobsOnce()
  expect(smtp.received).toHaveLength(1)
})

it('without JavaScript the message is kept for a moderator, who forwards it once it looks genuine', async () => {
  const answer = await send(lena, { mode: 'form' })
  expect(answer.status).toBe(303)
  expect(answer.response.headers.get('location')).toBe('/contact/sent')
  await runJobsOnce()
  expect(smtp.received).toHaveLength(0)
  const held = await db.contactMessage.findFirstOrThrow()
  expect(held.heldReason).toBe('no-proof-of-work')
  // A browser posts a text box's line breaks as CR LF: kept as line breaks, not refused.
  expect((await send({ ...lena, message: 'First line.\r\nSecond line.' }, { mode: 'form' })).response.headers.get('location')).toBe('/contact/sent')
  expect((await db.contactMessage.findFirstOrThrow({ where: { message: { startsWith: 'First' } } })).message).toBe('First line.\nSecond line.')

  // The inbox shows both held, none to answer yet, and counts each tab.
  expect(await listContactMessages('held', 1)).toMatchObject({ total: 2, open: 0, held: 2 })
  expect((await listContactMessages('all', 1)).total).toBe(2)
  expect((await listContactMessages('open', 1)).rows).toEqual([])
  const moderator = await makeUser('moderator')
  const forwarded = await asUser(moderator, () => forwardHeldMessage(null, formData({ id: held.id })))
  expect(forwarded).toMatchObject({ ok: true })
  await runJobsOnce()
  expect(smtp.received.map((m) => mailHeader(m.raw, 'Reply-To'))).toEqual(['lena@newsroom.example'])
  expect(await db.auditEntry.findFirst({ where: { action: 'message.forward' } })).toMatchObject({ entityId: held.id, summary: 'Lena Journalist' })

  expect(await asUser(moderator, () => markMessageHandled(null, formData({ id: held.id, handled: 'yes' })))).toMatchObject({ ok: true })
  expect((await db.contactMessage.findUniqueOrThrow({ where: { id: held.id } })).handledAt).not.toBeNull()
})

it('a bot that fills the hidden field is told the same as anyone, and its message is never forwarded', async () => {
  const answer = await send({ ...lena, website: 'http://spam.example', altcha: await solvedProof() })
  expect(answer.status).toBe(200)
  expect(answer.body?.outcome).toBe('accepted')
  await runJobsOnce()
  expect(smtp.received).toHaveLength(0)
  expect((await db.contactMessage.findFirstOrThrow()).heldReason).toBe('honeypot')
})

it('one connection can send only a few messages an hour, and a solved check works once', async () => {
  await clearOfWindowEdge(60 * 60)
  for (let i = 0; i < CONTACT_LIMIT_PER_HOUR; i++) expect((await send({ ...lena, altcha: await solvedProof() }, { ip: '198.51.100.30' })).status).toBe(200)
  const flood = await send({ ...lena, altcha: await solvedProof() }, { ip: '198.51.100.30' })
  expect(flood.status).toBe(429)
  expect(flood.body?.message).toMatch(/in the last hour/)
  expect(await db.contactMessage.count()).toBe(CONTACT_LIMIT_PER_HOUR)
  // Someone else is not affected.
  expect((await send({ ...lena, altcha: await solvedProof() }, { ip: '198.51.100.31' })).status).toBe(200)

  const proof = await solvedProof()
  expect((await send({ ...lena, altcha: proof }, { ip: '198.51.100.32' })).status).toBe(200)
  const again = await send({ ...lena, altcha: proof }, { ip: '198.51.100.32' })
  expect(again.status).toBe(400)
  expect(again.body?.message).toMatch(/already used/)
})

it('bad input gets a specific message for each field and stores nothing', async () => {
  const answer = await send({ topic: 'gossip', name: '=HYPERLINK("x")', email: 'lena@gmial.com', message: 'hi', altcha: await solvedProof() })
  expect(answer.status).toBe(422)
  expect(answer.body?.fieldErrors).toEqual({
    topic: 'Please choose what your message is about.',
    name: 'A name can’t start with =, +, - or @.',
    email: 'Did you mean lena@gmail.com? Please check the address.',
    message: 'Your message is very short: please say a little more, so we can answer.',
  })
  expect((await send({ ...lena })).body?.message).toMatch(/security check hasn’t finished/)
  expect((await send({ ...lena, altcha: 'bm90IGEgcHJvb2Y=' })).status).toBe(400)
  expect(await db.contactMessage.count()).toBe(0)

  // Without JavaScript the answer comes back on a page, with what was typed.
  const form = await send({ ...lena, message: '' }, { mode: 'form' })
  expect(form.status).toBe(303)
  expect(form.response.headers.get('location')).toBe('/contact/answer')
  const cookie = /placard_sign=([^;]+); Path=\/contact;/.exec(form.response.headers.get('set-cookie') ?? '')
  expect(cookie?.[0]).toContain(FLASH_COOKIE)
  const flash = decodeFlash(cookie?.[1])
  expect(flash?.fieldErrors).toEqual({ message: 'Please write your message.' })
  expect(flash?.values).toMatchObject({ name: 'Lena Journalist', email: 'lena@newsroom.example' })
  expect(await db.contactMessage.count()).toBe(0)
})

it('only moderators and admins can act on messages; editors and strangers are refused', async () => {
  await send(lena, { mode: 'form' })
  const message = await db.contactMessage.findFirstOrThrow()
  for (const user of [await makeUser('editor'), null]) {
    const answer = await asUser(user, () => deleteContactMessage(null, formData({ id: message.id })))
    expect(answer.ok).toBe(false)
    if (user) expect(answer.message).toBe(NOT_ALLOWED)
  }
  expect(await db.contactMessage.count()).toBe(1)
  const admin = await makeUser('admin')
  expect(await asUser(admin, () => deleteContactMessage(null, formData({ id: message.id })))).toMatchObject({ ok: true })
  expect(await db.contactMessage.count()).toBe(0)
  expect(await asUser(admin, () => deleteContactMessage(null, formData({ id: message.id })))).toMatchObject({ ok: false, message: /no longer exists/ })
})

it('a subject-access request finds the sender’s messages and erasure deletes them; after a year they go anyway', async () => {
  await send({ ...lena, email: 'Lena@Newsroom.example', altcha: await solvedProof() })
  await send({ ...lena, email: 'other@newsroom.example', altcha: await solvedProof() }, { ip: '198.51.100.40' })
  const subject = subjectOf('lena@newsroom.example')
  const report = await findSubject(viaPool, subject)
  const found = report.sources.find((s) => s.id === 'contact-messages')
  expect(found?.items.map((i) => i.fields.name)).toEqual(['Lena Journalist'])
  expect(await eraseSubject(viaPool, subject)).toMatchObject({ 'contact-messages': 1 })
  expect(await db.contactMessage.findMany({ select: { email: true } })).toEqual([{ email: 'other@newsroom.example' }])

  const inAYear = new Date(Date.now() + 366 * 24 * 60 * 60 * 1000)
  expect(await runRetention(inAYear)).toMatchObject({ contactMessagesDeleted: 1 })
  expect(await db.contactMessage.count()).toBe(0)
})

it('a message of solidarity whose sender agreed is published under the appeal it answers; one without consent stays private', async () => {
  const appeal = await makePost({ authorId: (await makeAuthor()).id, categoryIds: [(await makeCategory()).id], title: 'Write to the embassy' })
  const solidarity = { ...lena, topic: 'solidarity', name: 'Dockers of Gdańsk', message: 'Solidarity from the dockers of Gdańsk!' }
  await send({ ...solidarity, mayPublish: 'on', altcha: await solvedProof() })
  await send({ ...solidarity, email: 'private@newsroom.example', name: 'Quiet Friend', altcha: await solvedProof() }, { ip: '198.51.100.50' })
  const consenting = await db.contactMessage.findFirstOrThrow({ where: { name: 'Dockers of Gdańsk' } })
  const quiet = await db.contactMessage.findFirstOrThrow({ where: { name: 'Quiet Friend' } })
  const moderator = await makeUser('moderator')
  const publish = (id: string, postId = appeal.id) => asUser(moderator, () => publishContactMessage(null, formData({ id, postId })))

  expect(await publish(quiet.id)).toMatchObject({ ok: false, message: /did not agree to publication/ })
  expect(await publish(consenting.id, '00000000-0000-4000-8000-000000000000')).toMatchObject({ ok: false, message: /Choose a published post/ })
  expect(await publish(consenting.id)).toMatchObject({ ok: true, message: /Published under “Write to the embassy”/ })
  expect(await db.solidarityMessage.findMany({ select: { postId: true, name: true, message: true, status: true } })).toEqual([
    { postId: appeal.id, name: 'Dockers of Gdańsk', message: 'Solidarity from the dockers of Gdańsk!', status: 'approved' },
  ])
  expect((await db.contactMessage.findUniqueOrThrow({ where: { id: consenting.id } })).handledAt).not.toBeNull()
  expect(await publish(consenting.id)).toMatchObject({ ok: false, message: /already has a message under/ })
  expect(await asUser(await makeUser('editor'), () => publishContactMessage(null, formData({ id: consenting.id, postId: appeal.id })))).toMatchObject({
    ok: false,
    message: NOT_ALLOWED,
  })
  expect(await db.solidarityMessage.count()).toBe(1)
})
