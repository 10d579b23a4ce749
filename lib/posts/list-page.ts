import 'server-only'
import { tagPage } from '@/lib/cache/tag-page'
import { tags } from '@/lib/cache/tags'
import { listPublishedPosts, type PostFilter } from '@/lib/posts/queries'

/** Loads one page of a post list and tags the rendered page with every post it shows. */
export async function loadPostListPage(filter: PostFilter, page: number, pageSize?: number) {
  const result = await listPublishedPosts(filter, page, pageSize)
  await tagPage(tags.postLists, ...result.items.flatMap((p) => [tags.post(p.id), tags.author(p.author.id)]))
  return result
}
