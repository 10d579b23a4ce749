import { beforeEach, expect, it } from 'vitest'
import { saveHoldRulesAction } from '@/app/admin/(area)/settings/actions'
import { NOT_ALLOWED, NOT_SIGNED_IN } from '@/lib/auth/admin-action'
import { db } from '@/lib/db/client'
import { currentHoldRules } from '@/lib/signatures/hold-rules'
import { asUser, formData, makeUser } from '../support/admin-session'
import { resetDatabase } from '../support/factories'
import { makePetition, signJson, solvedProof, validSigner } from '../support/signing'

// An admin changes when signatures are held: a union meeting behind one address must not be
// held wholesale, and a storm may call for stricter rules. The sign path applies the new rules
// at once; bad values are refused with a message and nothing is stored.

let admin: Awaited<ReturnType<typeof makeUser>>
beforeEach(async () => {
  await resetDatabase()
  admin = await makeUser('admin')
})

const DEFAULTS = { ipBurstLimit: '5', domainBurstLimit: '20', burstWindowMinutes: '10', minFillSeconds: '0' }
const save = (values: Partial<typeof DEFAULTS>, user: { id: string; sessionVersion: number } | null = admin) =>
  asUser(user, () => saveHoldRulesAction(null, formData({ ...DEFAULTS, ...values })))

async function signBurst(slug: string, n: number, who: (i: number) => { email: string; ip: string }) {
  for (let i = 0; i < n; i++) {
    const { email, ip } = who(i)
    const answer = await signJson(slug, { ...validSigner({ email }), altcha: await solvedProof() }, ip)
    expect(answer.body.outcome).toBe('accepted')
  }
  return db.signature.findMany({ where: { petition: { slug } }, orderBy: { createdAt: 'asc' }, select: { held: true, holdReasons: true } })
}

const fromOneAddress = (i: number) => ({ email: `member${i}@gmail.com`, ip: '192.0.2.80' })

it('a meeting behind one address is no longer held once the admin raises the limit', async () => {
  expect(await save({ ipBurstLimit: '200' })).toEqual({ ok: true, message: 'Saved. New signatures follow these rules from now on, on every server.' })
  const rows = await signBurst((await makePetition()).slug, 8, fromOneAddress)
  expect(rows.filter((r) => r.held)).toEqual([])
  expect(await db.auditEntry.findMany({ select: { action: true, actorId: true, summary: true } })).toEqual([
    { action: 'settings.hold-rules', actorId: admin.id, summary: 'Signatures from one address: 5 → 200' },
  ])
})

it('a lower limit holds a burst sooner, from one address and from one small domain', async () => {
  await save({ ipBurstLimit: '2', domainBurstLimit: '3' })
  const byAddress = await signBurst((await makePetition()).slug, 4, fromOneAddress)
  expect(byAddress.map((r) => r.held)).toEqual([false, false, true, true])
  expect(byAddress[2]!.holdReasons).toEqual(['ip-burst'])
  const byDomain = await signBurst((await makePetition()).slug, 5, (i) => ({ email: `p${i}@tiny-union.example`, ip: `10.9.0.${i}` }))
  expect(byDomain.map((r) => r.holdReasons)).toEqual([[], [], [], ['domain-burst'], ['domain-burst']])
})

it('the window decides how far back the burst count looks', async () => {
  const petition = await makePetition()
  await signBurst(petition.slug, 5, fromOneAddress)
  // Those five came in 30 minutes ago.
  await db.$executeRaw`UPDATE signatures SET created_at = now() - interval '30 minutes'`
  const late = { ...validSigner({ email: 'late@gmail.com' }), altcha: await solvedProof() }
  await signJson(petition.slug, late, '192.0.2.80')
  expect(await db.signature.findFirstOrThrow({ where: { email: 'late@gmail.com' } })).toMatchObject({ held: false })

  await save({ burstWindowMinutes: '60' })
  await signJson(petition.slug, { ...validSigner({ email: 'later@gmail.com' }), altcha: await solvedProof() }, '192.0.2.80')
  expect(await db.signature.findFirstOrThrow({ where: { email: 'later@gmail.com' } })).toMatchObject({ held: true, holdReasons: ['ip-burst'] })
})

it('a form sent sooner than the minimum fill time is held', async () => {
  await save({ minFillSeconds: '30' })
  const petition = await makePetition()
  await signJson(petition.slug, { ...validSigner({ email: 'quick@gmail.com' }), altcha: await solvedProof() }, '10.8.0.1')
  await signJson(petition.slug, { ...validSigner({ email: 'calm@gmail.com' }), altcha: await solvedProof(Date.now() - 40_000) }, '10.8.0.2')
  expect(await db.signature.findMany({ orderBy: { email: 'asc' }, select: { email: true, holdReasons: true } })).toEqual([
    { email: 'calm@gmail.com', holdReasons: [] },
    { email: 'quick@gmail.com', holdReasons: ['too-fast'] },
  ])
})

it('refuses values out of bounds or not numbers, saying which and why, and stores nothing', async () => {
  const bad = await save({ ipBurstLimit: '0', domainBurstLimit: 'lots', burstWindowMinutes: '2000', minFillSeconds: '' })
  expect(bad).toEqual({
    ok: false,
    message: 'Please correct the marked fields.',
    fieldErrors: {
      ipBurstLimit: 'Enter a whole number from 1 to 100,000.',
      domainBurstLimit: 'Enter a whole number from 1 to 1,000,000.',
      burstWindowMinutes: 'Enter a whole number from 1 to 1,440.',
      minFillSeconds: 'Enter a whole number from 0 to 600.',
    },
  })
  expect(await save({ ipBurstLimit: '5.5' })).toMatchObject({ ok: false, fieldErrors: { ipBurstLimit: 'Enter a whole number from 1 to 100,000.' } })
  expect(await db.siteSettings.count()).toBe(0)
  expect(await db.auditEntry.count()).toBe(0)
  expect(await currentHoldRules()).toMatchObject({ ipBurstLimit: 5, domainBurstLimit: 20, burstWindowMinutes: 10 })
})

it('refuses moderators, editors and strangers', async () => {
  for (const role of ['moderator', 'editor'] as const)
    expect(await save({ ipBurstLimit: '500' }, await makeUser(role))).toEqual({ ok: false, message: NOT_ALLOWED })
  expect(await save({ ipBurstLimit: '500' }, null)).toEqual({ ok: false, message: NOT_SIGNED_IN })
  expect(await db.siteSettings.count()).toBe(0)
  expect((await currentHoldRules()).ipBurstLimit).toBe(5)
})

it('reaches a running instance without a restart, whoever writes the row (here: plain SQL, as psql would)', async () => {
  expect((await currentHoldRules()).ipBurstLimit).toBe(5)
  await db.$executeRaw`INSERT INTO site_settings (id, ip_burst_limit, domain_burst_limit, burst_window_minutes, min_fill_seconds) VALUES (1, 77, 20, 10, 0)`
  // Nothing in this process reloads them: only the NOTIFY from the table's trigger can.
  const started = Date.now()
  while ((await currentHoldRules()).ipBurstLimit !== 77 && Date.now() - started < 5000) await new Promise((r) => setTimeout(r, 20))
  expect((await currentHoldRules()).ipBurstLimit).toBe(77)
})
