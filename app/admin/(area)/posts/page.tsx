import { counted, formatMoment } from '@/lib/format'
import Link from 'next/link'
import { StatusBadge } from '@/components/admin/status-badge'
import { buttonClass } from '@/components/ui/button'
import { Pager } from '@/components/ui/pager'
import { SelectField } from '@/components/ui/select-field'
import { inputClass } from '@/components/ui/text-field'
import { requirePermission } from '@/lib/auth/session'
import { getEditorChoices, listPostsForAdmin } from '@/lib/posts/admin-queries'
import { parseAdminPostFilter } from '@/lib/validation/admin-post-filter'

export const metadata = { title: 'Posts' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function AdminPostsPage({ searchParams }: Props) {
  await requirePermission('posts.write')
  const raw = await searchParams
  const filter = parseAdminPostFilter(raw)
  const [{ rows, total, pageCount }, choices] = await Promise.all([
    listPostsForAdmin({ q: filter.q, status: filter.status, categoryId: filter.category, authorId: filter.author, page: filter.page }),
    getEditorChoices(),
  ])
  const pageLink = (page: number) => {
    const params = new URLSearchParams(
      Object.entries({ q: filter.q, status: filter.status, category: filter.category, author: filter.author }).filter(([, v]) => v) as [string, string][],
    )
    if (page > 1) params.set('page', String(page))
    return `/admin/posts${params.size ? `?${params}` : ''}`
  }
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Posts</h1>
        <Link href="/admin/posts/new" className={buttonClass('primary')}>
          Write a new post
        </Link>
      </div>
      {raw.deleted ? (
        <p role="status" className="rounded-md border border-teal bg-teal-50 p-3 font-medium text-teal">
          The post was deleted.
        </p>
      ) : null}
      <form
        method="get"
        role="search"
        className="grid gap-3 rounded-lg border border-line bg-white p-4 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1fr_auto] lg:items-end"
      >
        <div>
          <label htmlFor="filter-q" className="font-semibold">
            Search titles
          </label>
          <input id="filter-q" name="q" type="search" defaultValue={filter.q ?? ''} className={inputClass} />
        </div>
        <SelectField
          id="filter-status"
          name="status"
          label="Status"
          empty="All"
          defaultValue={filter.status ?? ''}
          options={[
            ['draft', 'Drafts'],
            ['scheduled', 'Scheduled'],
            ['published', 'Published'],
          ]}
        />
        <SelectField
          id="filter-category"
          name="category"
          label="Category"
          empty="All"
          defaultValue={filter.category ?? ''}
          options={choices.categories.map((c) => [c.id, c.name])}
        />
        <SelectField
          id="filter-author"
          name="author"
          label="Author"
          empty="All"
          defaultValue={filter.author ?? ''}
          options={choices.authors.map((a) => [a.id, a.name])}
        />
        <button type="submit" className={buttonClass('secondary')}>
          Filter
        </button>
      </form>
      <p className="text-sm text-muted">
        {counted(total, 'post')}
        {filter.page > 1 ? `, page ${filter.page} of ${pageCount}` : ''}
      </p>
      {rows.length === 0 ? (
        <p className="rounded-lg border border-line bg-white p-6">
          No posts match.{' '}
          <Link href="/admin/posts" className="underline">
            Show all posts
          </Link>
        </p>
      ) : (
        <ul className="divide-y divide-line rounded-lg border border-line bg-white">
          {rows.map((post) => (
            <li key={post.id} className="flex flex-col gap-1 p-4 sm:flex-row sm:items-center sm:justify-between">
              <div className="min-w-0">
                <Link href={`/admin/posts/${post.id}`} className="text-lg font-semibold">
                  {post.title}
                </Link>
                <p className="text-sm text-muted">
                  {post.byline ?? post.author.name} · {post.categories.map((c) => c.category.name).join(', ') || 'No category'}
                </p>
              </div>
              <div className="flex shrink-0 items-center gap-3 text-sm text-muted">
                <StatusBadge status={post.status} />
                <span>
                  {post.status === 'draft'
                    ? `edited ${formatMoment(post.updatedAt)}`
                    : post.publishedAt
                      ? `${post.status === 'scheduled' ? 'for' : ''} ${formatMoment(post.publishedAt)}`
                      : ''}
                </span>
              </div>
            </li>
          ))}
        </ul>
      )}
      <Pager newer={filter.page > 1 ? pageLink(filter.page - 1) : null} older={filter.page < pageCount ? pageLink(filter.page + 1) : null} />
    </div>
  )
}
