'use client'

import { deleteAddresseeAction } from '@/app/admin/(area)/letters/directory/actions'
import { useActionForm } from '@/components/admin/use-action-form'

export function DeleteAddresseeButton({ id, name }: { id: string; name: string }) {
  const { state, formAction, pending } = useActionForm(deleteAddresseeAction)
  return (
    <form action={formAction} className="inline">
      <input type="hidden" name="id" value={id} />
      <button type="submit" disabled={pending} className="min-h-9 text-sm font-semibold text-accent-dark underline" aria-label={`Remove ${name}`}>
        Remove
      </button>
      {state && !state.ok ? <span className="block text-sm text-accent-dark">{state.message}</span> : null}
    </form>
  )
}
