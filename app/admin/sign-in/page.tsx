import { redirect } from 'next/navigation'
import { SignInForm } from '@/components/admin/sign-in-form'
import { getCurrentUser } from '@/lib/auth/session'
import { SIGN_IN_FAILED, SIGN_IN_THROTTLED } from '@/lib/auth/sign-in'
import { site } from '@/lib/site'

export const metadata = { title: 'Sign in' }

type Props = { searchParams: Promise<{ error?: string | string[] }> }

export default async function SignInPage({ searchParams }: Props) {
  if (await getCurrentUser()) redirect('/admin')
  const { error } = await searchParams
  // next-auth sends a failed sign-in back here with ?error=; only Placard's own messages are
  // shown, never text from the address (anyone can write a link with any ?error=).
  const message = typeof error !== 'string' ? null : error === SIGN_IN_THROTTLED ? SIGN_IN_THROTTLED : SIGN_IN_FAILED
  return (
    <main className="mx-auto max-w-md px-4 py-16">
      <p className="text-2xl font-black tracking-tight text-accent-dark">{site.name}</p>
      <h1 className="mt-2 text-3xl font-bold">Sign in</h1>
      <p className="mt-2 text-muted">For the campaign’s editors, moderators and admins.</p>
      <div className="mt-8 rounded-lg border border-line bg-white p-6 shadow-sm">
        <SignInForm initialError={message} />
      </div>
      <p className="mt-6 text-sm text-muted">Forgot your password? Ask an admin to send you a reset link.</p>
    </main>
  )
}
