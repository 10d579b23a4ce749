import { expect, it } from 'vitest'
import { renderAtom, renderRss } from '@/lib/feeds'
import type { PostCard } from '@/lib/posts/types'

const post: PostCard = {
  id: '1',
  title: 'Free <Valk> & "Ilves"',
  slug: 'free-valk',
  excerpt: 'Write to the embassy & sign.',
  publishedAt: '2024-05-01T10:00:00.000Z',
  author: { id: 'a', name: 'Maria Keller', slug: 'maria-keller' },
  byline: null,
  categories: [{ id: 'c', name: 'Appeals', slug: 'appeals' }],
  image: null,
}
const feed = { title: 'Placard', description: 'd', path: '/', feedPath: '/feed.xml', posts: [post] }

it('escapes titles and excerpts in RSS so the feed stays valid XML', () => {
  const rss = renderRss(feed)
  expect(rss).toContain('<title>Free &lt;Valk&gt; &amp; &quot;Ilves&quot;</title>')
  expect(rss).toContain('<pubDate>Wed, 01 May 2024 10:00:00 GMT</pubDate>')
  expect(rss).toContain('<category>Appeals</category>')
  expect(rss).toMatch(/<link>http:\/\/[^<]+\/posts\/free-valk<\/link>/)
})

it('writes Atom entries with ids, dates and authors', () => {
  const atom = renderAtom(feed)
  expect(atom).toContain('<updated>2024-05-01T10:00:00.000Z</updated>')
  expect(atom).toContain('<author><name>Maria Keller</name></author>')
  expect(atom).toContain('<summary>Write to the embassy &amp; sign.</summary>')
})
