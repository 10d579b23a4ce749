import { site } from '@/lib/site'

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-20 text-center">
      <p className="text-sm font-bold tracking-widest text-accent-dark uppercase">Error 404</p>
      <h1 className="mt-2 text-3xl font-extrabold">We couldn’t find that page</h1>
      <p className="mt-4 text-lg text-muted">The link may be old, or the post may have moved. Try searching for it, or start again from the home page.</p>
      <form action="/search" method="get" role="search" className="mt-6 flex gap-2">
        <label htmlFor="notfound-q" className="sr-only">
          Search posts
        </label>
        <input id="notfound-q" name="q" type="search" placeholder="Search posts" className="min-h-11 w-full rounded-md border border-gray-400 bg-white px-3" />
        <button type="submit" className="min-h-11 rounded-md bg-accent-dark px-4 font-semibold text-white">
          Search
        </button>
      </form>
      <p className="mt-6">
        <a href="/" className="font-semibold underline">
          Back to {site.name}
        </a>
      </p>
    </main>
  )
}
