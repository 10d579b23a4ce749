'use client'

import { useActionState } from 'react'
import { deleteRedirectAction } from '@/app/admin/(area)/redirects/actions'
import { buttonClass } from '@/components/ui/button'
import { FormStatus } from '@/components/ui/form-status'

// Deleting takes two deliberate steps: open the box, then confirm with the address in view.
export function DeleteRedirectForm({ id, from }: { id: string; from: string }) {
  const [state, action, pending] = useActionState(deleteRedirectAction, null)
  return (
    <details className="rounded-lg border border-accent/40 bg-white p-4">
      <summary className="cursor-pointer font-semibold text-accent-dark">Delete this redirect</summary>
      <form action={action} className="mt-3 space-y-3">
        <input type="hidden" name="id" value={id} />
        <p>
          <span className="break-all">{from}</span> will lead nowhere (a “not found” page). If it came from the WordPress import, the next import adds it again;
          to keep an old address from leading to its post, point it elsewhere instead.
        </p>
        <FormStatus state={state} />
        <button type="submit" disabled={pending} className={buttonClass('danger')}>
          Yes, delete it
        </button>
      </form>
    </details>
  )
}
