'use client'

import { useEffect, useState } from 'react'
import { solveProof } from '@/components/ui/proof-of-work'

// A hidden field that a plain HTML form gets its proof-of-work in: solved in the background
// once the page has loaded. Without JavaScript the field stays empty and the server keeps the
// submission for a moderator instead.
export function ProofOfWorkField() {
  const [value, setValue] = useState('')
  useEffect(() => {
    let live = true
    solveProof().then(
      (proof) => live && setValue(proof),
      () => {},
    )
    return () => {
      live = false
    }
  }, [])
  return <input type="hidden" name="altcha" value={value} data-proof={value ? 'ready' : 'pending'} />
}
