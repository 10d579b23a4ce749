import { solveChallenge } from 'altcha-lib/v1'
import { db } from '@/lib/db/client'
import { newChallenge } from '@/lib/signatures/proof-of-work'
import { handleSignRequest } from '@/lib/signatures/sign-request'
import { unique } from './factories'

// Builders for petition tests: petitions, solved proofs-of-work, and requests to the real
// sign handler exactly as the browser sends them.

export async function makePetition(
  overrides: Partial<{ status: 'draft' | 'open' | 'closed' | 'delivered'; goal: number; deadline: Date | null; slug: string }> = {},
) {
  return db.petition.create({
    data: {
      slug: overrides.slug ?? unique('petition'),
      title: 'Free the test three',
      summary: 'Summary.',
      bodyHtml: '<ul><li>Free them.</li></ul>',
      target: 'The Embassy',
      goal: overrides.goal ?? 100,
      status: overrides.status ?? 'open',
      deadline: overrides.deadline ?? null,
    },
  })
}

export async function solvedProof(issuedAt = Date.now()): Promise<string> {
  const challenge = await newChallenge(issuedAt)
  const solution = await solveChallenge(challenge.challenge, challenge.salt, challenge.algorithm, challenge.maxnumber).promise
  return Buffer.from(JSON.stringify({ ...challenge, number: solution!.number })).toString('base64')
}

export const validSigner = (overrides: Record<string, unknown> = {}) => ({
  fullName: 'Rosa Example',
  email: `${unique('rosa')}@example.org`,
  country: 'DE',
  showName: true,
  shareWithTarget: true,
  consentVersion: '2026-12',
  ...overrides,
})

export async function signJson(slug: string, body: Record<string, unknown>, ip = '203.0.113.7') {
  const request = new Request(`http://localhost/api/petitions/${slug}/signatures`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  const response = await handleSignRequest(request, slug, ip)
  return { status: response.status, body: (await response.json()) as { outcome: string; message: string; fieldErrors?: Record<string, string> } }
}

export async function signForm(slug: string, fields: Record<string, string>, ip = '203.0.113.8') {
  const request = new Request(`http://localhost/api/petitions/${slug}/signatures`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  })
  return handleSignRequest(request, slug, ip)
}
