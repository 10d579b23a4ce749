'use client'

import { useState } from 'react'

// Progressive enhancement: without JavaScript the address is still shown in a text field
// that can be selected and copied by hand.
export function CopyLinkButton({ url }: { url: string }) {
  const [status, setStatus] = useState('')
  async function copy() {
    try {
      await navigator.clipboard.writeText(url)
      setStatus('Link copied to the clipboard.')
    } catch {
      setStatus('Your browser blocked copying. Select the address and copy it by hand.')
    }
  }
  return (
    <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
      <label className="flex min-w-0 flex-1 flex-col text-sm">
        <span className="sr-only">Address of this post</span>
        <input
          readOnly
          value={url}
          onFocus={(e) => e.currentTarget.select()}
          className="min-h-11 w-full rounded-md border border-line bg-white px-3 text-ink"
        />
      </label>
      <button type="button" onClick={copy} className="min-h-11 rounded-md bg-ink px-4 font-semibold text-white hover:bg-black">
        Copy link
      </button>
      <p role="status" aria-live="polite" className="text-sm text-teal">
        {status}
      </p>
    </div>
  )
}
