'use client'

import { deleteAddresseeAction } from '@/app/admin/(area)/letters/directory/actions'
import { useActionForm } from '@/components/admin/use-action-form'

// Removing an entry takes two deliberate steps: letters that named it lose it as an addressee.
export function DeleteAddresseeButton({ id, name }: { id: string; name: string }) {
  const { state, formAction, pending } = useActionForm(deleteAddresseeAction)
  return (
    <details className="text-sm">
      <summary className="cursor-pointer font-semibold text-accent-dark" aria-label={`Remove ${name}`}>
        Remove
      </summary>
      <form action={formAction} className="mt-1">
        <input type="hidden" name="id" value={id} />
        <button type="submit" disabled={pending} className="min-h-9 font-semibold text-accent-dark underline">
          Yes, remove it
        </button>
        {state && !state.ok ? <span className="block text-accent-dark">{state.message}</span> : null}
      </form>
    </details>
  )
}
