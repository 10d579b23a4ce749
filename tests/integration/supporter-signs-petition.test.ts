import { beforeEach, describe, expect, it } from 'vitest'
import { POST as signRoute } from '@/app/api/petitions/[slug]/signatures/route'
import { db } from '@/lib/db/client'
import { getPetitionNumbers } from '@/lib/petitions/queries'
import { confirmSignature, withdrawSignature } from '@/lib/signatures/confirm'
import { hashIp } from '@/lib/http/client-ip'
import { makeToken } from '@/lib/opt-in/links'
import { fromAddress } from '../support/admin-session'
import { resetDatabase } from '../support/factories'
import { makePetition, signForm, signJson, solvedProof, validSigner } from '../support/signing'

beforeEach(resetDatabase)

const countOf = async (petition: { id: string; goal: number }) => (await getPetitionNumbers(petition)).count

describe('a supporter signs a petition', () => {
  it('is asked to check their email, and counts only once the link is opened', async () => {
    const petition = await makePetition()
    const { status, body } = await signJson(petition.slug, { ...validSigner({ email: 'Rosa.Example@gmail.com' }), altcha: await solvedProof() })
    expect(status).toBe(200)
    expect(body.outcome).toBe('accepted')
    expect(body.message).toMatch(/check your email/i)

    const signature = await db.signature.findFirstOrThrow({ where: { petitionId: petition.id } })
    expect(signature).toMatchObject({
      status: 'pending',
      held: false,
      emailCanonical: 'rosaexample@gmail.com',
      consentVersion: '2026-12',
      showName: true,
      shareWithTarget: true,
      keepInformed: false,
    })
    expect(signature.ipHash).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(signature.ipHash).not.toContain('203.0.113.7')
    expect(await db.job.count({ where: { kind: 'signature-confirmation' } })).toBe(1)
    expect(await countOf(petition)).toBe(0)

    const token = makeToken('confirm-link', signature.id)
    expect(await confirmSignature(token)).toEqual({ kind: 'confirmed', petitionSlug: petition.slug })
    expect(await countOf(petition)).toBe(1)
    expect(await confirmSignature(token)).toEqual({ kind: 'already-confirmed', petitionSlug: petition.slug })
    expect(await countOf(petition)).toBe(1)

    expect(await withdrawSignature(makeToken('withdraw-link', signature.id))).toEqual({ kind: 'withdrawn', petitionSlug: petition.slug })
    expect(await countOf(petition)).toBe(0)
  })

  it('refuses forged, swapped and expired links', async () => {
    const petition = await makePetition()
    await signJson(petition.slug, { ...validSigner(), altcha: await solvedProof() })
    const signature = await db.signature.findFirstOrThrow({ where: { petitionId: petition.id } })
    const good = makeToken('confirm-link', signature.id)
    expect(await confirmSignature(good.slice(0, -2) + 'xx')).toEqual({ kind: 'invalid-link' })
    expect(await confirmSignature(makeToken('withdraw-link', signature.id))).toEqual({ kind: 'invalid-link' })
    const eightDaysAgo = Date.now() - 8 * 24 * 3600 * 1000
    expect(await confirmSignature(makeToken('confirm-link', signature.id, eightDaysAgo))).toEqual({ kind: 'expired', petitionSlug: petition.slug })
    expect(await countOf(petition)).toBe(0)
  })

  it('answers "already signed" to a second attempt with another spelling of the same address', async () => {
    const petition = await makePetition()
    await signJson(petition.slug, { ...validSigner({ email: 'rosa.example+news@gmail.com' }), altcha: await solvedProof() })
    const again = await signJson(petition.slug, {
      ...validSigner({ email: 'ROSAEXAMPLE@googlemail.com', fullName: 'Someone Else' }),
      altcha: await solvedProof(),
    })
    expect(again.status).toBe(200)
    expect(again.body.outcome).toBe('already-signed')
    expect(again.body.message).not.toMatch(/Rosa|pending|confirmed on/i)
    expect(await db.signature.count()).toBe(1)
  })

  it('refuses signatures for closed, delivered, expired and unknown petitions', async () => {
    for (const [petition, expected] of [
      [await makePetition({ status: 'closed' }), /closed/],
      [await makePetition({ status: 'delivered' }), /delivered/],
      [await makePetition({ deadline: new Date(Date.now() - 1000) }), /closed/],
      [await makePetition({ status: 'draft' }), /no petition/],
    ] as const) {
      const { status, body } = await signJson(petition.slug, { ...validSigner(), altcha: await solvedProof() })
      expect(status).toBeGreaterThanOrEqual(400)
      expect(body.message).toMatch(expected)
    }
    expect((await signJson('no-such-petition', { ...validSigner(), altcha: await solvedProof() })).status).toBe(404)
    expect(await db.signature.count()).toBe(0)
  })
})

describe('suspicious signatures are kept for a moderator, and the signer sees the same answer', () => {
  async function answerAndRow(slug: string, extra: Record<string, unknown>, ip?: string) {
    const email = `${Math.random().toString(36).slice(2)}@gmail.com`
    const { body } = await signJson(slug, { ...validSigner({ email }), altcha: await solvedProof(), ...extra }, ip)
    return { body, row: await db.signature.findFirst({ where: { email } }) }
  }

  it('holds honeypot and too-fast submissions without telling them apart', async () => {
    const petition = await makePetition()
    const normal = await answerAndRow(petition.slug, {})
    const honeypot = await answerAndRow(petition.slug, { website: 'http://spam.example' }, '198.51.100.1')
    process.env.SIGN_MIN_SECONDS = '3'
    const fast = await answerAndRow(petition.slug, { altcha: await solvedProof(Date.now()) }, '198.51.100.2')
    process.env.SIGN_MIN_SECONDS = '0'

    expect(honeypot.body).toEqual(normal.body)
    expect(fast.body).toEqual(normal.body)
    expect(normal.row).toMatchObject({ held: false, holdReasons: [] })
    expect(honeypot.row).toMatchObject({ held: true, holdReasons: ['honeypot'] })
    expect(fast.row).toMatchObject({ held: true, holdReasons: ['too-fast'] })

    // Confirmed but held: not counted until a moderator clears it.
    for (const row of [normal.row!, honeypot.row!, fast.row!]) await confirmSignature(makeToken('confirm-link', row.id))
    expect(await countOf(petition)).toBe(1)
  })

  it('holds the sixth signature from one address within ten minutes', async () => {
    const petition = await makePetition()
    const rows = []
    for (let i = 0; i < 6; i++) rows.push((await answerAndRow(petition.slug, {}, '192.0.2.44')).row!)
    expect(rows.map((r) => r.held)).toEqual([false, false, false, false, false, true])
    expect(rows[5]!.holdReasons).toEqual(['ip-burst'])
  })

  it('holds a burst from one small email domain but not from a big free-mail provider', async () => {
    const petition = await makePetition()
    const answers = []
    for (let i = 0; i < 21; i++) {
      answers.push(await signJson(petition.slug, { ...validSigner({ email: `person${i}@tiny-union.example` }), altcha: await solvedProof() }, `10.1.0.${i}`))
    }
    expect(new Set(answers.map((a) => a.body.outcome))).toEqual(new Set(['accepted']))
    const held = await db.signature.findMany({ where: { emailDomain: 'tiny-union.example', held: true } })
    expect(held.map((r) => r.holdReasons)).toEqual([['domain-burst']])
  })

  it('keeps a signature posted without JavaScript (no proof-of-work) for a moderator', async () => {
    const petition = await makePetition()
    const response = await signForm(petition.slug, { fullName: 'Ana Plain', email: 'ana@example.org', country: 'PT', consentVersion: '2026-11' })
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe(`/petitions/${petition.slug}/done/thanks`)
    expect(await db.signature.findFirst({ where: { email: 'ana@example.org' } })).toMatchObject({ held: true, holdReasons: ['no-proof-of-work'] })
  })
})

it('a signer cannot choose the address the burst limits count: only the server’s own header is believed', async () => {
  const petition = await makePetition()
  const sign = async (headers: Record<string, string>) =>
    signRoute(
      new Request(`http://localhost/api/petitions/${petition.slug}/signatures`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ ...validSigner(), altcha: await solvedProof() }),
      }),
      { params: Promise.resolve({ slug: petition.slug }) },
    )
  // As with `next start` (no scripts/serve.ts in front) or a client writing the header itself.
  expect((await sign({ 'x-placard-client-ip': '198.51.100.1' })).status).toBe(200)
  expect((await sign(fromAddress('198.51.100.2'))).status).toBe(200)
  const hashes = (await db.signature.findMany({ select: { ipHash: true }, orderBy: { createdAt: 'asc' } })).map((s) => s.ipHash)
  expect(hashes).toEqual([null, hashIp('198.51.100.2')])
})
