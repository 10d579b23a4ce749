import { beforeEach, expect, it } from 'vitest'
import { subjectAccessAction } from '@/app/admin/(area)/privacy/actions'
import { decideMessagesAction, decideSupportersAction, editSupporterAction, mergeSupportersAction } from '@/app/admin/(area)/supporters/actions'
import { POST as postSupporter } from '@/app/api/supporters/route'
import { POST as postMessage } from '@/app/api/posts/[slug]/messages/route'
import { GET as confirmSupporterRoute } from '@/app/supporters/confirm/route'
import { GET as exportRoute } from '@/app/api/admin/supporters/export/route'
import { db } from '@/lib/db/client'
import { runJobsOnce } from '@/lib/jobs/worker'
import { eraseByLink } from '@/lib/privacy/erase-link'
import { runRetention } from '@/lib/privacy/retention'
import { makeToken } from '@/lib/opt-in/links'
import { listPublishedPosts } from '@/lib/posts/queries'
import { listApprovedMessages } from '@/lib/solidarity/queries'
import { listPublicSupporters } from '@/lib/supporters/public-list'
import { asUser, formData, makeUser } from '../support/admin-session'
import { makeAuthor, makeCategory, makePost, resetDatabase } from '../support/factories'
import { solvedProof } from '../support/signing'
import { withTestSmtp } from '../support/smtp-server'

// Sponsors and supporters, and solidarity messages under appeals: sent through the real public
// endpoints, confirmed from the real email (a throw-away SMTP server), approved, corrected,
// merged and removed by a moderator through the real server actions, and erased on request.

const smtp = withTestSmtp()
let moderator: Awaited<ReturnType<typeof makeUser>>
let admin: Awaited<ReturnType<typeof makeUser>>

beforeEach(async () => {
  await resetDatabase()
  smtp.received.length = 0
  moderator = await makeUser('moderator')
  admin = await makeUser('admin')
})

const supporter = (over: Record<string, string> = {}) => ({
  name: 'Rosa Example',
  type: 'individual',
  country: 'DE',
  email: 'rosa@example.org',
  showPublicly: 'on',
  ...over,
})

async function send(
  url: string,
  handler: (r: Request, c: { params: Promise<{ slug: string }> }) => Promise<Response>,
  fields: Record<string, string>,
  slug = '',
) {
  const body = new URLSearchParams({ ...fields, altcha: await solvedProof(Date.now() - 60_000) })
  const request = new Request(`http://localhost${url}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body })
  return handler(request, { params: Promise.resolve({ slug }) })
}

/** Sends the queued emails over SMTP and opens the confirmation link in the one to `email`. */
async function confirmFromEmail(email: string, path: string) {
  await runJobsOnce()
  const mail = smtp.received.findLast((m) => m.to === email)
  expect(mail, `no email to ${email}`).toBeDefined()
  const link = mail!.raw.match(new RegExp(`https?://[^\\s"<]+${path}\\?token=[A-Za-z0-9._-]+`))?.[0]
  expect(link).toBeDefined()
  return confirmSupporterRoute(new Request(link!)).then((r) => r.headers.get('location'))
}

const decide = (ids: string[], decision: string) => asUser(moderator, () => decideSupportersAction(null, formData({ 'ids[]': ids, decision })))

it('a supporter joins, confirms by email and is listed once approved; one not shown is counted but never named', async () => {
  const answer = await send('/api/supporters', postSupporter, supporter())
  expect(answer.status).toBe(303)
  expect(answer.headers.get('location')).toBe('/supporters/done/thanks')
  await send('/api/supporters', postSupporter, supporter({ name: 'Quiet Person', email: 'quiet@example.org', country: 'FR', showPublicly: '' }))
  // The same mailbox spelled differently is the same entry.
  const again = await send('/api/supporters', postSupporter, supporter({ email: 'ROSA@Example.org' }))
  expect(again.status).toBe(303)
  expect(again.headers.get('location')).toBe('/supporters/join')
  expect(await db.supporter.count()).toBe(2)

  // Before confirmation, nothing to approve; after it, the entry waits for a moderator.
  expect(await confirmFromEmail('rosa@example.org', '/supporters/confirm')).toBe('/supporters/done/confirmed')
  expect(smtp.received.find((m) => m.to === 'rosa@example.org')!.raw).toMatch(/Subject: Please confirm your name on the list of supporters/)
  expect(await confirmFromEmail('quiet@example.org', '/supporters/confirm')).toBe('/supporters/done/confirmed')
  expect((await listPublicSupporters()).total).toBe(0)

  const ids = (await db.supporter.findMany({ orderBy: { name: 'asc' } })).map((s) => s.id)
  expect(await decide(ids, 'approve')).toMatchObject({ ok: true, message: 'Approved 2 supporter entries: shown on the site now.' })
  const list = await listPublicSupporters()
  expect(list.total).toBe(2)
  expect(list.countries).toBe(2)
  const named = list.groups.flatMap((g) => g.countries.flatMap((c) => c.named.map((n) => n.name)))
  expect(named).toEqual(['Rosa Example'])
  expect(JSON.stringify(list)).not.toContain('Quiet Person')
  expect(JSON.stringify(list)).not.toContain('@example.org')
  expect((await listPublicSupporters('quiet')).matches).toBe(0)
  expect((await db.auditEntry.findFirstOrThrow({ where: { action: 'supporters.approve' } })).actorId).toBe(moderator.id)
})

it('a moderator corrects a typo, merges duplicates and removes an entry on request, each in the audit log', async () => {
  const base = { type: 'trade_union' as const, country: 'GB', status: 'approved' as const, showPublicly: true }
  const a = await db.supporter.create({
    data: { ...base, name: 'Rail Claeners Union', email: 'a@example.org', emailCanonical: 'a@example.org', createdAt: new Date(Date.now() - 60_000) },
  })
  const b = await db.supporter.create({
    data: { ...base, name: 'Rail Cleaners Union', email: 'b@example.org', emailCanonical: 'b@example.org', statement: 'Solidarity!' },
  })
  const c = await db.supporter.create({
    data: { ...base, name: 'Leaving Person', type: 'individual', email: 'c@example.org', emailCanonical: 'c@example.org' },
  })

  const edit = await asUser(moderator, () =>
    editSupporterAction(null, formData({ id: a.id, name: 'Rail Cleaners’ Union', type: 'trade_union', country: 'GB', showPublicly: 'on' })),
  )
  expect(edit).toMatchObject({ ok: true })
  expect((await db.supporter.findUniqueOrThrow({ where: { id: a.id } })).name).toBe('Rail Cleaners’ Union')
  const badEdit = await asUser(moderator, () => editSupporterAction(null, formData({ id: a.id, name: '=HYPERLINK("x")', type: 'trade_union', country: 'GB' })))
  expect(badEdit).toMatchObject({ ok: false, fieldErrors: { name: 'A name can’t start with =, +, - or @.' } })

  expect(await asUser(moderator, () => mergeSupportersAction(null, formData({ 'ids[]': [b.id, a.id] })))).toMatchObject({ ok: true })
  const left = await db.supporter.findMany({ where: { type: 'trade_union' } })
  expect(left.map((s) => [s.id, s.statement])).toEqual([[a.id, 'Solidarity!']])
  expect(await asUser(moderator, () => mergeSupportersAction(null, formData({ 'ids[]': [b.id, a.id] })))).toMatchObject({ ok: false })

  expect(await decide([c.id], 'remove')).toMatchObject({ ok: true })
  expect(await db.supporter.count()).toBe(1)
  expect((await db.auditEntry.findMany({ orderBy: { id: 'asc' } })).map((e) => e.action)).toEqual(['supporters.edit', 'supporters.merge', 'supporters.remove'])
  // The campaign's export: moderators without emails; asking for emails needs an admin.
  const csv = await asUser(moderator, () => exportRoute(new Request('http://localhost/api/admin/supporters/export')))
  expect(csv.status).toBe(200)
  expect(await csv.text()).toContain('Rail Cleaners’ Union')
  expect((await asUser(moderator, () => exportRoute(new Request('http://localhost/api/admin/supporters/export?emails=1')))).status).toBe(403)
  expect(await (await asUser(admin, () => exportRoute(new Request('http://localhost/api/admin/supporters/export?emails=1')))).text()).toContain('a@example.org')
  expect(await asUser(null, () => exportRoute(new Request('http://localhost/api/admin/supporters/export')).then((r) => r.status))).toBe(401)
})

it('a solidarity message appears under its post, newest first, only once confirmed and approved; the post card counts it', async () => {
  const post = await makePost({ authorId: (await makeAuthor()).id, categoryIds: [(await makeCategory()).id] })
  const message = { name: 'Aoife Brennan', place: 'Cork', message: 'Letter posted this morning.', email: 'aoife@example.org' }
  const answer = await send(`/api/posts/${post.slug}/messages`, postMessage, message, post.slug)
  expect(answer.headers.get('location')).toBe(`/posts/${post.slug}/message/thanks`)
  expect(await listApprovedMessages(post.id)).toEqual([])
  await runJobsOnce()
  const mail = smtp.received.find((m) => m.to === 'aoife@example.org')!.raw
  const token = new URL(mail.match(/https?:\/\/[^\s"<]+\/messages\/confirm\?token=[A-Za-z0-9._-]+/)![0]).searchParams.get('token')!
  const { GET } = await import('@/app/messages/confirm/route')
  expect((await GET(new Request(`http://localhost/messages/confirm?token=${token}`))).headers.get('location')).toBe(`/posts/${post.slug}/message/confirmed`)
  const id = (await db.solidarityMessage.findFirstOrThrow()).id
  expect(await asUser(moderator, () => decideMessagesAction(null, formData({ 'ids[]': [id], decision: 'approve' })))).toMatchObject({ ok: true })
  expect((await listApprovedMessages(post.id)).map((m) => m.message)).toEqual(['Letter posted this morning.'])
  const cards = await listPublishedPosts({ kind: 'all' }, 1)
  expect(cards.items.find((c) => c.id === post.id)?.messageCount).toBe(1)
})

it('an erasure request deletes supporter entries and messages too, and the JSON report lists them first', async () => {
  const post = await makePost({ authorId: (await makeAuthor()).id, categoryIds: [(await makeCategory()).id] })
  await send('/api/supporters', postSupporter, supporter({ email: 'rosa.l+list@gmail.com' }))
  await send(`/api/posts/${post.slug}/messages`, postMessage, { name: 'Rosa', message: 'Hold on!', email: 'rosal@gmail.com' }, post.slug)
  const find = await asUser(admin, () => subjectAccessAction(null, formData({ intent: 'find', email: 'RosaL@gmail.com' })))
  expect(find.ok).toBe(true)
  const report = find.ok ? find.result! : null
  const items = (id: string) => report!.sources.find((s) => s.id === id)!.items
  expect(items('supporters')[0]!.fields).toMatchObject({ name: 'Rosa Example', email: 'rosa.l+list@gmail.com' })
  expect(items('solidarity-messages')[0]!.fields).toMatchObject({ message: 'Hold on!' })
  const erased = await asUser(admin, () => subjectAccessAction(null, formData({ intent: 'erase', email: 'rosal@gmail.com' })))
  expect(erased.ok).toBe(true)
  expect(await db.supporter.count()).toBe(0)
  expect(await db.solidarityMessage.count()).toBe(0)
  expect(await db.job.count({ where: { doneAt: null } })).toBe(0)

  // The erase link in a supporter's email works the same way.
  await send('/api/supporters', postSupporter, supporter({ email: 'again@example.org' }))
  const entry = await db.supporter.findFirstOrThrow()
  expect(await eraseByLink(makeToken('erase-link', entry.id))).toMatchObject({ kind: 'erased' })
  expect(await db.supporter.count()).toBe(0)
})

it('entries and messages never confirmed are deleted after 30 days, like unconfirmed signatures', async () => {
  const post = await makePost({ authorId: (await makeAuthor()).id, categoryIds: [(await makeCategory()).id] })
  const old = new Date(Date.now() - 31 * 86_400_000)
  const entry = (email: string, createdAt: Date, status: 'pending' | 'approved' = 'pending') =>
    db.supporter.create({ data: { name: 'Old Entry', type: 'individual', country: 'DE', email, emailCanonical: email, createdAt, status } })
  await entry('old@example.org', old)
  await entry('new@example.org', new Date())
  await entry('kept@example.org', old, 'approved')
  await db.solidarityMessage.create({
    data: { postId: post.id, name: 'Old', message: 'Hi', email: 'old@example.org', emailCanonical: 'old@example.org', createdAt: old },
  })
  expect(await runRetention(new Date())).toMatchObject({ unconfirmedDeleted: 2 })
  expect((await db.supporter.findMany({ orderBy: { email: 'asc' } })).map((s) => s.email)).toEqual(['kept@example.org', 'new@example.org'])
  expect(await db.solidarityMessage.count()).toBe(0)
})
