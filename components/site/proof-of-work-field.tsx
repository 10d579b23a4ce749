'use client'

import { useEffect, useState } from 'react'
import { solveProof } from '@/components/ui/proof-of-work'

// The self-hosted proof-of-work (components/ui/proof-of-work.ts), solved in the background as
// soon as a plain HTML form appears. ProofOfWorkField puts the answer in a hidden field of a plain HTML
// form; without JavaScript the field stays empty and the entry is flagged for the moderator.

export function ProofOfWorkField() {
  const [value, setValue] = useState('')
  useEffect(() => {
    solveProof().then(setValue, () => setValue(''))
  }, [])
  return <input type="hidden" name="altcha" value={value} data-proof-ready={value ? 'yes' : 'no'} />
}
