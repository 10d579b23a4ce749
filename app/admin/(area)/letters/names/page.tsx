import Link from 'next/link'
import { decideSenderNamesAction } from '@/app/admin/(area)/letters/actions'
import { DecideButtons, TickedBar } from '@/components/admin/review/decide-buttons'
import { FlagList } from '@/components/admin/review/flag-list'
import { ReviewNav } from '@/components/admin/review/review-nav'
import { requirePermission } from '@/lib/auth/session'
import { counted, formatMoment } from '@/lib/format'
import { listSenderNamesForAdmin } from '@/lib/letters/sender-names'
import { paths } from '@/lib/site'

export const metadata = { title: 'Names beside “I sent it”' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

// Names supporters asked to show beside "I sent it" wait here; approving shows one under its
// letter at once. One queue for every letter action, each name with the letter it came with.
export default async function LetterNamesPage({ searchParams }: Props) {
  await requirePermission('supporters.moderate')
  const shown = (await searchParams).list === 'shown'
  const rows = await listSenderNamesForAdmin(shown ? 'shown' : 'waiting')
  return (
    <div className="space-y-6">
      <ReviewNav title={shown ? 'Letter senders’ names shown' : 'Letter senders’ names to approve'}>
        <p>
          {shown
            ? 'Names shown under letter actions as “Recent senders”. Remove one on request (there is no email to find it by: search the page for the name), or if it should not have been approved.'
            : 'Supporters who pressed “I sent it” and ticked “Show my name publicly”. Their letters are counted already; approve to show the name under the letter, reject the rest. Names not approved are deleted after 30 days.'}{' '}
          <Link href={shown ? '/admin/letters/names' : '/admin/letters/names?list=shown'} className="underline">
            {shown ? 'Names to approve' : 'Names shown'}
          </Link>
        </p>
      </ReviewNav>
      <p className="text-sm text-muted" role="status">
        {rows.length === 0 ? 'Nothing here.' : `${counted(rows.length, 'name')}, newest first.`}
      </p>
      {rows.length ? (
        <>
          <TickedBar
            action={decideSenderNamesAction}
            formId="letter-names-form"
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
              <li key={row.sendId} className="flex flex-col gap-3 p-4 sm:flex-row sm:items-start">
                <input
                  type="checkbox"
                  name="ids[]"
                  value={row.sendId}
                  form="letter-names-form"
                  aria-label={`Tick ${row.name}`}
                  className="mt-1 size-5 shrink-0 accent-accent-dark"
                />
                <div className="min-w-0 flex-1 space-y-1">
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
                </div>
                <DecideButtons action={decideSenderNamesAction} id={row.sendId} name={row.name} decisions={shown ? ['remove'] : ['approve', 'reject']} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  )
}
