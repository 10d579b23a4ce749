import { formatMoment } from '@/lib/format'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { z } from 'zod'
import { InvalidationProgress } from '@/components/admin/signatures/invalidation-progress'
import { requirePermission } from '@/lib/auth/session'
import { describeFilter } from '@/lib/moderation/describe-filter'
import { getInvalidation } from '@/lib/moderation/invalidation'
import { filterQuery, type SignatureFilter } from '@/lib/validation/signature-search'

export const metadata = { title: 'Bulk invalidation' }

type Props = { params: Promise<{ id: string }> }

export default async function InvalidationPage({ params }: Props) {
  await requirePermission('signatures.moderate')
  const id = z.uuid().safeParse((await params).id)
  const operation = id.success ? await getInvalidation(id.data) : null
  if (!operation) notFound()
  const filter = operation.filter as SignatureFilter
  const described = await describeFilter(filter)
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm">
          <Link href="/admin/moderation/invalidations" className="underline">
            ← All bulk invalidations
          </Link>
        </p>
        <h1 className="mt-2 text-2xl font-bold">Bulk invalidation</h1>
        <p className="mt-2 text-muted">
          Started by {operation.requestedByLabel} on {formatMoment(operation.createdAt)} UTC
          {operation.undoneAt ? `; undone by ${operation.undoneByLabel} on ${formatMoment(operation.undoneAt)} UTC` : ''}.
        </p>
      </div>
      <InvalidationProgress
        id={operation.id}
        state={operation.state}
        total={operation.total}
        changed={operation.changed}
        restored={operation.restored}
        stoppedReason={operation.stoppedReason}
      />
      <section aria-labelledby="filter-heading">
        <h2 id="filter-heading" className="font-bold">
          Its filter: signatures with
        </h2>
        <ul className="mt-2 list-disc pl-6">
          {described.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
        <p className="mt-2">
          <Link href={`/admin/moderation/signatures${filterQuery(filter)}`} className="underline">
            See the signatures matching it now
          </Link>
        </p>
      </section>
    </div>
  )
}
