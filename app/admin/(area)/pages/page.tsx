import Link from 'next/link'
import { MovePageButtons } from '@/components/admin/move-page-buttons'
import { StatusBadge } from '@/components/admin/status-badge'
import { buttonClass } from '@/components/ui/button'
import { requirePermission } from '@/lib/auth/session'
import { listPagesForAdmin } from '@/lib/pages/queries'

export const metadata = { title: 'Pages' }

type Props = { searchParams: Promise<{ deleted?: string }> }

export default async function AdminPagesPage({ searchParams }: Props) {
  await requirePermission('pages.write')
  const [pages, { deleted }] = await Promise.all([listPagesForAdmin(), searchParams])
  return (
    <div className="max-w-3xl space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Pages</h1>
        <Link href="/admin/pages/new" className={buttonClass('primary')}>
          New page
        </Link>
      </div>
      <p className="text-muted">
        Pages stand outside the stream of posts: About the campaign, Aims, Contact, Donate. Published pages marked for the menu appear in the site’s navigation
        in this order.
      </p>
      {deleted ? (
        <p role="status" className="rounded-md border border-teal bg-teal-50 p-3 font-medium text-teal">
          The page was deleted.
        </p>
      ) : null}
      {pages.length === 0 ? (
        <p className="rounded-lg border border-line bg-white p-6">
          No pages yet.{' '}
          <Link href="/admin/pages/new" className="underline">
            Write the first one
          </Link>
          , for example “About the campaign”.
        </p>
      ) : (
        <ol className="divide-y divide-line rounded-lg border border-line bg-white">
          {pages.map((page, i) => (
            <li key={page.id} className="flex flex-wrap items-center justify-between gap-3 p-4">
              <div className="min-w-0">
                <Link href={`/admin/pages/${page.id}`} className="text-lg font-semibold">
                  {page.title}
                </Link>
                <p className="text-sm text-muted">
                  /{page.slug}
                  {page.showInNav ? ' · in the menu' : ' · not in the menu'}
                </p>
              </div>
              <div className="flex items-center gap-3">
                <StatusBadge status={page.status} />
                <MovePageButtons id={page.id} title={page.title} first={i === 0} last={i === pages.length - 1} />
              </div>
            </li>
          ))}
        </ol>
      )}
    </div>
  )
}
