import { counted } from '@/lib/format'
import { shareCard, shareCardSize } from '@/components/site/share-card'
import { loadPetition } from '@/lib/petitions/petition-page'
import { site } from '@/lib/site'
import { parseSlug } from '@/lib/validation/route-params'

// Cached like the petition's page and refreshed with it (the same tags), so the count a share
// shows is at most a minute old and no storm of link previews reaches the database.
export const revalidate = 60
export const generateStaticParams = async () => []
export const size = shareCardSize
export const contentType = 'image/png'
export const alt = 'Title card of the petition with its number of signatures'

const statusWords = { open: 'Sign the petition', closed: 'Petition · closed', delivered: 'Petition · delivered' } as const

export default async function OpenGraphImage({ params }: { params: Promise<{ slug: string }> }) {
  const slug = parseSlug((await params).slug)
  const data = slug ? await loadPetition(slug) : null
  if (!data) return shareCard({ kicker: 'Petition', title: site.name, footer: site.tagline })
  const { petition, numbers } = data
  return shareCard({
    kicker: statusWords[petition.status],
    title: petition.title,
    figure: `${counted(numbers.count, 'signature')} of ${numbers.goal.toLocaleString('en')}`,
    footer: `To: ${petition.target.length > 60 ? `${petition.target.slice(0, 60)}…` : petition.target}`,
  })
}
