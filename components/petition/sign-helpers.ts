// What the sign form needs only once someone is about to sign: the proof-of-work solver
// (altcha) and the field rules (zod). sign-form.tsx loads this when the form comes into view or
// gets focus, so a reader who never signs never downloads it, and it never delays first paint.
import '@/components/site/zod-without-eval'
import { solveChallenge } from 'altcha-lib/v1'
import { fieldErrorsOf, signatureFieldsSchema, type SignatureField } from '@/lib/validation/signature'

export async function solveProof(): Promise<string> {
  const response = await fetch('/api/altcha/challenge', { cache: 'no-store' })
  if (!response.ok) throw new Error('challenge unavailable')
  const challenge = (await response.json()) as { algorithm: string; challenge: string; salt: string; signature: string; maxnumber?: number }
  const solution = await solveChallenge(challenge.challenge, challenge.salt, challenge.algorithm, challenge.maxnumber).promise
  if (!solution) throw new Error('no solution')
  return btoa(
    JSON.stringify({
      algorithm: challenge.algorithm,
      challenge: challenge.challenge,
      number: solution.number,
      salt: challenge.salt,
      signature: challenge.signature,
    }),
  )
}

/** The first problem with each field, or null when the form may be sent. */
export function checkSignatureFields(data: Record<string, string>): Partial<Record<SignatureField, string>> | null {
  const parsed = signatureFieldsSchema.safeParse(data)
  return parsed.success ? null : fieldErrorsOf(parsed.error)
}
