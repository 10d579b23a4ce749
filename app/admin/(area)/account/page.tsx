import { NameForm } from '@/components/admin/account/name-form'
import { PasswordForm } from '@/components/admin/account/password-form'
import { ROLE_LABELS } from '@/lib/auth/permissions'
import { requireUser } from '@/lib/auth/session'

export const metadata = { title: 'Your account' }

// Everyone's own account, whatever their role: the layout already requires a signed-in user.
export default async function AccountPage() {
  const user = await requireUser()
  return (
    <div className="max-w-xl space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Your account</h1>
        <p className="mt-2 break-all text-muted">Signed in as {user.email}</p>
        <p className="mt-1 text-muted">{ROLE_LABELS[user.role]}. Only an admin can change roles or email addresses.</p>
      </div>
      <section aria-labelledby="name-heading" className="rounded-lg border border-line bg-white p-6">
        <h2 id="name-heading" className="mb-4 text-xl font-bold">
          Name
        </h2>
        <NameForm name={user.name} />
      </section>
      <section aria-labelledby="password-heading" className="rounded-lg border border-line bg-white p-6">
        <h2 id="password-heading" className="text-xl font-bold">
          Password
        </h2>
        <p className="mt-1 mb-4 text-muted">Changing it signs you out on every device, this one too.</p>
        <PasswordForm />
      </section>
    </div>
  )
}
