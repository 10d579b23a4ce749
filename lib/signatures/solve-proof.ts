import { solveChallenge } from 'altcha-lib/v1'

// The browser's half of the proof-of-work (lib/signatures/proof-of-work.ts checks it): fetch a
// challenge from this site, solve it, and hand back the payload the sign form and the letter's
// "I sent it" button post with. No server imports.
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
