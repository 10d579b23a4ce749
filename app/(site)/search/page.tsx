import type { Metadata } from 'next'
import { HighlightedText } from '@/components/site/highlighted-text'
import { Pagination } from '@/components/site/pagination'
import { searchPosts } from '@/lib/posts/search'
import { formatDate } from '@/lib/format'
import { paths } from '@/lib/paths'
import { searchParamsSchema } from '@/lib/validation/search'

export const metadata: Metadata = { title: 'Search', robots: { index: false } }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function SearchPage({ searchParams }: Props) {
  const parsed = searchParamsSchema.safeParse(await searchParams)
  const q = parsed.success ? parsed.data.q : ''
  const page = parsed.success ? parsed.data.page : 1
  const error = parsed.success ? null : (parsed.error.issues[0]?.message ?? 'That search could not be read.')
  const result = q && !error ? await searchPosts(q, page) : null
  const hrefFor = (p: number) => `/search?q=${encodeURIComponent(q)}${p > 1 ? `&page=${p}` : ''}`

  return (
    <section aria-labelledby="search-heading">
      <h1 id="search-heading" className="mb-6 border-b-4 border-accent pb-3 text-3xl font-extrabold tracking-tight">
        Search
      </h1>
      <form action="/search" method="get" role="search" className="flex gap-2">
        <label htmlFor="search-q" className="sr-only">
          Search for
        </label>
        <input
          id="search-q"
          name="q"
          type="search"
          defaultValue={q}
          maxLength={200}
          aria-describedby={error ? 'search-error' : undefined}
          className="min-h-11 w-full rounded-md border border-gray-400 bg-white px-3"
          placeholder="e.g. trial, embassy letter, strike"
        />
        <button type="submit" className="min-h-11 rounded-md bg-accent-dark px-4 font-semibold text-white hover:bg-accent">
          Search
        </button>
      </form>
      {error ? (
        <p id="search-error" role="alert" className="mt-3 font-medium text-accent-dark">
          {error}
        </p>
      ) : null}

      <div role="status" aria-live="polite" className="mt-6">
        {result ? (
          result.total > 0 ? (
            <p className="text-muted">
              {result.total} {result.total === 1 ? 'post matches' : 'posts match'} “{q}”.
            </p>
          ) : (
            <div className="rounded-lg border border-line bg-white p-5">
              <p className="font-semibold">No posts match “{q}”.</p>
              <ul className="mt-2 list-disc pl-5 text-muted">
                <li>Check the spelling, or try fewer or more general words.</li>
                <li>Put a phrase in quotes to find it exactly, like “protest letter”.</li>
                <li>
                  Browse the{' '}
                  <a href="/category/articles" className="underline">
                    articles
                  </a>
                  , the{' '}
                  <a href="/category/appeals" className="underline">
                    appeals
                  </a>{' '}
                  or the{' '}
                  <a href="/archive" className="underline">
                    archive
                  </a>
                  .
                </li>
              </ul>
            </div>
          )
        ) : !error ? (
          <p className="text-muted">Search every article and appeal by word or phrase.</p>
        ) : null}
      </div>

      {result && result.items.length > 0 ? (
        <ol className="mt-4 space-y-6">
          {result.items.map((hit) => (
            <li key={hit.id} className="border-b border-line pb-5">
              <h2 className="font-serif text-xl font-bold">
                <a href={paths.post(hit.slug)} className="text-ink hover:underline">
                  <HighlightedText text={hit.titleHighlighted} />
                </a>
              </h2>
              <p className="text-sm text-muted">
                {hit.authorName} · <time dateTime={hit.publishedAt}>{formatDate(hit.publishedAt)}</time>
              </p>
              <p className="mt-2">
                <HighlightedText text={hit.snippet} />
              </p>
            </li>
          ))}
        </ol>
      ) : null}
      {result ? <Pagination base="/search" page={result.page} pageCount={result.pageCount} hrefFor={hrefFor} /> : null}
    </section>
  )
}
