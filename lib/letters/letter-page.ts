import 'server-only'
import { cache } from 'react'
import { tagPage } from '@/lib/cache/tag-page'
import { tags } from '@/lib/cache/tags'
import { getLetterBySlug } from '@/lib/letters/queries'

/** A letter for its page, the page tagged so edits to any letter or to the directory refresh it. */
export const loadLetter = cache(async (slug: string) => {
  const letter = await getLetterBySlug(slug)
  await tagPage(tags.letters, ...(letter ? [tags.letter(letter.id)] : []))
  return letter
})
