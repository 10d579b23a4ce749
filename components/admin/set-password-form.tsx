'use client'

import Link from 'next/link'
import { useActionState } from 'react'
import { NewPasswordFields } from '@/components/admin/new-password-fields'
import { buttonClass } from '@/components/ui/button'
import { FormStatus } from '@/components/ui/form-status'
import { setPasswordWithLink } from '@/app/admin/set-password/[token]/public-actions'

// New password + the same again. On success the form gives way to the way in: sign in.
export function SetPasswordForm({ token, email }: { token: string; email: string }) {
  const [state, formAction, pending] = useActionState(setPasswordWithLink, null)
  if (state?.ok) {
    return (
      <div className="space-y-4">
        <FormStatus state={state} />
        <Link href="/admin/sign-in" className={buttonClass('primary', 'w-full')}>
          Go to sign in
        </Link>
      </div>
    )
  }
  const errors = state?.fieldErrors ?? {}
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="token" value={token} />
      {/* Lets password managers store the new password under the right account. */}
      <input type="email" name="email" value={email} autoComplete="username" readOnly hidden />
      <NewPasswordFields idPrefix="set" errors={errors} />
      <button type="submit" disabled={pending} className={buttonClass('primary', 'w-full')}>
        {pending ? 'Saving…' : 'Save my password'}
      </button>
    </form>
  )
}
