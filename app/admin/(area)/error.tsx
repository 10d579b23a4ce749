'use client'

import Link from 'next/link'
import { buttonClass } from '@/components/ui/button'

// Shown instead of a blank "application error" when an admin screen fails unexpectedly. The
// details stay in the server's log; the editor gets a way back.
export default function AdminError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="max-w-xl space-y-4 rounded-lg border border-accent bg-white p-6">
      <h1 className="text-2xl font-bold">Something went wrong on this screen</h1>
      <p>Nothing you saved before is lost. Check your connection, then try again. If it keeps happening, tell an admin what you were doing.</p>
      <div className="flex gap-3">
        <button type="button" onClick={reset} className={buttonClass('primary')}>
          Try again
        </button>
        <Link href="/admin" className={buttonClass('secondary')}>
          Back to the dashboard
        </Link>
      </div>
    </div>
  )
}
