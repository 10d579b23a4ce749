import Link from 'next/link'
import { decideSenderNamesAction } from '@/app/admin/(area)/letters/actions'
import { FlagList } from '@/components/admin/review/flag-list'
import { ReviewNav } from '@/components/admin/review/review-nav'
import { ReviewQueue } from '@/components/admin/review/review-queue'
import { can } from '@/lib/auth/permissions'
import { requirePermission } from '@/lib/auth/session'
import { formatMoment } from '@/lib/format'
import { listSenderNamesForAdmin } from '@/lib/letters/sender-names'
import { paths } from '@/lib/paths'

export const metadata = { title: 'Names beside “I sent it”' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

// Names supporters asked to show beside "I sent it" wait here; approving shows one under its
// letter at once. One queue for every letter action, each name with the letter it came with.
export default async function LetterNamesPage({ searchParams }: Props) {
  const user = await requirePermission('supporters.moderate')
  const shown = (await searchParams).list === 'shown'
  const rows = await listSenderNamesForAdmin(shown ? 'shown' : 'waiting')
  return (
    <div className="space-y-6">
      <ReviewNav emailsAllowed={can(user, 'signatures.export-emails')} title={shown ? 'Letter senders’ names shown' : 'Letter senders’ names to approve'}>
        <p>
          {shown
            ? 'Names shown under letter actions as “Recent senders”. Remove one on request (there is no email to find it by: search the page for the name), or if it should not have been approved.'
            : 'Supporters who pressed “I sent it” and ticked “Show my name publicly”. Their letters are counted already; approve to show the name under the letter, reject the rest. Names not approved are deleted after 30 days.'}{' '}
          <Link href={shown ? '/admin/letters/names' : '/admin/letters/names?list=shown'} className="underline">
            {shown ? 'Names to approve' : 'Names shown'}
          </Link>
        </p>
      </ReviewNav>
      <ReviewQueue
        action={decideSenderNamesAction}
        formId="letter-names-form"
        shown={shown}
        noun={['name', 'names']}
        rows={rows}
        idOf={(row) => row.sendId}
        nameOf={(row) => row.name}
      >
        {(row) => (
          <>
            <p>
              <span className="font-semibold">{row.name}</span>
              {row.place ? <span className="text-muted">, {row.place}</span> : null}
            </p>
            <p className="text-sm text-muted">
              {formatMoment(row.createdAt.toISOString())} UTC · wrote to{' '}
              <Link href={paths.letter(row.letter.slug)} className="underline">
                {row.letter.title}
              </Link>
              {row.held ? ' · the press is held (not counted yet)' : ''}
            </p>
            <FlagList flags={row.holdReasons} />
          </>
        )}
      </ReviewQueue>
    </div>
  )
}
