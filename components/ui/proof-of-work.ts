// The browser's half of the proof-of-work (lib/signatures/proof-of-work.ts): fetch a challenge,
// find the number, and hand the form the payload to post. The solver is loaded only when a form
// asks for it, so pages that merely show a form don't carry it.

type Challenge = { algorithm: string; challenge: string; salt: string; signature: string; maxnumber?: number }

export async function solveProof(): Promise<string> {
  const [response, { solveChallenge }] = await Promise.all([fetch('/api/altcha/challenge', { cache: 'no-store' }), import('altcha-lib/v1')])
  if (!response.ok) throw new Error('challenge unavailable')
  const challenge = (await response.json()) as Challenge
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
