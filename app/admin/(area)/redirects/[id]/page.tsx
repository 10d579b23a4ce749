import Link from 'next/link'
import { notFound } from 'next/navigation'
import { RedirectForm } from '@/components/admin/redirects/redirect-form'
import { DeleteRedirectForm } from '@/components/admin/redirects/delete-redirect-form'
import { requirePermission } from '@/lib/auth/session'
import { formatDay } from '@/lib/format'
import { sourceKey } from '@/lib/redirects/addresses'
import { getRedirect } from '@/lib/redirects/redirects'
import { redirectIdSchema } from '@/lib/validation/redirect'

export const metadata = { title: 'Edit redirect' }

type Props = { params: Promise<{ id: string }> }

export default async function EditRedirectPage({ params }: Props) {
  await requirePermission('redirects.manage')
  const parsed = redirectIdSchema.safeParse(await params)
  const row = parsed.success ? await getRedirect(parsed.data.id) : null
  if (!row) notFound()
  const from = sourceKey(row.fromPath, row.fromQuery)
  return (
    <div className="max-w-3xl space-y-6">
      <p>
        <Link href="/admin/redirects">← All redirects</Link>
      </p>
      <div>
        <h1 className="text-2xl font-bold break-all">{from}</h1>
        <p className="mt-2 text-muted">
          Visited {row.hits} time{row.hits === 1 ? '' : 's'}
          {row.lastHitAt ? `, last on ${formatDay(row.lastHitAt)}` : ''}. Added {formatDay(row.createdAt)}
          {row.source === 'wordpress' ? ' by the WordPress import' : ''}.
        </p>
      </div>
      <section className="rounded-lg border border-line bg-white p-6">
        <RedirectForm redirect={{ id: row.id, from, to: row.toPath, status: row.status, source: row.source }} />
      </section>
      <DeleteRedirectForm id={row.id} from={from} />
    </div>
  )
}
