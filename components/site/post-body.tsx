import { LetterBox } from '@/components/letter/letter-box'
import { PetitionBox } from '@/components/petition/petition-box'
import { tagPage } from '@/lib/cache/tag-page'
import { tags } from '@/lib/cache/tags'
import { sanitizeRichText } from '@/lib/rich-text/sanitize-html'
import { getLettersBySlugs } from '@/lib/letters/queries'
import { withResponsiveImages } from '@/lib/media/responsive'
import { getPetitionsBySlugs, listPetitionNumbers } from '@/lib/petitions/queries'
import { letterSlugsIn, petitionSlugsIn, splitPetitionShortcodes } from '@/lib/petitions/shortcodes'

// A post's body, with a full sign box wherever the editor wrote [petition slug] and a letter
// action wherever they wrote [letter slug]. Uploaded
// images get their srcset here, after sanitising (which strips any srcset an editor wrote).
// `leadImage`: the body's first image is the first on the page, so it loads at once.
export async function PostBody({ html, leadImage = false }: { html: string; leadImage?: boolean }) {
  const clean = withResponsiveImages(sanitizeRichText(html), { eagerFirst: leadImage })
  const petitions = await getPetitionsBySlugs(petitionSlugsIn(clean))
  const numbers = await listPetitionNumbers(petitions)
  const bySlug = new Map(petitions.map((p) => [p.slug, { petition: p, numbers: numbers.get(p.id)! }]))
  if (petitions.length) await tagPage(...petitions.map((p) => tags.petition(p.id)))
  const letterSlugs = letterSlugsIn(clean)
  const letters = new Map((await getLettersBySlugs(letterSlugs)).map((l) => [l.slug, l]))
  if (letterSlugs.length) await tagPage(tags.letters)
  // Each stretch of text is its own rich-text block, so the sign box keeps its own styles.
  return (
    <div className="mt-6">
      {splitPetitionShortcodes(clean).map((part, i) => {
        if (part.kind === 'html') return <div key={i} className="rich-text" dangerouslySetInnerHTML={{ __html: part.html }} />
        if (part.kind === 'letter') {
          const letter = letters.get(part.slug)
          return letter ? (
            <div key={i} className="my-8">
              <LetterBox letter={letter} linkTitle />
            </div>
          ) : null
        }
        const found = bySlug.get(part.slug)
        return found ? (
          <div key={i} className="my-8">
            <PetitionBox petition={found.petition} numbers={found.numbers} />
          </div>
        ) : null
      })}
    </div>
  )
}
