import Link from 'next/link'
import { requireUser } from '@/lib/auth/session'

export const metadata = { title: 'No access' }

export default async function NoAccessPage() {
  const user = await requireUser()
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl font-bold">This screen isn’t part of your role</h1>
      <p className="mt-3">
        You are signed in as {user.name} with the role <strong>{user.role}</strong>. If you need this screen, ask an admin to change your role.
      </p>
      <p className="mt-4">
        <Link href="/admin" className="underline">
          Back to the dashboard
        </Link>
      </p>
    </div>
  )
}
