'use client'

import { useEffect, useState } from 'react'
import { formatCount } from '@/lib/letters/count-words'
import { useProofOfWork } from '@/components/ui/proof-of-work'
import { TextField } from '@/components/ui/text-field'
import type { SentAnswer } from '@/lib/letters/sent-request'

// "I sent it": one tap, no personal data unless the supporter ticks "Show my name publicly" and
// gives a name and town (shown under the letter once a moderator approves it; the fields open by
// CSS alone, so this works without JavaScript too). A plain form post before JavaScript arrives
// (answered with the thank-you page); with JavaScript the proof-of-work is solved in the
// background while the supporter writes, and the new count is shown in place.

export function SentButton({ slug, count: initialCount, open }: { slug: string; count: number; open: boolean }) {
  const [count, setCount] = useState(initialCount)
  const [answer, setAnswer] = useState<SentAnswer | null>(null)
  const [busy, setBusy] = useState(false)
  const proofOfWork = useProofOfWork(open)

  // The page is served from cache; this brings the count up to the second once it has loaded.
  useEffect(() => {
    let cancelled = false
    fetch(`/letters/${slug}/count.json`, { cache: 'no-store' })
      .then((r) => (r.ok ? r.json() : null))
      .then((data: { count: number } | null) => {
        if (data && !cancelled) setCount((shown) => Math.max(shown, data.count))
      })
      .catch(() => {})
    return () => {
      cancelled = true
    }
  }, [slug])

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = event.currentTarget
    setBusy(true)
    let result: SentAnswer | null
    try {
      const data = new FormData(form)
      result = await proofOfWork.send<SentAnswer>(form, {
        website: data.get('website') ?? '',
        showName: data.get('showName') ?? '',
        publicName: data.get('publicName') ?? '',
        publicPlace: data.get('publicPlace') ?? '',
      })
    } catch {
      result = { outcome: 'unavailable', message: 'We couldn’t reach the site. Check your connection and press “I sent it” again.' }
    }
    // Null: no proof-of-work was possible here; the form is on its way the plain way.
    if (!result) return
    setAnswer(result)
    if (typeof result.count === 'number') setCount(result.count)
    setBusy(false)
  }

  const done = answer?.outcome === 'counted'
  return (
    <div className="rounded-lg border-2 border-teal bg-white p-4">
      <p className="text-2xl font-black text-teal" data-letter-count={count}>
        {formatCount(count)}
      </p>
      {open ? (
        done ? null : (
          <form method="post" action={`/api/letters/${slug}/sent`} onSubmit={onSubmit} className="mt-3">
            <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
              <label htmlFor={`sent-website-${slug}`}>Leave this empty</label>
              <input id={`sent-website-${slug}`} name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
            </div>
            <div className="mb-3 flex flex-wrap items-start gap-x-3">
              <input id={`sent-show-${slug}`} type="checkbox" name="showName" className="peer mt-1 size-5 shrink-0 accent-teal" />
              <label htmlFor={`sent-show-${slug}`} className="flex-1">
                Show my name publicly <span className="text-muted">(optional)</span>
              </label>
              <div className="hidden basis-full gap-3 pt-2 peer-checked:grid sm:grid-cols-2">
                <TextField id={`sent-name-${slug}`} name="publicName" label="Name to show" autoComplete="name" maxLength={100} />
                <TextField id={`sent-place-${slug}`} name="publicPlace" label="Town, union or group" optional autoComplete="address-level2" maxLength={120} />
                <p className="text-sm text-muted sm:col-span-2">Shown under the letter once a moderator has checked it. No email is asked for.</p>
              </div>
            </div>
            <button
              type="submit"
              disabled={busy}
              className="min-h-12 w-full rounded-md bg-teal px-6 text-lg font-bold text-white disabled:opacity-70 sm:w-auto"
            >
              {busy ? 'Counting…' : 'I sent it'}
            </button>
            <p className="mt-2 text-sm text-muted">
              Tap once you have sent or posted your letter. We count it; we ask for a name only if you want yours shown.
            </p>
          </form>
        )
      ) : (
        <p className="mt-2 text-muted">This letter action is closed. Thank you to everyone who wrote.</p>
      )}
      <p role="status" aria-live="polite" className={`mt-2 font-semibold empty:hidden ${done ? 'text-teal' : 'text-accent-dark'}`}>
        {answer?.message}
      </p>
    </div>
  )
}
