import { AdminTable } from '@/components/admin/admin-table'
import { formatDay } from '@/lib/format'
import Link from 'next/link'
import type { UserRow } from '@/lib/auth/user-queries'

export function UserStatus({ user }: { user: Pick<UserRow, 'disabledAt' | 'hasPassword'> }) {
  if (user.disabledAt) return <span className="rounded bg-gray-200 px-2 py-0.5 text-sm font-semibold text-ink">Disabled</span>
  if (!user.hasPassword) return <span className="rounded bg-amber-100 px-2 py-0.5 text-sm font-semibold text-amber-900">Invited</span>
  return <span className="rounded bg-teal-50 px-2 py-0.5 text-sm font-semibold text-teal">Enabled</span>
}

// Scrolls sideways inside its card on a phone rather than squeezing the columns.
export function UsersTable({ users, currentUserId }: { users: UserRow[]; currentUserId: string }) {
  return (
    <AdminTable
      caption="Everyone who can sign in to the admin area"
      columns={[{ label: 'Name' }, { label: 'Email' }, { label: 'Role' }, { label: 'Status' }, { label: 'Added' }]}
      className="min-w-[40rem]"
    >
      {users.map((user) => (
        <tr key={user.id}>
          <td className="p-3">
            <Link href={`/admin/users/${user.id}`} className="font-semibold">
              {user.name}
            </Link>
            {user.id === currentUserId ? <span className="ml-1 text-sm text-muted">(you)</span> : null}
          </td>
          <td className="p-3 break-all">{user.email}</td>
          <td className="p-3 capitalize">{user.role}</td>
          <td className="p-3">
            <UserStatus user={user} />
          </td>
          <td className="p-3 whitespace-nowrap">{formatDay(user.createdAt)}</td>
        </tr>
      ))}
    </AdminTable>
  )
}
