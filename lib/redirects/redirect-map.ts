import { decodePath, locationOf, normalQuery, sourceKey } from '@/lib/redirects/addresses'

// Every redirect source, in memory, for the web server to answer old addresses before the page
// cache and Next. A request costs one Map lookup when the table is not empty, and nothing more
// unless its path has a query-string redirect (/?p=123): ordinary query strings on ordinary
// pages are never parsed. Hits are counted here and written to the table in batches.

export type RedirectRow = { id: string; fromPath: string; fromQuery: string; toPath: string; status: number }
export type RedirectMatch = { id: string; status: number; location: string }

type Entry = { id: string; status: number; location: string; keepsQuery: boolean }

export class RedirectMap {
  private byKey = new Map<string, Entry>()
  /** Paths that have at least one source with a query (usually just "/"). */
  private queryPaths = new Set<string>()
  private hits = new Map<string, number>()

  get size() {
    return this.byKey.size
  }

  replace(rows: RedirectRow[]) {
    const byKey = new Map<string, Entry>()
    const queryPaths = new Set<string>()
    for (const row of rows) {
      const location = locationOf(row.toPath)
      byKey.set(sourceKey(row.fromPath, row.fromQuery), { id: row.id, status: row.status, location, keepsQuery: !/[?#]/.test(row.toPath) })
      if (row.fromQuery) queryPaths.add(row.fromPath)
    }
    this.byKey = byKey
    this.queryPaths = queryPaths
  }

  /** The redirect for a request's URL (path and query as the client sent them), or null. */
  find(url: string): RedirectMatch | null {
    if (this.byKey.size === 0) return null
    const q = url.indexOf('?')
    const path = decodePath(q === -1 ? url : url.slice(0, q))
    if (path === null) return null
    const bare = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : null
    if (q !== -1) {
      const query = url.slice(q + 1)
      const viaQuery = this.findWithQuery(path, query) ?? (bare ? this.findWithQuery(bare, query) : null)
      if (viaQuery) return this.hit(viaQuery, '')
      const entry = this.byKey.get(path) ?? (bare ? this.byKey.get(bare) : undefined)
      return entry ? this.hit(entry, query) : null
    }
    const entry = this.byKey.get(path) ?? (bare ? this.byKey.get(bare) : undefined)
    return entry ? this.hit(entry, '') : null
  }

  private findWithQuery(path: string, query: string): Entry | undefined {
    if (!this.queryPaths.has(path)) return undefined
    const whole = normalQuery(query)
    const found = this.byKey.get(sourceKey(path, whole))
    if (found) return found
    // /?p=123&utm_source=mail: any one pair may be the source.
    for (const pair of whole.split('&')) {
      const entry = this.byKey.get(sourceKey(path, pair))
      if (entry) return entry
    }
    return undefined
  }

  private hit(entry: Entry, query: string): RedirectMatch {
    this.hits.set(entry.id, (this.hits.get(entry.id) ?? 0) + 1)
    // A campaign's tracking parameters (?utm_source=…) travel on to the new page.
    const location = query && entry.keepsQuery ? `${entry.location}?${locationOf(query)}` : entry.location
    return { id: entry.id, status: entry.status, location }
  }

  /** The hits counted since the last call, by redirect id. */
  takeHits(): Map<string, number> {
    const taken = this.hits
    this.hits = new Map()
    return taken
  }
}
