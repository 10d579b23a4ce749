import type { Metadata } from 'next'
import { tagPage } from '@/lib/cache/tag-page'
import { tags } from '@/lib/cache/tags'
import { listArchiveMonths } from '@/lib/posts/queries'
import { formatMonth } from '@/lib/format'
import { paths } from '@/lib/paths'

export const revalidate = 60
export const metadata: Metadata = { title: 'Archive', alternates: { canonical: '/archive' } }

export default async function ArchivePage() {
  const months = await listArchiveMonths()
  await tagPage(tags.postLists)
  const years = [...new Set(months.map((m) => m.year))]
  return (
    <section aria-labelledby="archive-heading">
      <h1 id="archive-heading" className="mb-6 border-b-4 border-accent pb-3 text-3xl font-extrabold tracking-tight">
        Archive
      </h1>
      {years.length === 0 ? <p>Nothing has been published yet.</p> : null}
      <div className="grid gap-8 sm:grid-cols-2">
        {years.map((year) => (
          <section key={year} aria-labelledby={`year-${year}`}>
            <h2 id={`year-${year}`} className="text-xl font-bold">
              {year}
            </h2>
            <ul className="mt-2 space-y-1">
              {months
                .filter((m) => m.year === year)
                .map((m) => (
                  <li key={m.month}>
                    <a href={paths.month(m.year, m.month)} className="underline underline-offset-2">
                      {formatMonth(m.year, m.month)}
                    </a>{' '}
                    <span className="text-muted">
                      ({m.count} {m.count === 1 ? 'post' : 'posts'})
                    </span>
                  </li>
                ))}
            </ul>
          </section>
        ))}
      </div>
    </section>
  )
}
