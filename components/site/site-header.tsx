import { site } from '@/lib/site'

const NAV_LINK = 'inline-block px-2 py-3 font-semibold text-white hover:underline'

type Props = { categories: { id: string; name: string; slug: string }[]; pages: { id: string; title: string; slug: string }[] }

export function SiteHeader({ categories, pages }: Props) {
  return (
    <header className="bg-accent-dark text-white">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-ink"
      >
        Skip to content
      </a>
      <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-4 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <a href="/" className="text-3xl font-black tracking-tight text-white no-underline">
            {site.name}
          </a>
          <p className="text-sm text-red-100">{site.tagline}</p>
        </div>
        <form action="/search" method="get" role="search" className="flex w-full gap-2 sm:w-72">
          <label htmlFor="header-search" className="sr-only">
            Search posts
          </label>
          <input
            id="header-search"
            name="q"
            type="search"
            placeholder="Search posts"
            className="min-h-11 w-full rounded-md border-0 bg-white px-3 text-ink placeholder:text-gray-500"
          />
          <button type="submit" className="min-h-11 rounded-md bg-white/15 px-3 font-semibold text-white ring-1 ring-white/40 hover:bg-white/25">
            Search
          </button>
        </form>
      </div>
      <nav aria-label="Main" className="border-t border-white/15">
        {/* One row on a phone, scrolled sideways, instead of three wrapped rows above the content. */}
        <ul className="mx-auto flex max-w-6xl gap-x-1 overflow-x-auto px-2 whitespace-nowrap sm:flex-wrap sm:overflow-visible">
          <li>
            <a href="/" className={NAV_LINK}>
              Home
            </a>
          </li>
          {categories.map((c) => (
            <li key={c.id}>
              <a href={`/category/${c.slug}`} className={NAV_LINK}>
                {c.name}
              </a>
            </li>
          ))}
          <li>
            <a href="/petitions" className={NAV_LINK}>
              Petitions
            </a>
          </li>
          <li>
            <a href="/supporters" className={NAV_LINK}>
              Supporters
            </a>
          </li>
          <li>
            <a href="/archive" className={NAV_LINK}>
              Archive
            </a>
          </li>
          {pages.map((p) => (
            <li key={p.id}>
              <a href={`/${p.slug}`} className={NAV_LINK}>
                {p.title}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  )
}
