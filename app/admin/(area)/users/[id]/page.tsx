import { formatMoment } from '@/lib/format'
import Link from 'next/link'
import { linkLifetimeText } from '@/lib/auth/password-links'
import { notFound } from 'next/navigation'
import { z } from 'zod'
import { ChangeRoleForm } from '@/components/admin/users/change-role-form'
import { UserButtonForm } from '@/components/admin/users/user-button-form'
import { UserStatus } from '@/components/admin/users/users-table'
import { ROLE_LABELS } from '@/lib/auth/permissions'
import { requirePermission } from '@/lib/auth/session'
import { getPendingLink, getUserForAdmin } from '@/lib/auth/user-queries'
import { auditHref } from '@/lib/audit/filters'
import { disableUser, enableUser, sendPasswordLink } from '../actions'

export const metadata = { title: 'User' }

const card = 'rounded-lg border border-line bg-white p-6'

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const me = await requirePermission('users.manage')
  const id = z.uuid().safeParse((await params).id)
  const user = id.success ? await getUserForAdmin(id.data) : null
  if (!user) notFound()
  const pending = await getPendingLink(user.id)
  const isMe = user.id === me.id

  return (
    <div className="max-w-2xl space-y-6">
      <p>
        <Link href="/admin/users" className="underline">
          ← All users
        </Link>
      </p>
      <div>
        <h1 className="text-2xl font-bold break-words">
          {user.name}
          {isMe ? ' (you)' : ''}
        </h1>
        <p className="mt-1 break-all text-muted">{user.email}</p>
        <p className="mt-2 flex flex-wrap items-center gap-2">
          <UserStatus user={user} /> <span>{ROLE_LABELS[user.role]}</span>
        </p>
        <p className="mt-2 text-sm text-muted">
          Added {formatMoment(user.createdAt)} UTC.{' '}
          <Link href={auditHref({ actorId: user.id })} className="underline">
            What they did
          </Link>
        </p>
      </div>

      <section aria-labelledby="role-heading" className={card}>
        <h2 id="role-heading" className="mb-4 text-xl font-bold">
          Role
        </h2>
        {isMe ? <p className="mb-4 text-muted">You can’t take away your own admin role; another admin can.</p> : null}
        <ChangeRoleForm userId={user.id} role={user.role} />
      </section>

      <section aria-labelledby="password-heading" className={card}>
        <h2 id="password-heading" className="text-xl font-bold">
          Password
        </h2>
        <p className="mt-1 mb-4 text-muted">
          {user.hasPassword
            ? `Forgot their password? Send them a link to choose a new one (it works for ${linkLifetimeText('reset')}).`
            : `They haven’t chosen a password yet. You can send the invitation again (it works for ${linkLifetimeText('invite')}).`}
          {pending ? ` A link sent earlier works until ${formatMoment(pending.expiresAt)} UTC; sending a new one replaces it.` : ''}
        </p>
        <UserButtonForm
          action={sendPasswordLink}
          userId={user.id}
          label={user.hasPassword ? 'Send password reset link' : 'Send invitation again'}
          busyLabel="Sending…"
        />
      </section>

      <section aria-labelledby="access-heading" className={card}>
        <h2 id="access-heading" className="text-xl font-bold">
          Access
        </h2>
        {user.disabledAt ? (
          <>
            <p className="mt-1 mb-4 text-muted">Disabled since {formatMoment(user.disabledAt)} UTC. They can’t sign in.</p>
            <UserButtonForm action={enableUser} userId={user.id} label="Enable account" busyLabel="Enabling…" />
          </>
        ) : isMe ? (
          <p className="mt-1 text-muted">You can’t disable your own account; another admin can.</p>
        ) : (
          <>
            <p className="mt-1 mb-4 text-muted">Disabling signs them out everywhere at once and stops them signing in. Their posts and history stay.</p>
            <UserButtonForm
              action={disableUser}
              userId={user.id}
              label="Disable account"
              busyLabel="Disabling…"
              kind="danger"
              confirm={`Disable ${user.name}’s account? They are signed out at once.`}
            />
          </>
        )}
      </section>
    </div>
  )
}
