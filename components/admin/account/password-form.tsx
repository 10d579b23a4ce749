'use client'

import Link from 'next/link'
import { useActionForm } from '@/components/admin/use-action-form'
import { NewPasswordFields } from '@/components/admin/new-password-fields'
import { buttonClass } from '@/components/ui/button'
import { FormStatus } from '@/components/ui/form-status'
import { TextField } from '@/components/ui/text-field'
import { PASSWORD_MAX } from '@/lib/auth/password-rules'
import { changeOwnPasswordAction } from '@/app/admin/(area)/account/actions'

export function PasswordForm() {
  const { state, formAction, pending, errors } = useActionForm(changeOwnPasswordAction, { refresh: false })
  // Every session has just ended, this one too: the only useful next step is signing in.
  if (state?.ok) {
    return (
      <div className="space-y-4">
        <FormStatus state={state} />
        <Link href="/admin/sign-in" className={buttonClass('primary')}>
          Sign in again
        </Link>
      </div>
    )
  }
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormStatus state={state} />
      <TextField
        id="account-current"
        name="current"
        type="password"
        label="Current password"
        autoComplete="current-password"
        required
        maxLength={PASSWORD_MAX}
        error={errors.current}
      />
      <NewPasswordFields idPrefix="account" errors={errors} />
      <button type="submit" disabled={pending} className={buttonClass('primary')}>
        {pending ? 'Changing…' : 'Change password'}
      </button>
    </form>
  )
}
