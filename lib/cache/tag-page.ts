import 'server-only'
import { unstable_cache } from 'next/cache'

// Attaches cache tags to the page being rendered. unstable_cache adds its tags to the current
// render's tag set, so a no-op call is enough to register tags we only learn after querying.
export async function tagPage(...pageTags: string[]) {
  if (pageTags.length === 0) return
  const unique = [...new Set(pageTags)]
  await unstable_cache(async () => true, ['page-tags', ...unique], { tags: unique })()
}
