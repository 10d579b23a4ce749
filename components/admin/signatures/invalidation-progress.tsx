'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'
import { undoInvalidationAction } from '@/app/admin/(area)/moderation/invalidations/actions'
import { useActionForm } from '@/components/admin/use-action-form'
import { buttonClass } from '@/components/ui/button'
import { FormStatus } from '@/components/ui/form-status'

type Props = { id: string; state: string; total: number; changed: number; restored: number; stoppedReason?: string | null }

const STATE_WORDS: Record<string, string> = {
  queued: 'Starting',
  running: 'Invalidating',
  done: 'Done',
  undoing: 'Undoing',
  undone: 'Undone',
  stopped: 'Stopped',
}

// Progress while the worker runs the batches (the page refreshes itself every second), and the
// undo button once it is done.
export function InvalidationProgress({ id, state, total, changed, restored, stoppedReason }: Props) {
  const router = useRouter()
  const busy = state === 'queued' || state === 'running' || state === 'undoing'
  const { state: answer, formAction, pending } = useActionForm(undoInvalidationAction)
  useEffect(() => {
    if (!busy) return
    const timer = setInterval(() => router.refresh(), 1000)
    return () => clearInterval(timer)
  }, [busy, router])
  const undoing = state === 'undoing' || state === 'undone'
  const value = undoing ? restored : changed
  const max = undoing ? Math.max(changed, 1) : Math.max(total, 1)
  return (
    <div className="space-y-4 rounded-lg border border-line bg-white p-6">
      <p className="text-lg font-semibold" role="status" aria-live="polite">
        {STATE_WORDS[state] ?? state}:{' '}
        {undoing
          ? `${restored.toLocaleString('en')} of ${changed.toLocaleString('en')} put back`
          : `${changed.toLocaleString('en')} of ${total.toLocaleString('en')} invalidated`}
      </p>
      <progress value={busy ? value : max} max={max} className="h-3 w-full accent-accent-dark" aria-label="Progress" />
      {state === 'done' && changed < total ? (
        <p className="text-sm text-muted">
          {(total - changed).toLocaleString('en')} had been withdrawn or invalidated by someone else meanwhile and were left as they were.
        </p>
      ) : null}
      {state === 'undone' && restored < changed ? (
        <p className="text-sm text-muted">{(changed - restored).toLocaleString('en')} had been changed by someone else since, and were left as they are.</p>
      ) : null}
      {state === 'stopped' ? (
        <p className="rounded-md border border-accent bg-red-50 p-3 text-sm text-accent-dark">
          The background worker gave up after several tries{stoppedReason ? ` (${stoppedReason})` : ''}. The signatures changed so far stay invalidated; Undo
          puts exactly those back. Start a new invalidation from the same filter to finish the job.
        </p>
      ) : null}
      <FormStatus state={answer} />
      {state === 'done' || state === 'stopped' ? (
        <form action={formAction}>
          <input type="hidden" name="id" value={id} />
          <button type="submit" disabled={pending} className={buttonClass('secondary')}>
            Undo this invalidation
          </button>
        </form>
      ) : null}
    </div>
  )
}
