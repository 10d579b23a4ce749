import { counted } from '@/lib/format'
import Link from 'next/link'
import { ModerationHeader } from '@/components/admin/signatures/moderation-header'
import { FilterNotes } from '@/components/ui/filter-notes'
import { SignatureFilterForm } from '@/components/admin/signatures/signature-filter-form'
import { SignatureTable } from '@/components/admin/signatures/signature-table'
import { buttonClass } from '@/components/ui/button'
import { Pager } from '@/components/ui/pager'
import { requirePermission } from '@/lib/auth/session'
import { countSignatures, decodeCursor, encodeCursor, listPetitionChoices, searchSignatures } from '@/lib/moderation/signature-search'
import { filterQuery, isEmptyFilter, parseSignatureQuery } from '@/lib/validation/signature-search'
import { firstParam } from '@/lib/validation/route-params'

export const metadata = { title: 'Search signatures' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function SignatureSearchPage({ searchParams }: Props) {
  await requirePermission('signatures.moderate')
  const params = await searchParams
  const { filter, notes } = parseSignatureQuery(params)
  const before = decodeCursor(firstParam(params.before))
  const after = before ? null : decodeCursor(firstParam(params.after))
  const [{ rows, newer, older }, { count, capped }, petitions] = await Promise.all([
    searchSignatures(filter, { before, after }),
    countSignatures(filter),
    listPetitionChoices(),
  ])
  const first = rows[0]
  const last = rows[rows.length - 1]
  const base = '/admin/moderation/signatures'
  return (
    <div className="space-y-6">
      <ModerationHeader title="Search signatures">
        Every signature on every petition, newest first. Combine filters to find a burst, then invalidate it in one go.
      </ModerationHeader>
      <SignatureFilterForm filter={filter} petitions={petitions} />
      <FilterNotes notes={notes} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p role="status" className="font-semibold">
          {count === 0 ? 'No signature matches.' : `${capped ? 'More than ' : ''}${counted(count, 'signature')} match.`}
        </p>
        {!isEmptyFilter(filter) && count > 0 ? (
          <Link href={`/admin/moderation/invalidate${filterQuery(filter)}`} className={buttonClass('danger')}>
            Invalidate these…
          </Link>
        ) : null}
      </div>
      {rows.length ? <SignatureTable rows={rows} caption="Matching signatures, newest first" /> : null}
      <Pager
        newer={newer && first ? `${base}${filterQuery(filter, { after: encodeCursor({ at: first.created_at, id: first.id }) })}` : null}
        older={older && last ? `${base}${filterQuery(filter, { before: encodeCursor({ at: last.created_at, id: last.id }) })}` : null}
      />
    </div>
  )
}
