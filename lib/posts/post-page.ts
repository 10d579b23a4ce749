import 'server-only'
import { cache } from 'react'
import { tagPage } from '@/lib/cache/tag-page'
import { tags } from '@/lib/cache/tags'
import { getNeighbours, getPublishedPostBySlug, listRelatedPosts } from '@/lib/posts/queries'

/** Everything a post page shows, with the page tagged by every post on it. */
export const loadPostPage = cache(async (slug: string) => {
  const post = await getPublishedPostBySlug(slug)
  if (!post) {
    // A post published later under this slug must replace the cached 404.
    await tagPage(tags.postLists)
    return null
  }
  const [neighbours, related] = await Promise.all([getNeighbours(post), listRelatedPosts(post)])
  const shown = [post, neighbours.older, neighbours.newer, ...related].filter((p) => p !== null)
  await tagPage(...shown.map((p) => tags.post(p.id)), tags.author(post.author.id))
  return { post, neighbours, related }
})
