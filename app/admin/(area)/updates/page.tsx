import { AdminTable } from '@/components/admin/admin-table'
import Link from 'next/link'
import { StatusBadge } from '@/components/admin/status-badge'
import { UpdateProgress } from '@/components/admin/update-progress'
import { RefreshWhile } from '@/components/admin/update-sending'
import { buttonClass } from '@/components/ui/button'
import { requirePermission } from '@/lib/auth/session'
import { formatDate } from '@/lib/format'
import { listUpdatesForAdmin } from '@/lib/updates/queries'

export const metadata = { title: 'Updates' }

export default async function AdminUpdatesPage() {
  await requirePermission('petitions.write')
  const updates = await listUpdatesForAdmin()
  return (
    <div className="max-w-5xl space-y-6">
      <RefreshWhile active={updates.some((u) => u.state === 'sending')} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Updates</h1>
        <Link href="/admin/updates/new" className={buttonClass('primary')}>
          New update
        </Link>
      </div>
      <p className="max-w-3xl text-muted">
        Tell a petition’s signers what happened: a hearing, a delivery, a release. An update goes by email to every signer who confirmed and ticked “keep me
        informed”, once each, with a link to unsubscribe, and appears on the petition’s page as news.
      </p>
      {updates.length === 0 ? (
        <p className="rounded-lg border border-line bg-white p-6">
          No updates yet.{' '}
          <Link href="/admin/updates/new" className="underline">
            Write the first one
          </Link>
          .
        </p>
      ) : (
        <AdminTable
          caption="Updates to signers, newest first"
          columns={[{ label: 'Subject' }, { label: 'Petition' }, { label: 'State' }, { label: 'Sent / total / failed', className: 'w-56' }]}
          className="min-w-[44rem]"
        >
          {updates.map((u) => (
            <tr key={u.id}>
              <td className="px-3 py-3">
                <Link href={`/admin/updates/${u.id}`} className="font-semibold">
                  {u.subject}
                </Link>
                <p className="text-muted">
                  {u.publishedAt ? `Sent ${formatDate(u.publishedAt.toISOString())}` : `Written ${formatDate(u.createdAt.toISOString())}`}
                </p>
              </td>
              <td className="px-3 py-3">{u.petition.title}</td>
              <td className="px-3 py-3">
                <StatusBadge status={u.state} />
              </td>
              <td className="px-3 py-3">
                {u.state === 'draft' ? (
                  <span className="text-muted">not sent yet</span>
                ) : (
                  <UpdateProgress progress={u.progress} label={`Progress of “${u.subject}”`} />
                )}
              </td>
            </tr>
          ))}
        </AdminTable>
      )}
    </div>
  )
}
