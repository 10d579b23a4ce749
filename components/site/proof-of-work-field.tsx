'use client'

import { solveChallenge } from 'altcha-lib/v1'
import { useEffect, useState } from 'react'

// The self-hosted proof-of-work (lib/signatures/proof-of-work.ts), solved in the background as
// soon as a form appears. ProofOfWorkField puts the answer in a hidden field of a plain HTML
// form; without JavaScript the field stays empty and the entry is flagged for the moderator.

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

export function ProofOfWorkField() {
  const [value, setValue] = useState('')
  useEffect(() => {
    solveProof().then(setValue, () => setValue(''))
  }, [])
  return <input type="hidden" name="altcha" value={value} data-proof-ready={value ? 'yes' : 'no'} />
}
