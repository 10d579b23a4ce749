'use client'

import { useState } from 'react'

// One "Copy" button per bank detail, loaded only on the donate page. Without JavaScript the
// button does nothing and the detail beside it is plain, selectable text.
export function CopyButton({ text, what }: { text: string; what: string }) {
  const [status, setStatus] = useState('')
  async function copy() {
    try {
      await navigator.clipboard.writeText(text)
      setStatus('Copied')
    } catch {
      setStatus('Select the text and copy it by hand')
    }
    setTimeout(() => setStatus(''), 4000)
  }
  return (
    <span className="inline-flex items-center gap-2 print:hidden">
      <button
        type="button"
        onClick={copy}
        aria-label={`Copy the ${what}`}
        className="min-h-9 rounded-md border border-gray-400 bg-white px-3 text-sm font-semibold hover:bg-gray-50"
      >
        Copy
      </button>
      <span role="status" aria-live="polite" className="text-sm text-teal">
        {status}
      </span>
    </span>
  )
}
