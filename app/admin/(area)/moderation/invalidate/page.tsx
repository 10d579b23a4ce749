import { counted } from '@/lib/format'
import Link from 'next/link'
import { FilterNotes } from '@/components/ui/filter-notes'
import { InvalidateForm } from '@/components/admin/signatures/invalidate-form'
import { SignatureTable } from '@/components/admin/signatures/signature-table'
import { requirePermission } from '@/lib/auth/session'
import { describeFilter } from '@/lib/moderation/describe-filter'
import { previewInvalidation, SAMPLE_SIZE } from '@/lib/moderation/invalidation'
import { EMPTY_FILTER_MESSAGE, filterQuery, isEmptyFilter, parseSignatureQuery } from '@/lib/validation/signature-search'

export const metadata = { title: 'Invalidate signatures' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function InvalidatePreviewPage({ searchParams }: Props) {
  await requirePermission('signatures.moderate')
  const { filter, notes } = parseSignatureQuery(await searchParams)
  const empty = isEmptyFilter(filter)
  const [{ count, sample }, described] = empty ? [{ count: 0, sample: [] }, []] : await Promise.all([previewInvalidation(filter), describeFilter(filter)])
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm">
          <Link href={`/admin/moderation/signatures${filterQuery(filter)}`} className="underline">
            ← Back to the list
          </Link>
        </p>
        <h1 className="mt-2 text-2xl font-bold">Invalidate signatures</h1>
        <p className="mt-2 max-w-3xl text-muted">
          Invalidated signatures stop counting at once and the signers are not told. Only pending and confirmed signatures are changed. You can undo the whole
          operation afterwards.
        </p>
      </div>
      <FilterNotes notes={notes} />
      {empty ? (
        <p role="alert" className="rounded-md border border-accent bg-red-50 p-4 font-medium text-accent-dark">
          {EMPTY_FILTER_MESSAGE}{' '}
          <Link href="/admin/moderation/signatures" className="underline">
            Search signatures
          </Link>
        </p>
      ) : (
        <>
          <section aria-labelledby="filter-heading" className="rounded-lg border border-line bg-white p-6">
            <h2 id="filter-heading" className="font-bold">
              Signatures with
            </h2>
            <ul className="mt-2 list-disc pl-6">
              {described.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
            <p className="mt-4 text-lg font-semibold" role="status">
              {count === 0
                ? 'No pending or confirmed signature matches: there is nothing to invalidate.'
                : `This will invalidate ${counted(count, 'signature')}.`}
            </p>
            {count > 0 ? (
              <div className="mt-4">
                <InvalidateForm filter={filter} count={count} />
              </div>
            ) : null}
          </section>
          {sample.length ? (
            <section aria-labelledby="sample-heading" className="space-y-3">
              <h2 id="sample-heading" className="text-lg font-bold">
                {count > SAMPLE_SIZE ? `The newest ${SAMPLE_SIZE} of them` : 'All of them'}
              </h2>
              <SignatureTable rows={sample} caption="Signatures this would invalidate" />
            </section>
          ) : null}
        </>
      )}
    </div>
  )
}
