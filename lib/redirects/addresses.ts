// How an old address is written down, so that the admin form, the WordPress importer and the
// web server (scripts/serve.ts, outside React's server build) agree on what matches what. No
// server imports.
//
// A source is a path, read as UTF-8 (WordPress keeps slugs percent-encoded, browsers send them
// in either case), and optionally a query ("p=123", its pairs sorted). A request with a trailing
// slash also matches the source without it; one without a slash matches only itself, so a row
// like "/category/news/" (leading to /category/news) never hides the live page.

/** NOTIFY channel (see the redirects migration): the redirects changed, reload them. */
export const REDIRECTS_CHANNEL = 'placard_redirects'

export type RedirectSource = { path: string; query: string }

/** A path with its percent-escapes read as UTF-8; null when they are not valid UTF-8. */
export function decodePath(path: string): string | null {
  if (!path.includes('%')) return path
  try {
    return decodeURIComponent(path)
  } catch {
    return null
  }
}

/** A query with its pairs sorted and empty names dropped: "b=2&a=1" and "a=1&b=2" are one source. */
export function normalQuery(query: string): string {
  if (!query) return ''
  const pairs = [...new URLSearchParams(query)].filter(([name]) => name !== '')
  pairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return new URLSearchParams(pairs).toString()
}

/** The key a source is kept under in memory and in the table's unique index (from_path, from_query). */
export function sourceKey(path: string, query: string): string {
  return query ? `${path}?${query}` : path
}

/** Path and query of an address on this site ("/2013/07/x/?a=1"); null for anything else. */
export function splitSource(address: string): RedirectSource | null {
  if (!address.startsWith('/') || address.startsWith('//') || /[\s#\\]/.test(address)) return null
  const q = address.indexOf('?')
  const path = decodePath(q === -1 ? address : address.slice(0, q))
  if (path === null || path.split('/').some((s) => s === '..' || s === '.')) return null
  return { path, query: q === -1 ? '' : normalQuery(address.slice(q + 1)) }
}

export const stripSlash = (path: string) => (path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path)

/**
 * Top-level addresses Placard answers itself. A source under one of them can hide a live page;
 * a single segment (/about) may be a page. Sources the importer makes stay out of this space.
 */
export const PLACARD_PREFIXES = [
  '_next',
  'admin',
  'api',
  'archive',
  'atom.xml',
  'author',
  'category',
  'demo',
  'favicon.ico',
  'feed.xml',
  'media',
  'page',
  'petitions',
  'posts',
  'preview',
  'robots.txt',
  'search',
  'signatures',
  'sitemap.xml',
] as const

/** Whether an address (without a trailing slash) is one Placard itself could answer. */
export function inPlacardSpace(path: string): boolean {
  if (path === '/') return true
  const segments = path.slice(1).split('/')
  return segments.length === 1 || (PLACARD_PREFIXES as readonly string[]).includes(segments[0]!)
}

/** A Location header's value: non-ASCII characters and spaces percent-encoded, escapes kept. */
export function locationOf(target: string): string {
  return target.replace(/[^\x21-\x7e]+/g, (run) => encodeURIComponent(run))
}
