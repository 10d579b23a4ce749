'use client'

import { startInvalidationAction } from '@/app/admin/(area)/moderation/invalidations/actions'
import { submitKeepingFields } from '@/components/admin/call-action'
import { useActionForm } from '@/components/admin/use-action-form'
import { buttonClass } from '@/components/ui/button'
import { FormStatus } from '@/components/ui/form-status'
import type { SignatureFilter } from '@/lib/validation/signature-search'

// The last step of the preview: the filter travels as hidden fields, exactly as previewed.
export function InvalidateForm({ filter, count }: { filter: SignatureFilter; count: number }) {
  const { state, formAction, pending } = useActionForm(startInvalidationAction)
  return (
    <form action={formAction} onSubmit={submitKeepingFields(formAction)} className="space-y-3">
      {Object.entries(filter).map(([key, value]) => (
        <input key={key} type="hidden" name={key} value={String(value)} />
      ))}
      <FormStatus state={state} />
      <button type="submit" disabled={pending} className={buttonClass('primary')}>
        {pending ? 'Starting…' : `Invalidate ${count.toLocaleString('en')} signature${count === 1 ? '' : 's'}`}
      </button>
    </form>
  )
}
