import { formatMoment } from '@/lib/format'
import Link from 'next/link'
import { ModerationHeader } from '@/components/admin/signatures/moderation-header'
import { requirePermission } from '@/lib/auth/session'
import { listInvalidations } from '@/lib/moderation/invalidation'

export const metadata = { title: 'Bulk invalidations' }

const STATE_WORDS: Record<string, string> = { queued: 'starting', running: 'running', done: 'done', undoing: 'being undone', undone: 'undone' }

export default async function InvalidationsPage() {
  await requirePermission('signatures.moderate')
  const operations = await listInvalidations()
  return (
    <div className="space-y-6">
      <ModerationHeader title="Bulk invalidations">The 50 most recent, newest first. Open one to follow its progress or undo it.</ModerationHeader>
      {operations.length ? (
        <ul className="divide-y divide-line rounded-lg border border-line bg-white">
          {operations.map((op) => (
            <li key={op.id} className="p-4">
              <Link href={`/admin/moderation/invalidations/${op.id}`} className="font-semibold underline">
                {op.changed.toLocaleString('en')} of {op.total.toLocaleString('en')} signatures, {STATE_WORDS[op.state] ?? op.state}
              </Link>
              <p className="text-sm text-muted">
                {formatMoment(op.createdAt)} UTC by {op.requestedByLabel} · filter{' '}
                <code className="break-all">
                  {Object.entries(op.filter as Record<string, string>)
                    .map(([k, v]) => `${k}=${v}`)
                    .join(', ')}
                </code>
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="rounded-lg border border-line bg-white p-6">No bulk invalidation yet. Start one from a search or from Trending.</p>
      )}
    </div>
  )
}
