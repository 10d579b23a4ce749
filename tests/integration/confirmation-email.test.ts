import { beforeEach, expect, it } from 'vitest'
import { db } from '@/lib/db/client'
import { runJobsOnce } from '@/lib/jobs/worker'
import { getPetitionNumbers } from '@/lib/petitions/queries'
import { confirmSignature, resendConfirmation } from '@/lib/signatures/confirm'
import { resetDatabase } from '../support/factories'
import { withTestSmtp } from '../support/smtp-server'
import { makePetition, signJson, solvedProof, validSigner } from '../support/signing'

// The confirmation email goes out over a real SMTP exchange with a throw-away server.

const smtp = withTestSmtp()
const received = smtp.received

beforeEach(async () => {
  await resetDatabase()
  received.length = 0
})

function confirmLinkIn(raw: string) {
  const unfolded = raw
  return unfolded.match(/https?:\/\/[^\s"<]+\/signatures\/confirm\?token=[A-Za-z0-9._-]+/)?.[0]
}

it('a signer receives a confirmation email whose link confirms the signature', async () => {
  const petition = await makePetition()
  await signJson(petition.slug, { ...validSigner({ email: 'nadia@example.org', fullName: 'Nadia Okafor' }), altcha: await solvedProof() })
  expect(await runJobsOnce()).toBe(1)

  expect(received).toHaveLength(1)
  expect(received[0]!.to).toBe('nadia@example.org')
  expect(received[0]!.raw).toMatch(/Subject: Please confirm your signature: Free the test three/)
  expect(received[0]!.raw).toMatch(/Hello Nadia/)
  expect(received[0]!.raw).toMatch(/\/signatures\/withdraw\?token=/)
  const link = confirmLinkIn(received[0]!.raw)
  expect(link).toBeDefined()
  const token = new URL(link!).searchParams.get('token')!
  expect(await confirmSignature(token)).toEqual({ kind: 'confirmed', petitionSlug: petition.slug })
  expect((await getPetitionNumbers(petition)).count).toBe(1)
  expect(await db.job.count({ where: { doneAt: { not: null } } })).toBe(1)
})

it('a temporary SMTP failure is retried later, not lost', async () => {
  const petition = await makePetition()
  await signJson(petition.slug, { ...validSigner(), altcha: await solvedProof() })
  smtp.state.rejectNext = 1
  await runJobsOnce()
  expect(received).toHaveLength(0)
  const job = await db.job.findFirstOrThrow()
  expect(job).toMatchObject({ attempts: 1, doneAt: null, failedAt: null })
  expect(job.lastError).toMatch(/temporarily unavailable/)
  expect(job.runAt.getTime()).toBeGreaterThan(Date.now())

  await db.job.update({ where: { id: job.id }, data: { runAt: new Date() } })
  await runJobsOnce()
  expect(received).toHaveLength(1)
  expect(await db.job.findFirstOrThrow()).toMatchObject({ attempts: 2, failedAt: null })
})

it('asking for the email again sends it only to an address with an unconfirmed signature', async () => {
  const petition = await makePetition()
  await signJson(petition.slug, { ...validSigner({ email: 'lena@example.org' }), altcha: await solvedProof() })
  await runJobsOnce()
  await resendConfirmation(petition.slug, 'LENA@example.org')
  await resendConfirmation(petition.slug, 'stranger@example.org')
  await runJobsOnce()
  expect(received.map((m) => m.to)).toEqual(['lena@example.org', 'lena@example.org'])
})
