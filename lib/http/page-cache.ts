import type { IncomingMessage, ServerResponse } from 'node:http'

// A one-second micro-cache of finished public pages in front of Next.js. Next already keeps
// rendered pages, but answering from its cache still costs ~1.5 ms of routing per request; a
// viral post needs more than that. Only responses Next marks as shared-cacheable (s-maxage) are
// kept, so nothing personal can be stored. Any content change clears it (see /api/revalidate),
// and each page still reaches Next at least once a second, so Next's own revalidation runs.

export type CachedPage = { status: number; headers: Record<string, string>; body: Buffer; storedAt: number }

const TTL_MS = 1_000
const MAX_ENTRIES = 2_000
const MAX_BODY_BYTES = 1_000_000
const SKIPPED_RESPONSE_HEADERS = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length'])
// Client-side navigations and server actions get different answers for the same URL.
const BYPASS_REQUEST_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-action', 'authorization', 'x-placard-fill']

export class PageCache {
  private entries = new Map<string, CachedPage>()
  private filling = new Set<string>()
  private generation = 0

  constructor(private readonly now: () => number = Date.now) {}

  keyFor(req: IncomingMessage): string | null {
    if (req.method !== 'GET' && req.method !== 'HEAD') return null
    const url = req.url ?? '/'
    if (url.startsWith('/_next/') || url.startsWith('/api/')) return null
    if (BYPASS_REQUEST_HEADERS.some((h) => req.headers[h] !== undefined)) return null
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
    return `${gzip ? 'gzip' : 'identity'} ${url}`
  }

  get(key: string): CachedPage | null {
    const entry = this.entries.get(key)
    if (!entry) return null
    if (this.now() - entry.storedAt >= TTL_MS) {
      this.entries.delete(key)
      return null
    }
    return entry
  }

  /** Stores a response if Next marked it cacheable by shared caches. */
  store(key: string, page: Omit<CachedPage, 'storedAt'>, generation: number) {
    if (generation !== this.generation) return false
    if (page.status !== 200 || page.body.length > MAX_BODY_BYTES) return false
    if (!/\bs-maxage=\d+/.test(page.headers['cache-control'] ?? '') || page.headers['set-cookie']) return false
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!)
    this.entries.set(key, { ...page, storedAt: this.now() })
    return true
  }

  /** Forgets everything; called whenever content changes. */
  clear() {
    this.generation++
    this.entries.clear()
  }

  currentGeneration() {
    return this.generation
  }

  /** Marks a key as being filled; false when a fill for it is already under way. */
  beginFill(key: string) {
    if (this.filling.has(key)) return false
    this.filling.add(key)
    return true
  }

  endFill(key: string) {
    this.filling.delete(key)
  }

  static headersOf(headers: Headers): Record<string, string> {
    const result: Record<string, string> = {}
    headers.forEach((value, name) => {
      if (!SKIPPED_RESPONSE_HEADERS.has(name)) result[name] = value
    })
    return result
  }
}

export function send(res: ServerResponse, page: CachedPage, head: boolean) {
  res.writeHead(page.status, { ...page.headers, 'content-length': String(page.body.length), 'x-placard-cache': 'HIT' })
  res.end(head ? undefined : page.body)
}

const globalForCache = globalThis as { placardPageCache?: PageCache }

/** The process-wide cache, shared by the server (scripts/serve.ts) and /api/revalidate. */
export function pageCache(): PageCache {
  return (globalForCache.placardPageCache ??= new PageCache())
}
