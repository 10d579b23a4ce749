'use client'

import { useRouter } from 'next/navigation'
import { signIn } from 'next-auth/react'
import { useState } from 'react'
import { FormStatus } from '@/components/ui/form-status'
import { TextField } from '@/components/ui/text-field'
import type { ActionState } from '@/lib/action-state'

// Signs in through next-auth's credentials endpoint and shows its answer in place.
export function SignInForm({ initialError }: { initialError: string | null }) {
  const [state, setState] = useState<ActionState | null>(initialError ? { ok: false, message: initialError } : null)
  const [busy, setBusy] = useState(false)
  const router = useRouter()

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    setBusy(true)
    setState(null)
    try {
      const result = await signIn('credentials', { redirect: false, email: data.get('email'), password: data.get('password') })
      if (result?.ok && !result.error) {
        router.replace('/admin')
        router.refresh()
        return
      }
      setState({
        ok: false,
        message:
          result?.error && result.error !== 'CredentialsSignin' ? result.error : 'That email and password don’t match an account. Check both and try again.',
      })
    } catch {
      setState({ ok: false, message: 'We couldn’t reach the server. Check your connection and try again.' })
    }
    setBusy(false)
  }

  return (
    <form method="post" action="/api/auth/callback/credentials" onSubmit={onSubmit} className="space-y-5" noValidate>
      <FormStatus state={state} />
      <TextField id="sign-in-email" name="email" type="email" label="Email" autoComplete="username" required inputMode="email" />
      <TextField id="sign-in-password" name="password" type="password" label="Password" autoComplete="current-password" required maxLength={256} />
      <button
        type="submit"
        disabled={busy}
        className="min-h-12 w-full rounded-md bg-accent-dark px-6 text-lg font-bold text-white hover:bg-accent disabled:opacity-70"
      >
        {busy ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  )
}
