import 'server-only'
import { cache } from 'react'
import { tagPage } from '@/lib/cache/tag-page'
import { tags } from '@/lib/cache/tags'
import { getPetitionBySlug, getPetitionNumbers, listRecentPublicSigners } from '@/lib/petitions/queries'
import { listPetitionNews } from '@/lib/updates/queries'

/** A petition with its numbers and news, the page tagged so edits to the petition (or its news) refresh it. */
export const loadPetition = cache(async (slug: string) => {
  const petition = await getPetitionBySlug(slug)
  if (!petition) {
    await tagPage(tags.petitions)
    return null
  }
  const [numbers, recentSigners, news] = await Promise.all([getPetitionNumbers(petition), listRecentPublicSigners(petition.id), listPetitionNews(petition.id)])
  await tagPage(tags.petition(petition.id))
  return { petition, numbers, recentSigners, news }
})
