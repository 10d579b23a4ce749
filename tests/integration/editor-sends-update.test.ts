import { spawn, type ChildProcess } from 'node:child_process'
import pg from 'pg'
import { afterAll, beforeEach, expect, it } from 'vitest'
import { POST as unsubscribeRoute, GET as unsubscribeGet } from '@/app/api/signatures/unsubscribe/route'
import { saveUpdateAction, sendTestUpdateAction, sendUpdateAction } from '@/app/admin/(area)/updates/actions'
import { NOT_ALLOWED } from '@/lib/auth/admin-action'
import { CONTENT_CHANNEL } from '@/lib/content/changes'
import { db } from '@/lib/db/client'
import { runJobsOnce } from '@/lib/jobs/worker'
import { stopUpdate } from '@/lib/updates/deliver'
import { listPetitionNews } from '@/lib/updates/queries'
import { readUnsubscribeLink } from '@/lib/updates/unsubscribe'
import { asUser, formData, fromAddress, makeUser } from '../support/admin-session'
import { resetDatabase } from '../support/factories'
import { withTestSmtp } from '../support/smtp-server'
import { makePetition } from '../support/signing'

// Ede, an editor, writes an update to a petition's signers, sends herself a test, then sends it.
// The worker mails it over a real SMTP exchange with a throw-away server: every confirmed signer
// who asked to be kept informed gets exactly one message, nobody else gets any, not even when the
// worker is killed in the middle of a batch; the unsubscribe link in it works without signing in.

const smtp = withTestSmtp()
const received = smtp.received

beforeEach(async () => {
  await resetDatabase()
  received.length = 0
  smtp.state.beforeAnswer = null
})

type Kind = 'informed' | 'pending' | 'held' | 'invalidated' | 'withdrawn' | 'not-opted-in' | 'unsubscribed'

/** Signatures of every kind; returns their emails by kind. */
async function signers(petitionId: string, counts: Partial<Record<Kind, number>>) {
  const byKind: Record<string, string[]> = {}
  for (const [kind, n] of Object.entries(counts) as [Kind, number][]) {
    const { rows } = await pool().query<{ email: string }>(
      `INSERT INTO signatures (id, petition_id, full_name, email, email_canonical, email_domain, country, consent_version, consented_at,
                               status, held, keep_informed, unsubscribed_at, confirmed_at)
       SELECT gen_random_uuid(), $1, 'Signer ' || i, $2::text || i || '@example.org', $2::text || i || '@example.org', 'example.org', 'DE', '2026-11', now(),
              $3::"SignatureStatus", $4, $5, CASE WHEN $6 THEN now() END, now()
       FROM generate_series(1, $7) AS i RETURNING email`,
      [
        petitionId,
        `${kind}-${petitionId.slice(0, 8)}-`,
        { pending: 'pending', invalidated: 'invalidated', withdrawn: 'withdrawn' }[kind as string] ?? 'confirmed',
        kind === 'held',
        kind !== 'not-opted-in' && kind !== 'unsubscribed',
        kind === 'unsubscribed',
        n,
      ],
    )
    byKind[kind] = rows.map((r) => r.email)
  }
  return byKind as Record<Kind, string[]>
}

let client: pg.Pool | null = null
const pool = () => (client ??= new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 }))
afterAll(async () => void (await client?.end()))

async function writeUpdate(editor: Awaited<ReturnType<typeof makeUser>>, petitionId: string, subject = 'The hearing is postponed') {
  const saved = await asUser(editor, () =>
    saveUpdateAction(null, formData({ petitionId, subject, bodyHtml: '<p>The court met today. <a href="/petitions">Read more</a></p><script>x()</script>' })),
  )
  expect(saved).toMatchObject({ ok: true })
  return saved.ok ? saved.id! : ''
}

async function drainJobs() {
  for (let i = 0; i < 20 && (await runJobsOnce()) > 0; i++);
}

const header = (raw: string, name: string) => new RegExp(`^${name}: (.*(?:\\r\\n .*)*)`, 'm').exec(raw)?.[1]?.replace(/\r\n /g, ' ')
const countTo = (email: string) => received.filter((m) => m.to === email).length

it('every confirmed signer who asked to be kept informed gets exactly one message, and nobody else', async () => {
  const petition = await makePetition()
  const other = await makePetition()
  const people = await signers(petition.id, { informed: 250, pending: 3, held: 3, invalidated: 3, withdrawn: 3, 'not-opted-in': 3, unsubscribed: 3 })
  const elsewhere = await signers(other.id, { informed: 2 })
  const editor = await makeUser('editor')
  const id = await writeUpdate(editor, petition.id)

  // A test to herself, through the same mail path.
  expect(await asUser(editor, () => sendTestUpdateAction(null, formData({ id })))).toMatchObject({ ok: true })
  expect(received.map((m) => m.to)).toEqual([editor.email])
  expect(received[0]!.raw).toMatch(/^Subject: \[Test\] The hearing is postponed\r$/m)
  received.length = 0

  // The confirmation named a number that is no longer right: nothing is sent.
  const stale = await asUser(editor, () => sendUpdateAction(null, formData({ id, expected: '249' })))
  expect(stale).toEqual({ ok: false, message: expect.stringMatching(/changed to 250/) })
  expect(await db.updateDelivery.count()).toBe(0)
  expect((await db.petitionUpdate.findUniqueOrThrow({ where: { id } })).state).toBe('draft')

  expect(await asUser(editor, () => sendUpdateAction(null, formData({ id, expected: '250' })))).toMatchObject({
    ok: true,
    message: expect.stringMatching(/250 signers/),
  })
  // A second press doesn't send it again.
  expect(await asUser(editor, () => sendUpdateAction(null, formData({ id, expected: '250' })))).toMatchObject({ ok: false })
  await drainJobs()

  expect(received).toHaveLength(250)
  for (const email of people.informed) expect(countTo(email), email).toBe(1)
  for (const email of [
    ...people.pending,
    ...people.held,
    ...people.invalidated,
    ...people.withdrawn,
    ...people['not-opted-in'],
    ...people.unsubscribed,
    ...elsewhere.informed,
  ])
    expect(countTo(email), email).toBe(0)
  expect(await db.petitionUpdate.findUniqueOrThrow({ where: { id } })).toMatchObject({ state: 'sent', finishedAt: expect.any(Date) })
  expect(await db.updateDelivery.count({ where: { updateId: id, sentAt: { not: null } } })).toBe(250)
  // Batches of 200: two jobs, each queued by the one before.
  expect(await db.job.count({ where: { kind: 'petition-update', doneAt: { not: null } } })).toBe(2)

  const raw = received[0]!.raw
  expect(header(raw, 'Subject')).toBe('The hearing is postponed')
  expect(header(raw, 'List-Unsubscribe')).toMatch(/^<http:\/\/localhost:3000\/api\/signatures\/unsubscribe\?token=[0-9a-f-]{36}\.\d+\.[A-Za-z0-9_-]{43}>$/)
  expect(header(raw, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click')
  expect(raw).toContain('Content-Transfer-Encoding: quoted-printable')
  expect(raw.split('\r\n').every((line) => line.length <= 998)).toBe(true)
  expect(raw).not.toContain('<script')

  const audit = await db.auditEntry.findMany({ where: { entityId: id }, orderBy: { id: 'asc' }, select: { action: true, actorId: true } })
  expect(audit).toEqual(['update.create', 'update.test', 'update.send'].map((action) => ({ action, actorId: editor.id })))
})

it('the unsubscribe link works without signing in, and stops later updates', async () => {
  const petition = await makePetition()
  const people = await signers(petition.id, { informed: 3 })
  const editor = await makeUser('editor')
  const first = await writeUpdate(editor, petition.id)
  await asUser(editor, () => sendUpdateAction(null, formData({ id: first, expected: '3' })))
  await drainJobs()
  const [leaving, staying] = people.informed as [string, string, string]
  const oneClick = header(received.find((m) => m.to === leaving)!.raw, 'List-Unsubscribe')!.slice(1, -1)
  const token = new URL(oneClick).searchParams.get('token')!
  expect(await readUnsubscribeLink(token)).toEqual({ kind: 'valid', petitionTitle: petition.title, unsubscribed: false })

  // Opening the address only leads to the page with the button.
  const opened = await unsubscribeGet(new Request(oneClick))
  expect(opened.status).toBe(303)
  expect(opened.headers.get('location')).toBe(`/signatures/unsubscribe?token=${encodeURIComponent(token)}`)
  expect(await db.signature.count({ where: { unsubscribedAt: { not: null } } })).toBe(0)

  // The mail program's one-click POST (RFC 8058), with no session of any kind.
  const post = (url: string, body: string) =>
    unsubscribeRoute(new Request(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body }))
  const answer = await post(oneClick, 'List-Unsubscribe=One-Click')
  expect(answer.status).toBe(200)
  expect(await db.signature.findFirstOrThrow({ where: { email: leaving } })).toMatchObject({ keepInformed: false, unsubscribedAt: expect.any(Date) })
  // The page's button (a plain form) says it is done; doing it again is harmless.
  const again = await post('http://localhost:3000/api/signatures/unsubscribe', `token=${token}`)
  expect(again.status).toBe(303)
  expect(again.headers.get('location')).toBe(`/petitions/${petition.slug}/done/already-unsubscribed`)

  received.length = 0
  const second = await writeUpdate(editor, petition.id, 'Delivered to the embassy')
  expect(await asUser(editor, () => sendUpdateAction(null, formData({ id: second, expected: '2' })))).toMatchObject({ ok: true })
  await drainJobs()
  expect(countTo(leaving)).toBe(0)
  expect(countTo(staying)).toBe(1)
  expect(received).toHaveLength(2)
})

it('a bad or forged unsubscribe token gets a clear answer, never an error, and repeated ones are slowed down', async () => {
  const petition = await makePetition()
  await signers(petition.id, { informed: 1 })
  const post = (body: string, ip: string) =>
    unsubscribeRoute(
      new Request('http://localhost:3000/api/signatures/unsubscribe', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...fromAddress(ip) },
        body,
      }),
    )
  const forged = `${(await db.signature.findFirstOrThrow()).id}.1790000000.${'A'.repeat(43)}`
  for (const body of [`token=${forged}`, 'token=nonsense', 'token=', `token=${'x'.repeat(500)}`, '']) {
    const answer = await post(body, '198.51.100.1')
    expect(answer.status, body).toBe(303)
    expect(answer.headers.get('location'), body).toBe('/signatures/unsubscribe?problem=invalid')
  }
  const oneClick = await post(`List-Unsubscribe=One-Click&token=${forged}`, '198.51.100.1')
  expect(oneClick.status).toBe(400)
  expect(await readUnsubscribeLink(forged)).toEqual({ kind: 'invalid-link' })
  for (let i = 0; i < 30; i++) await post(`token=${forged}`, '198.51.100.2')
  expect((await post(`token=${forged}`, '198.51.100.2')).headers.get('location')).toBe('/signatures/unsubscribe?problem=busy')
  expect(await db.signature.count({ where: { unsubscribedAt: { not: null } } })).toBe(0)
})

it('a worker killed in the middle of a batch resumes without sending anyone a second message', async () => {
  const petition = await makePetition()
  const people = await signers(petition.id, { informed: 120 })
  const editor = await makeUser('editor')
  const id = await writeUpdate(editor, petition.id)
  await asUser(editor, () => sendUpdateAction(null, formData({ id, expected: '120' })))

  // A separate worker process, killed (SIGKILL) on the 40th message: the server has the message,
  // the worker never hears "250 OK" and never records it as sent.
  const worker: ChildProcess = spawn(process.execPath, ['--import', 'tsx', '--conditions=react-server', 'scripts/worker.ts'], {
    env: { ...process.env, SMTP_URL: smtp.url },
    stdio: 'ignore',
  })
  const exited = new Promise<void>((resolve) => worker.on('exit', () => resolve()))
  smtp.state.beforeAnswer = async (count) => {
    if (count !== 40) return
    worker.kill('SIGKILL')
    await exited
  }
  try {
    await exited
  } finally {
    worker.kill('SIGKILL')
  }
  smtp.state.beforeAnswer = null
  const beforeResume = received.length
  expect(beforeResume).toBeGreaterThanOrEqual(40)
  expect(beforeResume).toBeLessThan(120)

  // Its job is claimed again once its lock expires (5 minutes; here made to have passed).
  await db.$executeRawUnsafe(`UPDATE jobs SET locked_at = now() - interval '10 minutes' WHERE done_at IS NULL AND locked_at IS NOT NULL`)
  await drainJobs()

  const deliveries = await db.updateDelivery.findMany({ where: { updateId: id }, include: { signature: { select: { email: true } } } })
  const inDoubt = deliveries.filter((d) => d.failedAt)
  for (const email of people.informed) expect(countTo(email), email).toBeLessThanOrEqual(1)
  for (const d of deliveries.filter((d) => d.sentAt)) expect(countTo(d.signature.email)).toBe(1)
  // Only messages in flight when the worker died are in doubt, and they are not sent again.
  expect(inDoubt.length).toBeGreaterThanOrEqual(1)
  expect(inDoubt.length).toBeLessThanOrEqual(4)
  for (const d of inDoubt) expect(d.lastError).toMatch(/in doubt/)
  expect(deliveries.every((d) => d.sentAt || d.failedAt)).toBe(true)
  expect(received.length).toBe(deliveries.filter((d) => d.sentAt).length + inDoubt.filter((d) => countTo(d.signature.email) === 1).length)
  expect(await db.petitionUpdate.findUniqueOrThrow({ where: { id } })).toMatchObject({ state: 'sent' })
}, 90_000)

it('an update is news on its petition’s page once sent, and the page is told to refresh only then', async () => {
  const petition = await makePetition()
  await signers(petition.id, { informed: 2 })
  const editor = await makeUser('editor')
  const listener = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await listener.connect()
  const notes: string[] = []
  listener.on('notification', (m) => notes.push(m.payload ?? ''))
  await listener.query(`LISTEN ${CONTENT_CHANNEL}`)
  try {
    const id = await writeUpdate(editor, petition.id)
    expect(await listPetitionNews(petition.id)).toEqual([])
    await asUser(editor, () => sendUpdateAction(null, formData({ id, expected: '2' })))
    await new Promise((resolve) => setTimeout(resolve, 150))
    expect(notes).toEqual([`petitions:${petition.id}`])
    notes.length = 0
    await drainJobs()
    await new Promise((resolve) => setTimeout(resolve, 150))
    expect(notes).toEqual([])
  } finally {
    await listener.end()
  }
  const news = await listPetitionNews(petition.id)
  expect(news).toEqual([
    { id: expect.any(String), subject: 'The hearing is postponed', bodyHtml: expect.stringContaining('The court met today.'), publishedAt: expect.any(String) },
  ])
  expect(news[0]!.bodyHtml).not.toContain('script')
})

it('refuses roles without the permission, and bad input with clear messages, storing nothing', async () => {
  const petition = await makePetition()
  await signers(petition.id, { informed: 1 })
  const moderator = await makeUser('moderator')
  const editor = await makeUser('editor')
  expect(await asUser(moderator, () => saveUpdateAction(null, formData({ petitionId: petition.id, subject: 'S', bodyHtml: '<p>B</p>' })))).toEqual({
    ok: false,
    message: NOT_ALLOWED,
  })
  const id = await writeUpdate(editor, petition.id)
  expect(await asUser(moderator, () => sendUpdateAction(null, formData({ id, expected: '1' })))).toEqual({ ok: false, message: NOT_ALLOWED })
  expect(await asUser(moderator, () => sendTestUpdateAction(null, formData({ id })))).toEqual({ ok: false, message: NOT_ALLOWED })

  const bad = await asUser(editor, () => saveUpdateAction(null, formData({ petitionId: 'nope', subject: 'x'.repeat(151), bodyHtml: '<p> </p>' })))
  expect(bad).toMatchObject({
    ok: false,
    fieldErrors: { petitionId: expect.any(String), subject: expect.stringMatching(/150/), bodyHtml: 'Write the text of the update.' },
  })
  const draftPetition = await makePetition({ status: 'draft' })
  expect(await asUser(editor, () => saveUpdateAction(null, formData({ petitionId: draftPetition.id, subject: 'S', bodyHtml: '<p>B</p>' })))).toMatchObject({
    ok: false,
    fieldErrors: { petitionId: 'Choose a published petition.' },
  })
  expect(await db.petitionUpdate.count()).toBe(1)
  expect(await db.updateDelivery.count()).toBe(0)
  expect(received).toHaveLength(0)
})

it('when the worker gives up on an update, it says sending stopped and why; a finished one is left alone', async () => {
  const petition = await makePetition()
  await signers(petition.id, { informed: 2 })
  const editor = await makeUser('editor')
  const stopping = await writeUpdate(editor, petition.id)
  await asUser(editor, () => sendUpdateAction(null, formData({ id: stopping, expected: '2' })))
  await stopUpdate(stopping, 'connect ECONNREFUSED 127.0.0.1:25')
  expect(await db.petitionUpdate.findUniqueOrThrow({ where: { id: stopping } })).toMatchObject({
    state: 'stopped',
    stoppedReason: 'connect ECONNREFUSED 127.0.0.1:25',
    finishedAt: expect.any(Date),
  })
  await db.petitionUpdate.update({ where: { id: stopping }, data: { state: 'sent', stoppedReason: null } })
  await stopUpdate(stopping, 'late')
  expect((await db.petitionUpdate.findUniqueOrThrow({ where: { id: stopping } })).state).toBe('sent')
})
