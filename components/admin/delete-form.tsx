'use client'

import { useActionState } from 'react'
import { buttonClass } from '@/components/ui/button'
import { FormStatus } from '@/components/ui/form-status'
import type { ActionState } from '@/lib/action-state'

type Props = {
  action: (previous: ActionState | null, form: FormData) => Promise<ActionState>
  id: string
  title: string
  noun: 'post' | 'page' | 'petition' | 'day of action' | 'letter action'
}

// Deleting needs two deliberate steps: open the box, then confirm with the title in view.
export function DeleteForm({ action, id, title, noun }: Props) {
  const [state, formAction, pending] = useActionState(action, null)
  return (
    <details className="max-w-xl rounded-lg border border-accent/40 bg-white p-4">
      <summary className="cursor-pointer font-semibold text-accent-dark">Delete this {noun}</summary>
      <form action={formAction} className="mt-3 space-y-3">
        <input type="hidden" name="id" value={id} />
        <p>
          “{title}” will be removed from the site and from the admin for good. This can’t be undone;{' '}
          {noun === 'petition'
            ? 'to stop it taking signatures, close it instead.'
            : noun === 'letter action'
              ? 'to stop it counting letters, close it instead.'
              : 'to take it off the site for now, unpublish it instead.'}
        </p>
        <FormStatus state={state} />
        <button type="submit" disabled={pending} className={buttonClass('danger')}>
          Yes, delete “{title.length > 40 ? `${title.slice(0, 40)}…` : title}”
        </button>
      </form>
    </details>
  )
}
