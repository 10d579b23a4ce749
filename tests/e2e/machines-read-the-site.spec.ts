import { expect, test } from '@playwright/test'

test('public pages tell caches in front to keep them briefly and serve stale while refreshing', async ({ request }) => {
  for (const path of ['/', '/posts/delegation-report-five-days-in-seltz', '/category/articles', '/feed.xml']) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(200)
    expect(response.headers()['cache-control'], path).toMatch(/s-maxage=60, stale-while-revalidate=\d+/)
  }
})

test('feed readers get RSS and Atom for the site and RSS for each category', async ({ request }) => {
  const rss = await request.get('/feed.xml')
  expect(rss.headers()['content-type']).toContain('application/rss+xml')
  const rssText = await rss.text()
  expect(rssText.match(/<item>/g)?.length).toBe(20)
  expect(rssText).toContain('/posts/')

  const atom = await (await request.get('/atom.xml')).text()
  expect(atom).toContain('<feed xmlns="http://www.w3.org/2005/Atom">')
  expect(atom.match(/<entry>/g)?.length).toBe(20)

  const appeals = await (await request.get('/category/appeals/feed.xml')).text()
  expect(appeals).toContain('<title>Placard: Appeals</title>')
  const items = appeals.split('<item>').slice(1)
  expect(items.length).toBeGreaterThan(5)
  for (const item of items) expect(item).toContain('<category>Appeals</category>')
  expect((await request.get('/category/nothing-here/feed.xml')).status()).toBe(404)
})

test('search engines get a sitemap, robots.txt, Open Graph, Twitter cards and JSON-LD', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text()
  expect(sitemap).toContain('/posts/delegation-report-five-days-in-seltz</loc>')
  expect(sitemap).not.toContain('annual-report-2026-draft')
  expect(await (await request.get('/robots.txt')).text()).toContain('Sitemap: ')

  const html = await (await request.get('/posts/delegation-report-five-days-in-seltz')).text()
  expect(html).toMatch(/<meta property="og:type" content="article"\/>/)
  expect(html).toMatch(/<meta name="twitter:card" content="summary_large_image"\/>/)
  const image = html.match(/<meta property="og:image" content="([^"]+)"/)?.[1]
  expect(image).toBeTruthy()
  const png = await request.get(new URL(image!).pathname + new URL(image!).search)
  expect(png.headers()['content-type']).toBe('image/png')
  expect((await png.body()).length).toBeGreaterThan(5_000)

  const ld = JSON.parse(html.match(/<script type="application\/ld\+json">(.*?)<\/script>/)![1]!)
  expect(ld).toMatchObject({ '@type': 'NewsArticle', headline: expect.any(String), datePublished: expect.any(String) })
})

test('drafts and scheduled posts stay private', async ({ request }) => {
  expect((await request.get('/posts/annual-report-2026-draft')).status()).toBe(404)
  expect((await request.get('/posts/six-years-since-the-arrests-save-the-date')).status()).toBe(404)
  expect(await (await request.get('/search?q=annual+report')).text()).not.toContain('annual-report-2026-draft')
})

test('nonsense in addresses gets a 404 (a 400 when no link could hold it), never a server error', async ({ request }) => {
  for (const path of [
    '/page/0',
    '/page/-1',
    '/page/abc',
    '/page/99999999999',
    '/archive/2023/13',
    '/archive/abcd/01',
    '/category/articles/page/x',
    '/category/articles/foo/bar',
    '/author/nobody',
  ]) {
    expect((await request.get(path)).status(), path).toBe(404)
  }
  // A NUL byte is no link's: refused by the server before Next (tests/e2e/bad-addresses.spec.ts).
  expect((await request.get('/posts/%00')).status()).toBe(400)
  const long = await request.get(`/search?q=${'a'.repeat(500)}`)
  expect(long.status()).toBe(200)
  expect(await long.text()).toContain('Keep your search under 200 characters.')
})
