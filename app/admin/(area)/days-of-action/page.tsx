import Link from 'next/link'
import { StatusBadge } from '@/components/admin/status-badge'
import { buttonClass } from '@/components/ui/button'
import { formatDayDate } from '@/lib/action-days/day-page'
import { listDaysForAdmin, listEventQueue } from '@/lib/action-days/queries'
import { can } from '@/lib/auth/permissions'
import { requireUser } from '@/lib/auth/session'
import { notFound } from 'next/navigation'

export const metadata = { title: 'Days of action' }

type Props = { searchParams: Promise<{ deleted?: string }> }

// Editors create days of action here; moderators find the queue of protests waiting for them.
export default async function AdminDaysOfActionPage({ searchParams }: Props) {
  const user = await requireUser()
  const editor = can(user, 'pages.write')
  const moderator = can(user, 'signatures.moderate')
  if (!editor && !moderator) notFound()
  const [days, queue, { deleted }] = await Promise.all([editor ? listDaysForAdmin() : [], moderator ? listEventQueue() : [], searchParams])
  return (
    <div className="max-w-3xl space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Days of action</h1>
        {editor ? (
          <Link href="/admin/days-of-action/new" className={buttonClass('primary')}>
            New day of action
          </Link>
        ) : null}
      </div>
      {moderator ? (
        <p className="rounded-lg border border-line bg-white p-4">
          <Link href="/admin/days-of-action/queue" className="font-semibold underline">
            Protests waiting for a moderator: {queue.length}
          </Link>
        </p>
      ) : null}
      {deleted ? (
        <p role="status" className="rounded-md border border-teal bg-teal-50 p-3 font-medium text-teal">
          The day of action was deleted.
        </p>
      ) : null}
      {editor ? (
        days.length === 0 ? (
          <p className="rounded-lg border border-line bg-white p-6">No days of action yet.</p>
        ) : (
          <ul className="divide-y divide-line rounded-lg border border-line bg-white">
            {days.map((day) => (
              <li key={day.id} className="flex flex-wrap items-center justify-between gap-3 p-4">
                <div className="min-w-0">
                  <Link href={`/admin/days-of-action/${day.id}`} className="text-lg font-semibold">
                    {day.title}
                  </Link>
                  <p className="text-sm text-muted">
                    {formatDayDate(day.date)} · {day._count.events} registered
                  </p>
                </div>
                <StatusBadge status={day.status} />
              </li>
            ))}
          </ul>
        )
      ) : null}
    </div>
  )
}
