import Link from 'next/link'
import { DecideButtons, TickedBar } from '@/components/admin/review/decide-buttons'
import { FlagList } from '@/components/admin/review/flag-list'
import { ReviewNav } from '@/components/admin/review/review-nav'
import { buttonClass } from '@/components/ui/button'
import { can } from '@/lib/auth/permissions'
import { requirePermission } from '@/lib/auth/session'
import { counted, formatMoment } from '@/lib/format'
import { countryName } from '@/lib/petitions/countries'
import { listSupportersForAdmin, type AdminSupporter } from '@/lib/supporters/admin'
import { SUPPORTER_TYPE_LABELS, supporterSearchSchema } from '@/lib/validation/supporter'
import { decideSupportersAction, mergeSupportersAction } from './actions'

export const metadata = { title: 'Supporters' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

// Confirmed entries wait here for a moderator; approved ones are listed for edits, merging
// duplicates and removal on request.
export default async function SupportersAdminPage({ searchParams }: Props) {
  const user = await requirePermission('supporters.moderate')
  const raw = await searchParams
  const approvedList = raw.list === 'approved'
  const { q } = supporterSearchSchema.parse({ q: typeof raw.q === 'string' ? raw.q : '' })
  const rows = await listSupportersForAdmin(approvedList ? 'approved' : 'confirmed', q)
  const formId = approvedList ? 'merge-form' : 'queue-form'
  return (
    <div className="space-y-6">
      <ReviewNav emailsAllowed={can(user, 'signatures.export-emails')} title={approvedList ? 'Approved supporters' : 'Supporters to approve'}>
        {approvedList ? (
          <p>
            Correct a typo with Edit. Tick two or more entries of one person or organisation to merge them: the oldest is kept. Remove takes a name off on
            request.
          </p>
        ) : (
          <p>These people confirmed their email address. Approve the real ones to list them (named only if they asked to be shown); reject the others.</p>
        )}
      </ReviewNav>
      {approvedList ? (
        <form method="get" className="flex max-w-xl gap-2">
          <input type="hidden" name="list" value="approved" />
          <label htmlFor="admin-supporters-q" className="sr-only">
            Search name, organisation or email
          </label>
          <input
            id="admin-supporters-q"
            name="q"
            type="search"
            defaultValue={q}
            placeholder="Search name, organisation or email"
            className="min-h-11 w-full rounded-md border border-gray-500 px-3"
          />
          <button type="submit" className={buttonClass('secondary')}>
            Search
          </button>
        </form>
      ) : null}
      <p className="text-sm text-muted" role="status">
        {rows.length === 0
          ? approvedList
            ? 'No approved supporters match.'
            : 'Nothing to approve. New confirmed entries appear here.'
          : `${counted(rows.length, 'entry', 'entries')}, newest first.`}
      </p>
      {/* Kept when the list empties, so the answer to the last decision stays on screen. */}
      <>
        {approvedList ? (
          <TickedBar action={mergeSupportersAction} formId={formId} buttons={[{ label: 'Merge ticked' }]} />
        ) : (
          <TickedBar
            action={decideSupportersAction}
            formId={formId}
            buttons={[
              { decision: 'approve', label: 'Approve ticked' },
              { decision: 'reject', label: 'Reject ticked' },
            ]}
          />
        )}
      </>
      {rows.length ? (
        <>
          <ul className="divide-y divide-line rounded-lg border border-line bg-white">
            {rows.map((row) => (
              <SupporterRow key={row.id} row={row} formId={formId} approved={approvedList} />
            ))}
          </ul>
        </>
      ) : null}
    </div>
  )
}

function SupporterRow({ row, formId, approved }: { row: AdminSupporter; formId: string; approved: boolean }) {
  return (
    <li className="flex flex-col gap-3 p-4 sm:flex-row sm:items-start">
      <input type="checkbox" name="ids[]" value={row.id} form={formId} aria-label={`Tick ${row.name}`} className="mt-1 size-5 shrink-0 accent-accent-dark" />
      <div className="min-w-0 flex-1 space-y-1">
        <p>
          <span className="font-semibold">{row.name}</span>
          {row.position || row.organisation ? `, ${[row.position, row.organisation].filter(Boolean).join(', ')}` : ''}{' '}
          <span className="break-all text-muted">{row.email}</span>
        </p>
        <p className="text-sm text-muted">
          {SUPPORTER_TYPE_LABELS[row.type].one} · {countryName(row.country)} · {row.showPublicly ? 'show publicly' : 'count only, never named'} ·{' '}
          {formatMoment(row.createdAt.toISOString())} UTC
        </p>
        {row.statement ? <p className="text-sm">“{row.statement}”</p> : null}
        <FlagList flags={row.flags} />
      </div>
      <div className="flex shrink-0 flex-wrap gap-2">
        <Link href={`/admin/supporters/${row.id}`} className={buttonClass('secondary')} aria-label={`Edit ${row.name}`}>
          Edit
        </Link>
        {approved ? (
          // The approved list's bar merges; removing is a form of its own.
          <DecideButtons action={decideSupportersAction} id={row.id} name={row.name} decisions={['remove']} />
        ) : (
          <DecideButtons action={decideSupportersAction} formId={formId} id={row.id} name={row.name} decisions={['approve', 'reject']} />
        )}
      </div>
    </li>
  )
}
