import type { IncomingMessage } from 'node:http'
import { expect, it } from 'vitest'
import { nginxExpiry, PageCache } from '@/lib/http/page-cache'

const request = (url: string, headers: Record<string, string> = {}, method = 'GET') => ({ url, method, headers }) as unknown as IncomingMessage
const page = (cacheControl: string, extra: Record<string, string> = {}) => ({
  status: 200,
  headers: { 'cache-control': cacheControl, 'content-type': 'text/html', ...extra },
  body: Buffer.from('<html>'),
})

it('caches only plain page requests, separately for gzip and identity', () => {
  const cache = new PageCache()
  expect(cache.keyFor(request('/posts/a'))).toBe('identity /posts/a')
  expect(cache.keyFor(request('/posts/a', { 'accept-encoding': 'gzip, br' }))).toBe('gzip /posts/a')
  expect(cache.keyFor(request('/posts/a', { rsc: '1' }))).toBeNull()
  expect(cache.keyFor(request('/posts/a', { 'next-action': 'x' }))).toBeNull()
  expect(cache.keyFor(request('/posts/a', {}, 'POST'))).toBeNull()
  expect(cache.keyFor(request('/api/revalidate'))).toBeNull()
  // A load balancer's checks must see this instance as it is now, never a second-old copy.
  expect(cache.keyFor(request('/api/health'))).toBeNull()
  expect(cache.keyFor(request('/api/ready', { 'accept-encoding': 'gzip' }))).toBeNull()
  expect(cache.keyFor(request('/_next/static/x.js'))).toBeNull()
  expect(cache.keyFor(request('/petitions/free-them/count.json'))).toBeNull()
})

it('keeps only responses Next marked for shared caches, and never ones that set cookies', () => {
  const cache = new PageCache()
  const g = cache.currentGeneration()
  expect(cache.store('a', page('s-maxage=60, stale-while-revalidate=86340'), g)).toBe(true)
  expect(cache.store('b', page('private, no-cache, no-store, max-age=0, must-revalidate'), g)).toBe(false)
  expect(cache.store('c', page('s-maxage=60', { 'set-cookie': 'x=1' }), g)).toBe(false)
  expect(cache.store('d', { ...page('s-maxage=60'), status: 404 }, g)).toBe(false)
  expect(cache.get('a')?.page.body.toString()).toBe('<html>')
  expect(cache.get('b')).toBeNull()
})

it('asks for a refresh after one second, drops a page after ten, and at once when content changes', () => {
  let now = 1_000
  const cache = new PageCache(() => now)
  cache.store('a', page('s-maxage=60'), cache.currentGeneration())
  now += 999
  expect(cache.get('a')?.stale).toBe(false)
  now += 1
  expect(cache.get('a')?.stale).toBe(true)
  now += 9_000
  expect(cache.get('a')).toBeNull()

  const before = cache.currentGeneration()
  cache.store('a', page('s-maxage=60'), before)
  cache.clear()
  expect(cache.get('a')).toBeNull()
  // A fill that started before the change must not put the old page back.
  expect(cache.store('a', page('s-maxage=60'), before)).toBe(false)
})

it('never serves or stores a cached copy for a signed-in editor or an admin page', () => {
  const cache = new PageCache()
  expect(cache.keyFor(request('/posts/a', { cookie: 'theme=dark; next-auth.session-token=abc' }))).toBeNull()
  expect(cache.keyFor(request('/posts/a', { cookie: '__Secure-next-auth.session-token.0=abc' }))).toBeNull()
  expect(cache.keyFor(request('/admin'))).toBeNull()
  expect(cache.keyFor(request('/media/0123456789abcdef01234567/400.webp'))).toBeNull()
  expect(cache.keyFor(request('/admin/posts?status=draft'))).toBeNull()
  expect(cache.keyFor(request('/posts/a', { cookie: 'theme=dark' }))).toBe('identity /posts/a')
})

it('tells nginx in front to keep a micro-cached page to the end of this second, and a nonce page not at all', () => {
  // nginx keeps a copy while its clock's second is at most this one: 12.000–12.999 s here.
  expect(nginxExpiry(true, 12_999)).toBe('@12')
  expect(nginxExpiry(true, 13_000)).toBe('@13')
  expect(nginxExpiry(false, 12_500)).toBe('0')
})
