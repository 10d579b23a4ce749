'use client'

import Link from 'next/link'
import { useActionForm } from '@/components/admin/use-action-form'
import { buttonClass } from '@/components/ui/button'
import { FormStatus } from '@/components/ui/form-status'
import { TextField } from '@/components/ui/text-field'
import { PASSWORD_MAX, PASSWORD_MIN } from '@/lib/auth/password-rules'
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
      <TextField
        id="account-password"
        name="password"
        type="password"
        label="New password"
        hint={`At least ${PASSWORD_MIN} characters. A few unrelated words are easy to remember and hard to guess.`}
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN}
        maxLength={PASSWORD_MAX}
        error={errors.password}
      />
      <TextField
        id="account-repeat"
        name="repeat"
        type="password"
        label="New password again"
        autoComplete="new-password"
        required
        maxLength={PASSWORD_MAX}
        error={errors.repeat}
      />
      <button type="submit" disabled={pending} className={buttonClass('primary')}>
        {pending ? 'Changing…' : 'Change password'}
      </button>
    </form>
  )
}
