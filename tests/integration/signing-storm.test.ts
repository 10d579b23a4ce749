import { beforeEach, expect, it } from 'vitest'
import { db } from '@/lib/db/client'
import { getPetitionNumbers } from '@/lib/petitions/queries'
import { confirmSignature } from '@/lib/signatures/confirm'
import { makeToken } from '@/lib/opt-in/links'
import { resetDatabase } from '../support/factories'
import { makePetition, signJson, solvedProof, validSigner } from '../support/signing'

beforeEach(resetDatabase)

it('50 concurrent signs by one person, spelled 50 ways, leave one row and no error', async () => {
  const petition = await makePetition()
  const spellings = Array.from({ length: 50 }, (_, i) => {
    const local = ['jane.doe', 'JaneDoe', 'j.a.n.e.doe', 'janedoe+petition', 'Jane.Doe+' + i][i % 5]
    const domain = i % 2 ? 'gmail.com' : 'GoogleMail.com'
    return `${local}@${domain}`
  })
  const proofs = await Promise.all(spellings.map(() => solvedProof()))
  const answers = await Promise.all(spellings.map((email, i) => signJson(petition.slug, { ...validSigner({ email }), altcha: proofs[i] }, `198.51.100.${i}`)))
  expect(answers.filter((a) => a.status >= 500)).toEqual([])
  expect(answers.filter((a) => a.body.outcome === 'accepted')).toHaveLength(1)
  expect(answers.filter((a) => a.body.outcome === 'already-signed')).toHaveLength(49)
  expect(await db.signature.count({ where: { petitionId: petition.id } })).toBe(1)
  expect(await db.job.count()).toBe(1)
})

it('the count is exact after a burst of concurrent confirmations, withdrawals and holds', async () => {
  const petition = await makePetition()
  const countries = ['DE', 'FR', 'GB', 'SE']
  const ids: string[] = []
  for (let i = 0; i < 120; i++) {
    const email = `signer${i}@gmail.com`
    await signJson(petition.slug, { ...validSigner({ email, country: countries[i % 4] }), altcha: await solvedProof() }, `10.2.${i >> 8}.${i & 255}`)
    ids.push((await db.signature.findFirstOrThrow({ where: { email } })).id)
  }
  await Promise.all(ids.map((id) => confirmSignature(makeToken('confirm-link', id))))
  // Confirming again, concurrently, changes nothing.
  await Promise.all(ids.slice(0, 40).map((id) => confirmSignature(makeToken('confirm-link', id))))
  expect((await getPetitionNumbers(petition)).count).toBe(120)

  await db.signature.updateMany({ where: { id: { in: ids.slice(0, 10) } }, data: { status: 'withdrawn' } })
  await db.signature.updateMany({ where: { id: { in: ids.slice(10, 15) } }, data: { held: true } })
  const numbers = await getPetitionNumbers(petition)
  expect(numbers.count).toBe(105)
  const fromRows = await db.signature.groupBy({ by: ['country'], where: { petitionId: petition.id, status: 'confirmed', held: false }, _count: true })
  expect(Object.fromEntries(numbers.byCountry.map((c) => [c.code, c.count]))).toEqual(Object.fromEntries(fromRows.map((r) => [r.country, r._count])))
})
