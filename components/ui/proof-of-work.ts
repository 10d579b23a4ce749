import { useCallback, useEffect, useRef } from 'react'

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

/** Solves a proof-of-work in the background as soon as the form shows (when enabled), and a fresh one after each use. */
export function useProofOfWork(enabled = true) {
  const proof = useRef<Promise<string> | null>(null)
  const renew = useCallback(() => {
    proof.current = solveProof()
    proof.current.catch(() => {})
  }, [])
  useEffect(() => {
    if (enabled) renew()
  }, [enabled, renew])
  const take = useCallback(() => proof.current ?? solveProof(), [])
  /**
   * Posts `data` with a proof as JSON to the form's address and returns the answer. Where no
   * proof can be made (a very old browser, no secure context) the form is posted the plain way
   * instead (the server then holds it for a moderator) and null comes back. A lost connection throws.
   */
  const send = useCallback(
    async <Answer>(form: HTMLFormElement, data: Record<string, unknown>): Promise<Answer | null> => {
      let altcha: string
      try {
        altcha = await take()
      } catch {
        form.submit()
        return null
      }
      try {
        const response = await fetch(form.action, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify({ ...data, altcha }),
        })
        return (await response.json()) as Answer
      } finally {
        renew()
      }
    },
    [take, renew],
  )
  return { send }
}
