import 'server-only'
import { cache } from 'react'
import { tagPage } from '@/lib/cache/tag-page'
import { tags } from '@/lib/cache/tags'
import { getPublishedPageBySlug } from '@/lib/pages/queries'

/** A standalone page for readers, with the rendered page tagged so any change refreshes it. */
export const loadStandalonePage = cache(async (slug: string) => {
  const page = await getPublishedPageBySlug(slug)
  // A page published later under this address must replace the cached 404.
  await tagPage(page ? tags.page(page.id) : tags.pages)
  return page
})
