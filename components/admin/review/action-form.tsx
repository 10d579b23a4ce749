'use client'

import type { ReactNode } from 'react'
import { useActionForm, type FormAction } from '@/components/admin/use-action-form'
import { FormStatus } from '@/components/ui/form-status'

// A server-rendered admin form (its fields and buttons given as children) sent through an admin
// action, with the answer shown in an aria-live line above and the page refreshed after a success.
export function ActionForm({ action, children, className = '', id }: { action: FormAction; children: ReactNode; className?: string; id?: string }) {
  const { state, formAction, pending } = useActionForm(action)
  return (
    <form action={formAction} id={id} className={className} aria-busy={pending}>
      <FormStatus state={state} />
      {children}
    </form>
  )
}
