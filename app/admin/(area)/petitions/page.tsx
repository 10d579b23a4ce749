import { AdminTable } from '@/components/admin/admin-table'
import Link from 'next/link'
import { FeaturedPetitionForm } from '@/components/admin/featured-petition-form'
import { StatusBadge } from '@/components/admin/status-badge'
import { buttonClass } from '@/components/ui/button'
import { requirePermission } from '@/lib/auth/session'
import { listPetitionsForAdmin } from '@/lib/petitions/admin-queries'
import { formatDate } from '@/lib/format'
import { paths } from '@/lib/paths'

export const metadata = { title: 'Petitions' }

type Props = { searchParams: Promise<{ deleted?: string }> }

export default async function AdminPetitionsPage({ searchParams }: Props) {
  await requirePermission('petitions.write')
  const [petitions, { deleted }] = await Promise.all([listPetitionsForAdmin(), searchParams])
  const featured = petitions.find((p) => p.featured && p.status === 'open')
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Petitions</h1>
        <Link href="/admin/petitions/new" className={buttonClass('primary')}>
          New petition
        </Link>
      </div>
      {deleted ? (
        <p role="status" className="rounded-md border border-teal bg-teal-50 p-3 font-medium text-teal">
          The petition was deleted.
        </p>
      ) : null}
      <FeaturedPetitionForm open={petitions.filter((p) => p.status === 'open')} featuredId={featured?.id ?? null} />
      {petitions.length === 0 ? (
        <p className="rounded-lg border border-line bg-white p-6">
          No petitions yet.{' '}
          <Link href="/admin/petitions/new" className="underline">
            Write the first one
          </Link>
          .
        </p>
      ) : (
        <AdminTable
          caption="All petitions, drafts and open ones first"
          columns={[
            { label: 'Title' },
            { label: 'Status' },
            { label: 'Signatures', className: 'text-right' },
            { label: 'Goal', className: 'text-right' },
            { label: 'Last day' },
          ]}
        >
          {petitions.map((p) => (
            <tr key={p.id}>
              <td className="p-3">
                <Link href={paths.adminPetition(p.id)} className="text-base font-semibold">
                  {p.title}
                </Link>
                <span className="block text-muted">
                  /petitions/{p.slug}
                  {p.id === featured?.id ? (
                    <strong className="ml-2 inline-block rounded bg-amber-100 whitespace-nowrap px-1.5 py-0.5 text-xs font-semibold text-amber-900">
                      ★ In the sidebar
                    </strong>
                  ) : null}
                </span>
              </td>
              <td className="p-3">
                <StatusBadge status={p.status} />
              </td>
              <td className="p-3 text-right tabular-nums">{p.count.toLocaleString('en')}</td>
              <td className="p-3 text-right tabular-nums">
                {p.shownGoal.toLocaleString('en')}
                <span className="block text-xs text-muted">
                  {p.goalPinned ? 'pinned' : p.shownGoal !== p.goal ? `stepped up from ${p.goal.toLocaleString('en')}` : 'steps up'}
                </span>
              </td>
              <td className="p-3">{p.deadline ? formatDate(p.deadline.toISOString()) : '—'}</td>
            </tr>
          ))}
        </AdminTable>
      )}
    </div>
  )
}
