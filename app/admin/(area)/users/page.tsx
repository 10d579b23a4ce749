import { InviteUserForm } from '@/components/admin/users/invite-user-form'
import { UsersTable } from '@/components/admin/users/users-table'
import { requirePermission } from '@/lib/auth/session'
import { listUsers } from '@/lib/auth/user-queries'

export const metadata = { title: 'Users' }

export default async function UsersPage() {
  const me = await requirePermission('users.manage')
  const users = await listUsers()
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold">Users</h1>
        <p className="mt-2 text-muted">
          Everyone who can sign in to the admin area. Open a name to change their role, disable their account or send a new password link.
        </p>
      </div>
      <UsersTable users={users} currentUserId={me.id} />
      <section aria-labelledby="invite-heading" className="max-w-xl rounded-lg border border-line bg-white p-6">
        <h2 id="invite-heading" className="text-xl font-bold">
          Add a user
        </h2>
        <p className="mt-1 mb-4 text-muted">They get an email with a link to choose their own password. You never see or send a password.</p>
        <InviteUserForm />
      </section>
    </div>
  )
}
