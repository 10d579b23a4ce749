import { beforeAll, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { handleSignRequest } from '@/lib/signatures/sign-request'
import { resetDatabase } from '../support/factories'
import { makePetition, signJson, solvedProof, validSigner } from '../support/signing'

// Every kind of bad input gets a 4xx with a message that says what to fix; nothing is stored.

let open: { slug: string }
let closed: { slug: string }
let usedProof: string

beforeAll(async () => {
  await resetDatabase()
  open = await makePetition()
  closed = await makePetition({ status: 'closed' })
  usedProof = await solvedProof()
  expect((await signJson(open.slug, { ...validSigner({ email: 'first@example.org' }), altcha: usedProof })).body.outcome).toBe('accepted')
})

type Case = [
  name: string,
  change: Record<string, unknown> | (() => Promise<Record<string, unknown>>),
  status: number,
  field: string | null,
  message: RegExp,
  slug?: () => string,
]

const cases: Case[] = [
  ['empty name', { fullName: '' }, 422, 'fullName', /enter your full name/],
  ['missing name', { fullName: undefined }, 422, 'fullName', /enter your full name/],
  ['10,000-character name', { fullName: 'A'.repeat(10_000) }, 422, 'fullName', /at most 100 characters/],
  ['NUL byte in the name', { fullName: 'Rosa\u0000Example' }, 422, 'fullName', /control characters/],
  ['right-to-left override in the name', { fullName: 'Rosa \u202eelpmaxE' }, 422, 'fullName', /text-direction/],
  ['spreadsheet formula as the name', { fullName: '=HYPERLINK("http://evil.example","x")' }, 422, 'fullName', /can’t start with =/],
  ['formula starting with +', { fullName: '+cmd|calc' }, 422, 'fullName', /can’t start with/],
  ['script in the name', { fullName: 'Rosa <script>alert(1)</script>' }, 422, 'fullName', /can’t contain < or >/],
  ['web address as the name', { fullName: 'Visit www.cheap-pills.example now' }, 422, 'fullName', /not a web address/],
  ['name without letters', { fullName: '12345' }, 422, 'fullName', /in letters/],
  ['empty email', { email: '' }, 422, 'email', /enter your email/],
  ['invalid email', { email: 'rosa@' }, 422, 'email', /doesn’t look like an email/],
  ['email with two @', { email: 'ro@sa@example.org' }, 422, 'email', /doesn’t look like an email/],
  ['look-alike email (Cyrillic а)', { email: 'rosa@gmаil.com' }, 422, 'email', /plain Latin letters/],
  ['typo domain', { email: 'rosa@gmial.com' }, 422, 'email', /Did you mean rosa@gmail\.com/],
  ['unknown country', { country: 'XX' }, 422, 'country', /choose your country/],
  ['country as a name', { country: 'Germany' }, 422, 'country', /choose your country/],
  ['comment over the limit', { comment: 'x'.repeat(1001) }, 422, 'comment', /at most 1,000 characters/],
  ['outdated privacy notice', { consentVersion: '2019-01' }, 422, 'consentVersion', /privacy notice has changed/],
  ['closed petition', {}, 409, null, /closed and no longer takes signatures/, () => closed.slug],
  ['unknown petition', {}, 404, null, /no petition at this address/, () => 'no-such-petition'],
  ['missing proof-of-work', { altcha: undefined }, 400, null, /security check hasn’t finished/],
  ['reused proof-of-work', async () => ({ altcha: usedProof }), 400, null, /already used/],
  [
    'forged proof-of-work',
    async () => ({
      altcha: Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(await solvedProof(), 'base64').toString()), number: 999_999 })).toString('base64'),
    }),
    400,
    null,
    /security check failed/,
  ],
  ['garbage proof-of-work', { altcha: '%%%not-base64' }, 400, null, /security check failed/],
]

describe('the sign endpoint refuses bad input with a specific message', () => {
  for (const [name, change, status, field, message, slug] of cases) {
    it(name, async () => {
      const before = await db.signature.count()
      const extra = typeof change === 'function' ? await change() : change
      const body = { ...validSigner(), altcha: await solvedProof(), ...extra }
      const result = await signJson(slug ? slug() : open.slug, body)
      expect(result.status).toBe(status)
      if (field) expect(result.body.fieldErrors?.[field]).toMatch(message)
      else expect(result.body.message).toMatch(message)
      expect(await db.signature.count()).toBe(before)
    })
  }

  it('a body over 16 KB', async () => {
    const request = new Request('http://localhost/x', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...validSigner(), comment: 'x'.repeat(20_000) }),
    })
    const response = await handleSignRequest(request, open.slug, null)
    expect(response.status).toBe(413)
    expect(((await response.json()) as { message: string }).message).toMatch(/too large/)
  })

  it('a body that is not JSON or a form', async () => {
    for (const [type, body] of [
      ['application/json', '{"fullName": '],
      ['text/plain', 'hello'],
      ['application/json', '[1,2]'],
    ]) {
      const request = new Request('http://localhost/x', { method: 'POST', headers: { 'content-type': type! }, body })
      const response = await handleSignRequest(request, open.slug, null)
      expect([400, 415]).toContain(response.status)
      expect(((await response.json()) as { message: string }).message.length).toBeGreaterThan(10)
    }
  })

  it('a petition address with odd characters', async () => {
    const result = await signJson('../../etc/passwd', { ...validSigner(), altcha: await solvedProof() })
    expect(result.status).toBe(404)
  })
})
