import Link from 'next/link'
import type { Metadata } from 'next'
import { SetPasswordForm } from '@/components/admin/set-password-form'
import { checkPasswordLink, LINK_UNUSABLE } from '@/lib/auth/password-links'
import { site } from '@/lib/site'

// Where invitation and reset emails lead. Outside the signed-in admin area: the person has no
// password yet. The address holds a secret, so no other site may learn it as a referrer.
export const metadata: Metadata = { title: 'Choose your password', referrer: 'no-referrer' }

export default async function SetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params
  const link = await checkPasswordLink(token)
  return (
    <main className="mx-auto max-w-md px-4 py-16">
      <p className="text-2xl font-black tracking-tight text-accent-dark">{site.name}</p>
      <h1 className="mt-2 text-3xl font-bold">
        {!link.ok ? 'This link can’t be used' : link.purpose === 'invite' ? 'Welcome! Choose your password' : 'Choose a new password'}
      </h1>
      {link.ok ? (
        <>
          <p className="mt-2 text-muted">
            For {link.name} ({link.email}). After this you sign in with your email address and this password.
          </p>
          <div className="mt-8 rounded-lg border border-line bg-white p-6 shadow-sm">
            <SetPasswordForm token={token} email={link.email} />
          </div>
        </>
      ) : (
        <div className="mt-8 rounded-lg border border-line bg-white p-6 shadow-sm">
          <p>{LINK_UNUSABLE}</p>
          <p className="mt-4">
            <Link href="/admin/sign-in" className="underline">
              Go to sign in
            </Link>
          </p>
        </div>
      )}
    </main>
  )
}
