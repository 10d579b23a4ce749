import Link from 'next/link'
import { RedirectForm } from '@/components/admin/redirects/redirect-form'
import { RedirectsTable } from '@/components/admin/redirects/redirects-table'
import { buttonClass } from '@/components/ui/button'
import { Pager } from '@/components/ui/pager'
import { inputClass } from '@/components/ui/text-field'
import { requirePermission } from '@/lib/auth/session'
import { listRedirects } from '@/lib/redirects/redirects'
import { redirectListQuerySchema } from '@/lib/validation/redirect'

export const metadata = { title: 'Redirects' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const hrefFor = (q: string, page: number) => `/admin/redirects?${new URLSearchParams({ ...(q ? { q } : {}), ...(page > 1 ? { page: String(page) } : {}) })}`

export default async function RedirectsPage({ searchParams }: Props) {
  await requirePermission('redirects.manage')
  const params = await searchParams
  const { q, page } = redirectListQuerySchema.parse({ q: params.q, page: params.page })
  const { rows, total, pageCount } = await listRedirects({ q, page })
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold">Redirects</h1>
        <p className="mt-2 max-w-3xl text-muted">
          Old addresses that lead to new ones, so links in other people’s articles, emails and posts keep working. The WordPress import adds one for every old
          address of what it brought across; you can add any other moved link here.
        </p>
      </div>
      {params.deleted ? (
        <p role="status" className="rounded-md border border-teal bg-teal-50 p-3 font-medium text-teal">
          Deleted. The old address no longer leads anywhere.
        </p>
      ) : null}
      <section aria-labelledby="add-heading" className="rounded-lg border border-line bg-white p-6">
        <h2 id="add-heading" className="mb-4 text-xl font-bold">
          Add a redirect
        </h2>
        <RedirectForm redirect={null} />
      </section>
      <section aria-labelledby="list-heading" className="space-y-4">
        <h2 id="list-heading" className="text-xl font-bold">
          {q ? `Redirects matching “${q}”` : 'All redirects'} <span className="font-normal text-muted">({total})</span>
        </h2>
        <form role="search" action="/admin/redirects" className="flex max-w-xl flex-wrap items-end gap-3">
          <div className="min-w-0 flex-1">
            <label htmlFor="redirect-search" className="font-semibold">
              Find an address
            </label>
            <input id="redirect-search" name="q" type="search" defaultValue={q} maxLength={200} className={inputClass} />
          </div>
          <button type="submit" className={buttonClass('secondary')}>
            Search
          </button>
          {q ? (
            <Link href="/admin/redirects" className="py-3">
              Show all
            </Link>
          ) : null}
        </form>
        {rows.length ? (
          <RedirectsTable rows={rows} />
        ) : (
          <p className="rounded-lg border border-line bg-white p-6">
            {q ? 'No redirect has that in its old or new address.' : page > 1 ? 'There are no redirects this far on.' : 'There are no redirects yet.'}
          </p>
        )}
        {pageCount > 1 ? (
          <p className="text-sm text-muted">
            Page {Math.min(page, pageCount)} of {pageCount}
          </p>
        ) : null}
        <Pager newer={page > 1 ? hrefFor(q, page - 1) : null} older={page < pageCount ? hrefFor(q, page + 1) : null} />
      </section>
    </div>
  )
}
