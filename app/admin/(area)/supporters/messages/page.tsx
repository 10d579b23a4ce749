import Link from 'next/link'
import { FlagList } from '@/components/admin/review/flag-list'
import { ReviewNav } from '@/components/admin/review/review-nav'
import { ReviewQueue } from '@/components/admin/review/review-queue'
import { can } from '@/lib/auth/permissions'
import { requirePermission } from '@/lib/auth/session'
import { formatMoment } from '@/lib/format'
import { paths } from '@/lib/paths'
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
      <ReviewQueue
        action={decideMessagesAction}
        formId="messages-form"
        shown={shown}
        noun={['message', 'messages']}
        rows={rows}
        idOf={(row) => row.id}
        nameOf={(row) => row.name}
      >
        {(row) => (
          <>
            <p className="whitespace-pre-line">“{row.message}”</p>
            <p className="text-sm text-muted">
              <span className="font-semibold text-ink">{row.name}</span>
              {row.place ? `, ${row.place}` : ''} · <span className="break-all">{row.email}</span> · {formatMoment(row.createdAt.toISOString())} UTC · under{' '}
              <Link href={paths.post(row.post.slug)} className="underline">
                {row.post.title}
              </Link>
            </p>
            <FlagList flags={row.flags} />
          </>
        )}
      </ReviewQueue>
    </div>
  )
}
