import { beforeEach, describe, expect, it } from 'vitest'
import { startInvalidationAction, undoInvalidationAction } from '@/app/admin/(area)/moderation/invalidations/actions'
import { NOT_ALLOWED, NOT_SIGNED_IN } from '@/lib/auth/admin-action'
import { db } from '@/lib/db/client'
import { MAX_ATTEMPTS } from '@/lib/jobs/queue'
import { runJobsOnce } from '@/lib/jobs/worker'
import { BATCH_SIZE, INVALIDATION_JOB, previewInvalidation, runInvalidationBatch } from '@/lib/moderation/invalidation'
import { getPetitionNumbers } from '@/lib/petitions/queries'
import { EMPTY_FILTER_MESSAGE } from '@/lib/validation/signature-search'
import { asUser, formData, makeUser } from '../support/admin-session'
import { resetDatabase } from '../support/factories'
import { makePetition } from '../support/signing'
import { insertSignatures } from '../support/signatures'

// A fake burst from one domain is invalidated in batches and the count drops; the undo puts
// back exactly what the operation changed, and the count comes back.

let moderator: Awaited<ReturnType<typeof makeUser>>
beforeEach(async () => {
  await resetDatabase()
  moderator = await makeUser('moderator')
})

const count = (petition: { id: string; goal: number }) => getPetitionNumbers(petition).then((n) => n.count)

async function start(values: Record<string, string>, user = moderator) {
  try {
    return { answer: await asUser(user, () => startInvalidationAction(null, formData(values))), id: null }
  } catch (error) {
    const digest = String((error as { digest?: string }).digest)
    const id = /invalidations\/([0-9a-f-]{36})/.exec(digest)?.[1]
    if (!id) throw error
    return { answer: null, id }
  }
}

async function runToEnd() {
  for (let i = 0; i < 1000 && (await runJobsOnce()) > 0; i++);
}

describe('preview', () => {
  it('counts the pending and confirmed signatures the filter would touch and shows up to 20 of them, newest first', async () => {
    const petition = await makePetition()
    await insertSignatures(petition.id, 25, { domain: 'burst.example', status: 'confirmed' })
    await insertSignatures(petition.id, 5, { domain: 'burst.example', status: 'pending' })
    await insertSignatures(petition.id, 4, { domain: 'burst.example', status: 'withdrawn' })
    await insertSignatures(petition.id, 7, { domain: 'real.example', status: 'confirmed' })
    const { count: n, sample } = await previewInvalidation({ domain: 'burst.example' })
    expect(n).toBe(30)
    expect(sample).toHaveLength(20)
    expect(sample.every((s) => s.email_domain === 'burst.example' && ['pending', 'confirmed'].includes(s.status))).toBe(true)
    const times = sample.map((s) => s.created_at.getTime())
    expect([...times].sort((a, b) => b - a)).toEqual(times)
  })
})

describe('bulk invalidation', () => {
  it('refuses an empty filter, saying why, and stores nothing', async () => {
    const petition = await makePetition()
    await insertSignatures(petition.id, 3, { status: 'confirmed' })
    const { answer } = await start({ name: '', domain: '  ' })
    expect(answer).toEqual({ ok: false, message: EMPTY_FILTER_MESSAGE })
    expect(await db.signatureInvalidation.count()).toBe(0)
    expect(await db.signature.count({ where: { status: 'invalidated' } })).toBe(0)
  })

  it('refuses a bad filter value with a field error', async () => {
    const { answer } = await start({ domain: 'not a domain' })
    expect(answer).toMatchObject({ ok: false, fieldErrors: { domain: 'Type a domain like example.org.' } })
  })

  it('runs in batches of 1,000 ordered by id, the public count following each batch, audited with the filter', async () => {
    const petition = await makePetition({ goal: 100_000 })
    await insertSignatures(petition.id, 2_300, { domain: 'burst.example', status: 'confirmed' })
    await insertSignatures(petition.id, 200, { domain: 'burst.example', status: 'pending' })
    await insertSignatures(petition.id, 40, { domain: 'real.example', status: 'confirmed' })
    expect(await count(petition)).toBe(2_340)

    const { id } = await start({ petition: petition.id, domain: 'Burst.Example' })
    const operation = await db.signatureInvalidation.findUniqueOrThrow({ where: { id: id! } })
    expect(operation).toMatchObject({ state: 'queued', total: 2_500, changed: 0, filter: { petition: petition.id, domain: 'burst.example' } })
    // Nothing changes until the worker runs it.
    expect(await count(petition)).toBe(2_340)

    const progress: number[] = []
    while (await runInvalidationBatch(id!)) {
      progress.push((await db.signatureInvalidation.findUniqueOrThrow({ where: { id: id! } })).changed)
      // Each committed batch has already moved the public count.
      expect(await count(petition)).toBe(await db.signature.count({ where: { status: 'confirmed' } }))
    }
    // First the worker fixes the 2,500 rows it covers, then changes them 1,000 at a time.
    expect(progress).toEqual([0, BATCH_SIZE, 2 * BATCH_SIZE, 2_500])
    // The first batch took the lowest 1,000 ids.
    const firstIds = (await db.signatureInvalidationItem.findMany({ where: { invalidationId: id! }, orderBy: { signatureId: 'asc' }, take: BATCH_SIZE })).map(
      (i) => i.signatureId,
    )
    expect(new Set(firstIds).size).toBe(BATCH_SIZE)

    expect(await db.signatureInvalidation.findUniqueOrThrow({ where: { id: id! } })).toMatchObject({ state: 'done', changed: 2_500 })
    expect(await count(petition)).toBe(40)
    expect(await db.signature.count({ where: { emailDomain: 'real.example', status: 'confirmed' } })).toBe(40)

    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: 'signatures.invalidate' } })
    expect(audit).toMatchObject({ actorId: moderator.id, entityId: id })
    expect(audit.summary).toContain('2500 signatures matching')
    expect(audit.summary).toContain('"domain":"burst.example"')
  })

  it('covers only the signatures there when the moderator confirmed, not those arriving while the job waits its turn', async () => {
    const petition = await makePetition()
    await insertSignatures(petition.id, 5, { domain: 'burst.example', status: 'confirmed', at: new Date(Date.now() - 60_000) })
    const { id } = await start({ domain: 'burst.example' })
    // The worker is busy with a storm's confirmation emails; meanwhile a real signer from that domain signs.
    const meanwhile = await insertSignatures(petition.id, 1, { domain: 'burst.example', status: 'confirmed', at: new Date(Date.now() + 1_000) })
    await runToEnd()
    expect(await db.signatureInvalidation.findUniqueOrThrow({ where: { id: id! } })).toMatchObject({ state: 'done', total: 5, changed: 5 })
    expect((await db.signature.findUniqueOrThrow({ where: { id: meanwhile[0]! } })).status).toBe('confirmed')
    expect(await count(petition)).toBe(1)
  })

  it('is undone as one operation: exactly the rows it changed get their previous status back, never one changed since', async () => {
    const petition = await makePetition()
    const confirmed = await insertSignatures(petition.id, 6, { domain: 'burst.example', status: 'confirmed' })
    const pending = await insertSignatures(petition.id, 3, { domain: 'burst.example', status: 'pending' })
    const withdrawn = await insertSignatures(petition.id, 2, { domain: 'burst.example', status: 'withdrawn' })
    const rejectedEarlier = await insertSignatures(petition.id, 2, { domain: 'burst.example', status: 'invalidated' })
    expect(await count(petition)).toBe(6)

    const { id } = await start({ domain: 'burst.example' })
    expect(await runInvalidationBatch(id!)).toBe(true)
    // A signer of the burst withdraws before the batch gets there: left as it is, not counted as changed.
    await db.signature.update({ where: { id: pending[0]! }, data: { status: 'withdrawn' } })
    await runToEnd()
    expect(await db.signatureInvalidation.findUniqueOrThrow({ where: { id: id! } })).toMatchObject({ state: 'done', total: 9, changed: 8 })
    expect(await count(petition)).toBe(0)

    // One more signature from the domain arrives after the run, and a moderator changes one
    // invalidated signature by hand afterwards: the undo leaves both alone.
    const late = await insertSignatures(petition.id, 1, { domain: 'burst.example', status: 'confirmed' })
    await db.signature.update({ where: { id: confirmed[5]! }, data: { status: 'withdrawn' } })

    expect(await asUser(moderator, () => undoInvalidationAction(null, formData({ id: id! })))).toMatchObject({ ok: true })
    await runToEnd()
    expect(await db.signatureInvalidation.findUniqueOrThrow({ where: { id: id! } })).toMatchObject({ state: 'undone', restored: 7 })

    const statusOf = async (ids: string[]) =>
      (await db.signature.findMany({ where: { id: { in: ids } }, select: { status: true } })).map((s) => s.status).sort()
    expect(await statusOf(confirmed.slice(0, 5))).toEqual(Array(5).fill('confirmed'))
    expect(await statusOf([confirmed[5]!])).toEqual(['withdrawn'])
    expect(await statusOf(pending)).toEqual(['pending', 'pending', 'withdrawn'])
    expect(await statusOf(withdrawn)).toEqual(['withdrawn', 'withdrawn'])
    expect(await statusOf(rejectedEarlier)).toEqual(['invalidated', 'invalidated'])
    expect(await statusOf(late)).toEqual(['confirmed'])
    expect(await count(petition)).toBe(6)

    // Undone once only.
    expect(await asUser(moderator, () => undoInvalidationAction(null, formData({ id: id! })))).toMatchObject({
      ok: false,
      message: 'This invalidation can’t be undone now: it is still running, or it has already been undone.',
    })
    expect((await db.auditEntry.findMany({ orderBy: { id: 'asc' } })).map((e) => [e.action, e.entityId])).toEqual([
      ['signatures.invalidate', id],
      ['signatures.invalidate-undo', id],
    ])
  })

  it('can’t be undone while it is still running', async () => {
    const petition = await makePetition()
    await insertSignatures(petition.id, 3, { domain: 'burst.example', status: 'confirmed' })
    const { id } = await start({ domain: 'burst.example' })
    expect(await asUser(moderator, () => undoInvalidationAction(null, formData({ id: id! })))).toMatchObject({ ok: false })
  })

  it('refuses editors and people without a session, changing nothing', async () => {
    const petition = await makePetition()
    await insertSignatures(petition.id, 3, { domain: 'burst.example', status: 'confirmed' })
    const editor = await makeUser('editor')
    expect((await start({ domain: 'burst.example' }, editor)).answer).toEqual({ ok: false, message: NOT_ALLOWED })
    expect(await asUser(null, () => startInvalidationAction(null, formData({ domain: 'burst.example' })))).toEqual({ ok: false, message: NOT_SIGNED_IN })
    expect(await db.signatureInvalidation.count()).toBe(0)
    expect(await count(petition)).toBe(3)
  })
})

describe('when the worker gives up', () => {
  it('says the operation stopped, and why, instead of running for ever; Undo is offered', async () => {
    const petition = await makePetition()
    await insertSignatures(petition.id, 3, { domain: 'burst.example', status: 'confirmed' })
    const { id } = await start({ domain: 'burst.example' })
    // A fault the worker cannot get past (here a filter spoiled in the database), on the queue's last try.
    await db.signatureInvalidation.update({ where: { id: id! }, data: { filter: {} } })
    await db.job.updateMany({ where: { kind: INVALIDATION_JOB }, data: { attempts: MAX_ATTEMPTS - 1 } })
    await runJobsOnce()
    expect(await db.signatureInvalidation.findUniqueOrThrow({ where: { id: id! } })).toMatchObject({
      state: 'stopped',
      stoppedReason: expect.stringContaining('empty filter'),
    })
    expect(await db.job.count({ where: { kind: INVALIDATION_JOB, failedAt: { not: null } } })).toBe(1)
    expect(await count(petition)).toBe(3)
    expect(await asUser(moderator, () => undoInvalidationAction(null, formData({ id: id! })))).toMatchObject({ ok: true })
    await runToEnd()
    expect(await db.signatureInvalidation.findUniqueOrThrow({ where: { id: id! } })).toMatchObject({ state: 'undone', stoppedReason: null })
  })
})
