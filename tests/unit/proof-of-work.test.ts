import { solveChallenge } from 'altcha-lib/v1'
import { beforeAll, expect, it } from 'vitest'
import { checkProofOfWork, newChallenge } from '@/lib/signatures/proof-of-work'

// A solved challenge is accepted once it checks out; re-splitting salt and number (the
// altcha-lib advisory CVE-2025-68113) cannot forge a new expiry or issue time from it.

beforeAll(() => {
  process.env.PLACARD_SECRET = 'unit-test-secret-0123456789abcdef0123'
  process.env.ALTCHA_MAX_NUMBER = '1000'
})

async function solved(now: number) {
  const challenge = await newChallenge(now)
  const solution = await solveChallenge(challenge.challenge, challenge.salt, challenge.algorithm, challenge.maxnumber).promise
  return { ...challenge, number: solution!.number }
}
const encode = (payload: object) => Buffer.from(JSON.stringify(payload)).toString('base64')

it('accepts a solved challenge and reads when it was issued', async () => {
  const now = Date.now()
  expect(await checkProofOfWork(encode(await solved(now)), now)).toMatchObject({ ok: true, issuedAt: now })
})

it('refuses the same work with digits moved between the number and the salt', async () => {
  const now = Date.now()
  let payload = await solved(now)
  // Only a number of two or more digits can be split; find one.
  while (payload.number < 10) payload = await solved(now)
  const digits = String(payload.number)
  const spliced = { ...payload, salt: payload.salt + digits[0], number: Number(digits.slice(1)) }
  expect(await checkProofOfWork(encode(spliced), now)).toEqual({ ok: false, reason: 'malformed' })
  expect(await checkProofOfWork(encode({ ...payload, salt: payload.salt.replace(/&$/, '') }), now)).toEqual({ ok: false, reason: 'malformed' })
})
