'use client'

import Link from 'next/link'
import { useActionState } from 'react'
import { buttonClass } from '@/components/ui/button'
import { FormStatus } from '@/components/ui/form-status'
import { TextField } from '@/components/ui/text-field'
import { PASSWORD_MAX, PASSWORD_MIN } from '@/lib/auth/password-rules'
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
      <TextField
        id="set-password"
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
        id="set-password-repeat"
        name="repeat"
        type="password"
        label="The same password again"
        autoComplete="new-password"
        required
        maxLength={PASSWORD_MAX}
        error={errors.repeat}
      />
      <button type="submit" disabled={pending} className={buttonClass('primary', 'w-full')}>
        {pending ? 'Saving…' : 'Save my password'}
      </button>
    </form>
  )
}
