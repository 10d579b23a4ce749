'use client'

import { useRouter } from 'next/navigation'
import { useState, useTransition } from 'react'
import { decideEventsAction } from '@/app/admin/(area)/days-of-action/actions'
import { callAction } from '@/components/admin/call-action'
import { buttonClass } from '@/components/ui/button'
import { FormStatus } from '@/components/ui/form-status'
import type { ActionState } from '@/lib/action-state'

// Protests their organisers confirmed, waiting for a moderator: approve puts one in the public
// list (and its calendar files), reject keeps it out for good. The organiser's address is not
// shown here either: a moderator judges what would be published.

export type QueuedEvent = {
  id: string
  day: string
  when: string
  city: string
  country: string
  place: string
  organiserName: string
  description: string
  reasons: string[]
}

const REASONS: Record<string, string> = {
  'no-proof-of-work': 'sent without JavaScript (no proof-of-work)',
  'too-fast': 'form filled in very fast',
  'ip-burst': 'many registrations from one internet address',
  honeypot: 'hidden field filled in (a bot?)',
}

export function EventQueue({ rows }: { rows: QueuedEvent[] }) {
  const router = useRouter()
  const [state, setState] = useState<ActionState | null>(null)
  const [pending, startTransition] = useTransition()
  function decide(id: string, decision: 'approve' | 'reject') {
    const form = new FormData()
    form.append('ids[]', id)
    form.set('decision', decision)
    startTransition(async () => {
      const result = await callAction(decideEventsAction, null, form)
      setState(result)
      if (result.ok) router.refresh()
    })
  }
  return (
    <div className="space-y-4">
      <FormStatus state={state} />
      {rows.length === 0 ? <p className="rounded-lg border border-line bg-white p-6">No protests are waiting. Well done.</p> : null}
      <ul className="space-y-3">
        {rows.map((row) => (
          <li key={row.id} className="rounded-lg border border-line bg-white p-4" data-queued-event={row.id}>
            <p className="text-sm text-muted">{row.day}</p>
            <h2 className="text-lg font-bold">
              {row.city}, {row.country}
            </h2>
            <p>{row.when}</p>
            <p>{row.place}</p>
            <p className="text-sm">Organised by {row.organiserName}</p>
            {row.description ? <p className="mt-2 text-sm whitespace-pre-line">{row.description}</p> : null}
            {row.reasons.length ? (
              <p className="mt-2 text-sm font-medium text-amber-900">Look closely: {row.reasons.map((r) => REASONS[r] ?? r).join('; ')}</p>
            ) : null}
            <div className="mt-3 flex gap-2">
              <button type="button" disabled={pending} onClick={() => decide(row.id, 'approve')} className={buttonClass('primary')}>
                Approve
              </button>
              <button type="button" disabled={pending} onClick={() => decide(row.id, 'reject')} className={buttonClass('danger')}>
                Reject
              </button>
            </div>
          </li>
        ))}
      </ul>
    </div>
  )
}
