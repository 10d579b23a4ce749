'use client'

import { formatMoment } from '@/lib/format'
import { useRouter } from 'next/navigation'
import { useState, useTransition } from 'react'
import { decideSignaturesAction } from '@/app/admin/(area)/moderation/actions'
import { callAction } from '@/components/admin/call-action'
import { buttonClass } from '@/components/ui/button'
import { FormStatus } from '@/components/ui/form-status'
import type { ActionState } from '@/lib/action-state'

// The queue of held signatures: decide one by one, or tick several and decide them together.

export type HeldRow = {
  id: string
  fullName: string
  email: string
  country: string
  city: string | null
  comment: string | null
  confirmed: boolean
  reasons: string[]
  createdAt: string
  petitionTitle: string
}

export function ModerationQueue({ rows }: { rows: HeldRow[] }) {
  const router = useRouter()
  const [selected, setSelected] = useState<Set<string>>(new Set())
  const [state, setState] = useState<ActionState | null>(null)
  const [pending, startTransition] = useTransition()

  function decide(ids: string[], decision: 'approve' | 'reject') {
    const form = new FormData()
    for (const id of ids) form.append('ids[]', id)
    form.set('decision', decision)
    startTransition(async () => {
      const result = await callAction(decideSignaturesAction, null, form)
      setState(result)
      if (result.ok) {
        setSelected(new Set())
        router.refresh()
      }
    })
  }

  const toggle = (id: string) => setSelected((old) => (old.has(id) ? new Set([...old].filter((x) => x !== id)) : new Set([...old, id])))
  const allTicked = rows.length > 0 && rows.every((r) => selected.has(r.id))

  return (
    <div className="space-y-4">
      <FormStatus state={state} />
      <div className="sticky top-0 z-10 flex flex-wrap items-center gap-3 rounded-lg border border-line bg-white p-3">
        <label className="flex min-h-11 items-center gap-2 font-semibold">
          <input
            type="checkbox"
            checked={allTicked}
            onChange={() => setSelected(allTicked ? new Set() : new Set(rows.map((r) => r.id)))}
            className="size-5 accent-accent-dark"
          />
          Tick all on this page
        </label>
        <span className="text-sm text-muted">{selected.size} ticked</span>
        <button type="button" disabled={pending || selected.size === 0} onClick={() => decide([...selected], 'approve')} className={buttonClass('primary')}>
          Approve ticked
        </button>
        <button type="button" disabled={pending || selected.size === 0} onClick={() => decide([...selected], 'reject')} className={buttonClass('danger')}>
          Reject ticked
        </button>
      </div>
      <ul className="divide-y divide-line rounded-lg border border-line bg-white">
        {rows.map((row) => (
          <li key={row.id} className="flex flex-col gap-3 p-4 sm:flex-row sm:items-start">
            <input
              type="checkbox"
              checked={selected.has(row.id)}
              onChange={() => toggle(row.id)}
              aria-label={`Tick ${row.fullName}`}
              className="mt-1 size-5 shrink-0 accent-accent-dark"
            />
            <div className="min-w-0 flex-1 space-y-1">
              <p>
                <span className="font-semibold">{row.fullName}</span> <span className="break-all text-muted">{row.email}</span>
              </p>
              <p className="text-sm text-muted">
                {row.country}
                {row.city ? `, ${row.city}` : ''} · {formatMoment(row.createdAt)} UTC · {row.petitionTitle} ·{' '}
                {row.confirmed ? 'email confirmed' : 'email not confirmed yet'}
              </p>
              {row.comment ? <p className="text-sm">“{row.comment}”</p> : null}
              <ul className="flex flex-wrap gap-1.5">
                {row.reasons.map((reason) => (
                  <li key={reason} className="rounded bg-amber-100 px-2 py-0.5 text-sm text-amber-900">
                    {reason}
                  </li>
                ))}
              </ul>
            </div>
            <div className="flex shrink-0 gap-2">
              <button
                type="button"
                disabled={pending}
                onClick={() => decide([row.id], 'approve')}
                className={buttonClass('secondary')}
                aria-label={`Approve ${row.fullName}`}
              >
                Approve
              </button>
              <button
                type="button"
                disabled={pending}
                onClick={() => decide([row.id], 'reject')}
                className={buttonClass('danger')}
                aria-label={`Reject ${row.fullName}`}
              >
                Reject
              </button>
            </div>
          </li>
        ))}
      </ul>
    </div>
  )
}
