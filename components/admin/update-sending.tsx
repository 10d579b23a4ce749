'use client'

import { counted } from '@/lib/format'
import { useRouter } from 'next/navigation'
import { useEffect, useState } from 'react'
import { sendTestUpdateAction, sendUpdateAction } from '@/app/admin/(area)/updates/actions'
import { useActionForm } from '@/components/admin/use-action-form'
import { buttonClass } from '@/components/ui/button'
import { FormStatus } from '@/components/ui/form-status'

// Sending an update: a test to oneself first, then to the signers after a confirmation that names
// how many people will get it. While the worker sends, the page refreshes itself.

type Props = { id: string; subject: string; recipients: number; email: string }

export function UpdateSendPanel({ id, subject, recipients, email }: Props) {
  const test = useActionForm(sendTestUpdateAction)
  const send = useActionForm(sendUpdateAction)
  const [confirming, setConfirming] = useState(false)
  const people = counted(recipients, 'signer')
  return (
    <div className="space-y-4">
      <form action={test.formAction} className="space-y-2">
        <input type="hidden" name="id" value={id} />
        <FormStatus state={test.state} />
        <button type="submit" disabled={test.pending} className={buttonClass('secondary')}>
          Send a test to myself
        </button>
        <p className="text-sm text-muted">Goes to {email}, exactly as signers will get it.</p>
      </form>
      <div className="space-y-3 border-t border-line pt-4">
        <FormStatus state={send.state} />
        {recipients === 0 ? (
          <p>No signer of this petition has asked for updates yet, so there is nobody to send this to.</p>
        ) : confirming ? (
          <form action={send.formAction} className="space-y-3 rounded-md border border-accent bg-red-50 p-4">
            <input type="hidden" name="id" value={id} />
            <input type="hidden" name="expected" value={recipients} />
            <p className="font-semibold">
              Send “{subject}” to {people} now? This can’t be undone, and the update will appear on the petition’s page.
            </p>
            <div className="flex flex-wrap gap-2">
              <button type="submit" disabled={send.pending} className={buttonClass('primary')}>
                Yes, send to {people}
              </button>
              <button type="button" onClick={() => setConfirming(false)} className={buttonClass('secondary')}>
                Cancel
              </button>
            </div>
          </form>
        ) : (
          <button type="button" onClick={() => setConfirming(true)} className={buttonClass('primary')}>
            Send to {people}…
          </button>
        )}
      </div>
    </div>
  )
}

/** Fetches the page's server components again every few seconds while `active`. */
export function RefreshWhile({ active, everyMs = 2000 }: { active: boolean; everyMs?: number }) {
  const router = useRouter()
  useEffect(() => {
    if (!active) return
    const timer = setInterval(() => router.refresh(), everyMs)
    return () => clearInterval(timer)
  }, [active, everyMs, router])
  return null
}
