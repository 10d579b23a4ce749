import 'server-only'
import { renderAtom, renderRss, siteFeed, FEED_SIZE } from '@/lib/feeds'
import { getCategoryBySlug } from '@/lib/posts/queries'
import { loadPostListPage } from '@/lib/posts/list-page'
import { paths } from '@/lib/paths'

function xml(body: string, type: string) {
  return new Response(body, { headers: { 'content-type': `${type}; charset=utf-8` } })
}

export async function siteFeedResponse(format: 'rss' | 'atom') {
  const { items } = await loadPostListPage({ kind: 'all' }, 1, FEED_SIZE)
  const feed = siteFeed(items, format === 'rss' ? '/feed.xml' : '/atom.xml')
  return format === 'rss' ? xml(renderRss(feed), 'application/rss+xml') : xml(renderAtom(feed), 'application/atom+xml')
}

export async function categoryFeedResponse(rawSlug: string) {
  const category = /^[a-z0-9-]{1,120}$/.test(rawSlug) ? await getCategoryBySlug(rawSlug) : null
  if (!category) return new Response('No such category.', { status: 404, headers: { 'content-type': 'text/plain' } })
  const { items } = await loadPostListPage({ kind: 'category', slug: category.slug }, 1, FEED_SIZE)
  const base = siteFeed(items, `${paths.category(category.slug)}/feed.xml`)
  return xml(renderRss({ ...base, title: `${base.title}: ${category.name}`, path: paths.category(category.slug) }), 'application/rss+xml')
}
