import Link from 'next/link'
import { DecideButtons, TickedBar } from '@/components/admin/review/decide-buttons'
import { FlagList } from '@/components/admin/review/flag-list'
import { ReviewNav } from '@/components/admin/review/review-nav'
import { can } from '@/lib/auth/permissions'
import { requirePermission } from '@/lib/auth/session'
import { counted, formatMoment } from '@/lib/format'
import { paths } from '@/lib/site'
import { listMessagesForAdmin } from '@/lib/solidarity/queries'
import { decideMessagesAction } from '../actions'

export const metadata = { title: 'Solidarity messages' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

// Confirmed solidarity messages wait here; approving shows them under their appeal at once.
export default async function MessagesAdminPage({ searchParams }: Props) {
  const user = await requirePermission('supporters.moderate')
  const shown = (await searchParams).list === 'approved'
  const rows = await listMessagesForAdmin(shown ? 'approved' : 'confirmed')
  return (
    <div className="space-y-6">
      <ReviewNav emailsAllowed={can(user, 'signatures.export-emails')} title={shown ? 'Solidarity messages shown' : 'Solidarity messages to approve'}>
        <p>
          {shown
            ? 'Messages shown under appeals. Remove one on request, or if it should not have been approved.'
            : 'Messages whose sender confirmed their email. Approve to show one under its appeal; reject the rest.'}{' '}
          <Link href={shown ? '/admin/supporters/messages' : '/admin/supporters/messages?list=approved'} className="underline">
            {shown ? 'Messages to approve' : 'Messages shown'}
          </Link>
        </p>
      </ReviewNav>
      <p className="text-sm text-muted" role="status">
        {rows.length === 0 ? 'Nothing here.' : `${counted(rows.length, 'message')}, newest first.`}
      </p>
      {rows.length ? (
        <>
          <TickedBar
            action={decideMessagesAction}
            formId="messages-form"
            buttons={
              shown
                ? [{ decision: 'remove', label: 'Remove ticked' }]
                : [
                    { decision: 'approve', label: 'Approve ticked' },
                    { decision: 'reject', label: 'Reject ticked' },
                  ]
            }
          />
          <ul className="divide-y divide-line rounded-lg border border-line bg-white">
            {rows.map((row) => (
              <li key={row.id} className="flex flex-col gap-3 p-4 sm:flex-row sm:items-start">
                <input
                  type="checkbox"
                  name="ids[]"
                  value={row.id}
                  form="messages-form"
                  aria-label={`Tick ${row.name}`}
                  className="mt-1 size-5 shrink-0 accent-accent-dark"
                />
                <div className="min-w-0 flex-1 space-y-1">
                  <p className="whitespace-pre-line">“{row.message}”</p>
                  <p className="text-sm text-muted">
                    <span className="font-semibold text-ink">{row.name}</span>
                    {row.place ? `, ${row.place}` : ''} · <span className="break-all">{row.email}</span> · {formatMoment(row.createdAt.toISOString())} UTC ·
                    under{' '}
                    <Link href={paths.post(row.post.slug)} className="underline">
                      {row.post.title}
                    </Link>
                  </p>
                  <FlagList flags={row.flags} />
                </div>
                <DecideButtons action={decideMessagesAction} id={row.id} name={row.name} decisions={shown ? ['remove'] : ['approve', 'reject']} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  )
}
