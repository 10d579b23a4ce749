import { describe, expect, it } from 'vitest'
import { locationOf, normalQuery, splitSource } from '@/lib/redirects/addresses'
import { RedirectMap } from '@/lib/redirects/redirect-map'

// What the web server answers from memory for a request's address, before the page cache.

const map = new RedirectMap()
map.replace([
  { id: 'a', fromPath: '/2013/07/old-post', fromQuery: '', toPath: '/posts/old-post', status: 301 },
  { id: 'b', fromPath: '/', fromQuery: 'p=123', toPath: '/posts/old-post', status: 301 },
  { id: 'c', fromPath: '/category/news/', fromQuery: '', toPath: '/category/news', status: 301 },
  { id: 'd', fromPath: '/свобода', fromQuery: '', toPath: '/posts/svoboda', status: 302 },
  { id: 'e', fromPath: '/moved', fromQuery: '', toPath: '/archive#year-2013', status: 301 },
  { id: 'f', fromPath: '/тест', fromQuery: '', toPath: '/страница', status: 301 },
])

describe('the redirect map', () => {
  it('matches a source with or without its trailing slash, and tracking parameters travel on', () => {
    expect(map.find('/2013/07/old-post')).toMatchObject({ status: 301, location: '/posts/old-post' })
    expect(map.find('/2013/07/old-post/')).toMatchObject({ location: '/posts/old-post' })
    expect(map.find('/2013/07/old-post/?utm_source=mail')).toMatchObject({ location: '/posts/old-post?utm_source=mail' })
    expect(map.find('/2013/07/old-post?x=%0d%0aSet-Cookie:a')?.location).toBe('/posts/old-post?x=%0d%0aSet-Cookie:a')
    // A target with a fragment keeps it, and takes no query.
    expect(map.find('/moved?x=1')?.location).toBe('/archive#year-2013')
  })

  it('never hides a live page behind its slashed twin', () => {
    expect(map.find('/category/news/')).toMatchObject({ location: '/category/news' })
    expect(map.find('/category/news')).toBeNull()
  })

  it('answers a query-string source and leaves ordinary query strings alone', () => {
    expect(map.find('/?p=123')).toMatchObject({ location: '/posts/old-post' })
    expect(map.find('/?utm_source=x&p=123')).toMatchObject({ location: '/posts/old-post' })
    expect(map.find('/?p=1234')).toBeNull()
    expect(map.find('/?utm_source=x')).toBeNull()
    expect(map.find('/')).toBeNull()
    expect(map.find('/search?q=p%3D123')).toBeNull()
  })

  it('reads percent-escapes in either case, and refuses broken ones', () => {
    expect(map.find('/%D1%81%D0%B2%D0%BE%D0%B1%D0%BE%D0%B4%D0%B0')).toMatchObject({ status: 302, location: '/posts/svoboda' })
    expect(map.find('/%d1%81%d0%b2%d0%be%d0%b1%d0%be%d0%b4%d0%b0/')).toMatchObject({ location: '/posts/svoboda' })
    expect(map.find('/%E0%A4%A')).toBeNull()
    // A non-ASCII target leaves as a valid Location header.
    expect(map.find('/тест')?.location).toBe('/%D1%81%D1%82%D1%80%D0%B0%D0%BD%D0%B8%D1%86%D0%B0')
  })

  it('counts hits until they are taken', () => {
    const counted = new RedirectMap()
    counted.replace([{ id: 'x', fromPath: '/x', fromQuery: '', toPath: '/y', status: 301 }])
    counted.find('/x')
    counted.find('/x/')
    counted.find('/z')
    expect([...counted.takeHits()]).toEqual([['x', 2]])
    expect(counted.takeHits().size).toBe(0)
  })

  it('costs nothing when empty', () => {
    expect(new RedirectMap().find('/2013/07/old-post')).toBeNull()
  })
})

describe('writing an old address down', () => {
  it('splits path and query, sorting the pairs, and refuses what is not a path here', () => {
    expect(splitSource('/?p=123')).toEqual({ path: '/', query: 'p=123' })
    expect(splitSource('/x/?b=2&a=1')).toEqual({ path: '/x/', query: 'a=1&b=2' })
    expect(normalQuery('b=2&a=1&=3')).toBe('a=1&b=2')
    for (const bad of ['x', '//evil.example', '/a b', '/a/../b', '/%zz', '/a#b', '/a\\b']) expect(splitSource(bad), bad).toBeNull()
    expect(locationOf('/a b/ü')).toBe('/a%20b/%C3%BC')
  })
})
