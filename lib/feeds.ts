import { paths } from '@/lib/paths'
import { absoluteUrl, site } from '@/lib/site'
import type { PostCard } from '@/lib/posts/types'

// RSS 2.0 and Atom 1.0 documents for the site and for each category.

type Feed = { title: string; description: string; path: string; feedPath: string; posts: PostCard[] }

const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c)

export function renderRss(feed: Feed): string {
  const items = feed.posts
    .map((p) => {
      const url = absoluteUrl(paths.post(p.slug))
      return `    <item>
      <title>${escapeXml(p.title)}</title>
      <link>${escapeXml(url)}</link>
      <guid isPermaLink="true">${escapeXml(url)}</guid>
      <pubDate>${new Date(p.publishedAt).toUTCString()}</pubDate>
      <dc:creator>${escapeXml(p.byline ?? p.author.name)}</dc:creator>
${p.categories.map((c) => `      <category>${escapeXml(c.name)}</category>`).join('\n')}
      <description>${escapeXml(p.excerpt)}</description>
    </item>`
    })
    .join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>${escapeXml(feed.title)}</title>
    <link>${escapeXml(absoluteUrl(feed.path))}</link>
    <description>${escapeXml(feed.description)}</description>
    <language>en</language>
    <atom:link href="${escapeXml(absoluteUrl(feed.feedPath))}" rel="self" type="application/rss+xml"/>
${feed.posts[0] ? `    <lastBuildDate>${new Date(feed.posts[0].publishedAt).toUTCString()}</lastBuildDate>\n` : ''}${items}
  </channel>
</rss>
`
}

export function renderAtom(feed: Feed): string {
  const updated = feed.posts[0]?.publishedAt ?? new Date(0).toISOString()
  const entries = feed.posts
    .map((p) => {
      const url = absoluteUrl(paths.post(p.slug))
      return `  <entry>
    <title>${escapeXml(p.title)}</title>
    <link href="${escapeXml(url)}"/>
    <id>${escapeXml(url)}</id>
    <published>${p.publishedAt}</published>
    <updated>${p.publishedAt}</updated>
    <author><name>${escapeXml(p.byline ?? p.author.name)}</name></author>
${p.categories.map((c) => `    <category term="${escapeXml(c.slug)}" label="${escapeXml(c.name)}"/>`).join('\n')}
    <summary>${escapeXml(p.excerpt)}</summary>
  </entry>`
    })
    .join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${escapeXml(feed.title)}</title>
  <subtitle>${escapeXml(feed.description)}</subtitle>
  <link href="${escapeXml(absoluteUrl(feed.path))}"/>
  <link rel="self" href="${escapeXml(absoluteUrl(feed.feedPath))}"/>
  <id>${escapeXml(absoluteUrl(feed.path))}</id>
  <updated>${updated}</updated>
${entries}
</feed>
`
}

export function siteFeed(posts: PostCard[], feedPath: string): Feed {
  return { title: site.name, description: site.tagline, path: '/', feedPath, posts }
}

export const FEED_SIZE = 20
