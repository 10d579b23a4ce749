import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http'
import { hasSessionCookie } from '@/lib/auth/session-cookie'

// A one-second micro-cache of finished public pages in front of Next.js. Next already keeps
// rendered pages, but answering from its cache still costs ~1.5 ms of routing per request; a
// viral post needs more than that. Only responses Next marks as shared-cacheable (s-maxage) are
// kept, so nothing personal can be stored. Any content change clears it (see /api/revalidate).
// A page older than a second is still served while one background request fetches it afresh
// from Next, so readers never queue behind the refresh and Next's own revalidation keeps running.

export type CachedPage = { status: number; headers: Record<string, string>; body: Buffer; storedAt: number }

const TTL_MS = 1_000
/** Past this age an entry is dropped rather than served stale (a page nobody asked for lately). */
const MAX_STALE_MS = 10_000
const MAX_ENTRIES = 2_000
const MAX_BODY_BYTES = 1_000_000
const SKIPPED_RESPONSE_HEADERS = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length'])
// Client-side navigations and server actions get different answers for the same URL.
export const BYPASS_REQUEST_HEADERS = [
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-action',
  'authorization',
  'x-placard-fill',
]

export class PageCache {
  private entries = new Map<string, CachedPage>()
  private filling = new Set<string>()
  private generation = 0

  constructor(private readonly now: () => number = Date.now) {}

  keyFor(req: IncomingMessage): string | null {
    if (req.method !== 'GET' && req.method !== 'HEAD') return null
    const url = req.url ?? '/'
    // Images are immutable files with their own long cache headers; pages only here.
    if (
      url.startsWith('/_next/') ||
      url.startsWith('/api/') ||
      url.startsWith('/media/') ||
      url === '/admin' ||
      url.startsWith('/admin/') ||
      url.startsWith('/admin?')
    )
      return null
    // A signed-in editor always gets a page made for them, and their pages are never stored.
    if (hasSessionCookie(req.headers.cookie)) return null
    // Live numbers: the page asks for them precisely because the cached page may be behind.
    if (url.split('?')[0]!.endsWith('/count.json')) return null
    if (BYPASS_REQUEST_HEADERS.some((h) => req.headers[h] !== undefined)) return null
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
    return `${gzip ? 'gzip' : 'identity'} ${url}`
  }

  /** The cached page, and whether it is due for a refresh. */
  get(key: string): { page: CachedPage; stale: boolean } | null {
    const entry = this.entries.get(key)
    if (!entry) return null
    const age = this.now() - entry.storedAt
    if (age >= MAX_STALE_MS) {
      this.entries.delete(key)
      return null
    }
    return { page: entry, stale: age >= TTL_MS }
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

  /** Response headers worth replaying from the cache (hop-by-hop ones and the length dropped). */
  static headersOf(headers: IncomingHttpHeaders): Record<string, string> {
    const result: Record<string, string> = {}
    for (const [name, value] of Object.entries(headers)) {
      if (value !== undefined && !SKIPPED_RESPONSE_HEADERS.has(name)) result[name] = Array.isArray(value) ? value.join(', ') : value
    }
    return result
  }
}

export function send(res: ServerResponse, page: CachedPage, head: boolean) {
  res.writeHead(page.status, { ...page.headers, 'content-length': String(page.body.length), 'x-placard-cache': 'HIT' })
  res.end(head ? undefined : page.body)
}

/**
 * The X-Accel-Expires header for nginx's page cache in front (PROXY_CACHE=nginx). nginx counts a
 * cached copy's life in whole seconds of its clock, so `proxy_cache_valid 200 1s` keeps a copy
 * 1 to 2 s, and a change could take over 2 s to show. "@<this second>" keeps a copy from the
 * micro-cache to the end of the current second (nginx fetches a new one in the next second);
 * "0" keeps nothing: a page Next rendered for one request carries a nonce meant for that request
 * alone (and the micro-cache keeps a hashed copy of it for the next one).
 */
export function nginxExpiry(fromMicroCache: boolean, now = Date.now()): string {
  return fromMicroCache ? `@${Math.floor(now / 1000)}` : '0'
}

/** Announced (by /api/revalidate) once Next has revalidated pages; every server then clears. */
export const PAGES_REVALIDATED_CHANNEL = 'placard_pages_revalidated'
