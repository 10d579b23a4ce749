'use client'

import type { MouseEvent } from 'react'
import { useActionForm, type FormAction } from '@/components/admin/use-action-form'
import { buttonClass } from '@/components/ui/button'
import { FormStatus } from '@/components/ui/form-status'

type Props = {
  action: FormAction
  userId: string
  label: string
  busyLabel: string
  kind?: 'primary' | 'secondary' | 'danger'
  /** Asked in a browser dialog first, for changes that lock someone out. */
  confirm?: string
}

// One button acting on one user (disable, enable, send a link), with its answer below it.
export function UserButtonForm({ action, userId, label, busyLabel, kind = 'secondary', confirm }: Props) {
  const { state, formAction, pending } = useActionForm(action)
  const ask = (event: MouseEvent<HTMLButtonElement>) => {
    if (confirm && !window.confirm(confirm)) event.preventDefault()
  }
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="userId" value={userId} />
      <button type="submit" disabled={pending} onClick={ask} className={buttonClass(kind)}>
        {pending ? busyLabel : label}
      </button>
      <FormStatus state={state} />
    </form>
  )
}
