import { paths } from '@/lib/paths'

type Props = { base: string; page: number; pageCount: number; hrefFor?: (page: number) => string }

/** Page numbers shown around the current page: first, last, and two either side. */
export function visiblePages(page: number, pageCount: number): (number | 'gap')[] {
  const result: (number | 'gap')[] = []
  for (let p = 1; p <= pageCount; p++) {
    if (p === 1 || p === pageCount || Math.abs(p - page) <= 2) result.push(p)
    else if (result.at(-1) !== 'gap') result.push('gap')
  }
  return result
}

export function Pagination({ base, page, pageCount, hrefFor = (p) => paths.page(base, p) }: Props) {
  if (pageCount <= 1) return null
  const linkClass =
    'inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border border-line bg-white px-3 font-medium hover:border-accent hover:text-accent-dark'
  return (
    <nav aria-label="Pages" className="mt-8 flex flex-wrap items-center justify-between gap-3">
      {page > 1 ? (
        <a href={hrefFor(page - 1)} rel="prev" className={linkClass}>
          ← Newer posts
        </a>
      ) : (
        <span />
      )}
      <ol className="flex flex-wrap items-center gap-1.5">
        {visiblePages(page, pageCount).map((p, i) =>
          p === 'gap' ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-muted">
              …
            </li>
          ) : (
            <li key={p}>
              {p === page ? (
                <span
                  aria-current="page"
                  className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-md bg-accent-dark px-3 font-bold text-white"
                >
                  <span className="sr-only">Page </span>
                  {p}
                </span>
              ) : (
                <a href={hrefFor(p)} className={linkClass}>
                  <span className="sr-only">Page </span>
                  {p}
                </a>
              )}
            </li>
          ),
        )}
      </ol>
      {page < pageCount ? (
        <a href={hrefFor(page + 1)} rel="next" className={linkClass}>
          Older posts →
        </a>
      ) : (
        <span />
      )}
    </nav>
  )
}
