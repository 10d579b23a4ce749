import 'server-only'
import { cache } from 'react'
import { tagPage } from '@/lib/cache/tag-page'
import { tags } from '@/lib/cache/tags'
import { getDonations } from '@/lib/donations/settings'

/** The donation settings for a page, which is tagged so an editor's change refreshes it. */
export const loadDonations = cache(async () => {
  await tagPage(tags.donations)
  return getDonations()
})
