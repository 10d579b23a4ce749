import { shareCard, shareCardSize } from '@/components/site/share-card'
import { loadPostPage } from '@/lib/posts/post-page'
import { formatDate } from '@/lib/format'
import { site } from '@/lib/site'
import { parseSlug } from '@/lib/validation/route-params'

export const revalidate = 60
export const generateStaticParams = async () => []
export const size = shareCardSize
export const contentType = 'image/png'
export const alt = 'Title card of the post'

// A share card drawn for each post from its title, author and date.
export default async function OpenGraphImage({ params }: { params: Promise<{ slug: string }> }) {
  const slug = parseSlug((await params).slug)
  const data = slug ? await loadPostPage(slug) : null
  return shareCard({
    kicker: data?.post.categories.map((c) => c.name).join(' · ') ?? '',
    title: data?.post.title ?? site.name,
    footer: data ? `${data.post.byline ?? data.post.author.name} · ${formatDate(data.post.publishedAt)}` : site.tagline,
  })
}
