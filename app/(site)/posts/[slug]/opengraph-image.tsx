import { ImageResponse } from 'next/og'
import { loadPostPage } from '@/lib/posts/post-page'
import { formatDate, site } from '@/lib/site'
import { parseSlug } from '@/lib/validation/route-params'

export const revalidate = 60
export const generateStaticParams = async () => []
export const size = { width: 1200, height: 630 }
export const contentType = 'image/png'
export const alt = 'Title card of the post'

// A share card drawn for each post from its title, author and date (no external fonts).
export default async function OpenGraphImage({ params }: { params: Promise<{ slug: string }> }) {
  const slug = parseSlug((await params).slug)
  const data = slug ? await loadPostPage(slug) : null
  const title = data?.post.title ?? site.name
  const byline = data ? `${data.post.byline ?? data.post.author.name} · ${formatDate(data.post.publishedAt)}` : site.tagline
  const category = data?.post.categories.map((c) => c.name).join(' · ') ?? ''
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        background: '#fffdf7',
        padding: 64,
        borderLeft: '24px solid #b91c1c',
      }}
    >
      <div style={{ display: 'flex', fontSize: 30, color: '#7f1d1d', fontWeight: 700, textTransform: 'uppercase', letterSpacing: 2 }}>{category}</div>
      <div style={{ display: 'flex', fontSize: title.length > 80 ? 54 : 68, fontWeight: 700, color: '#1f2937', lineHeight: 1.15 }}>{title}</div>
      <div style={{ display: 'flex', justifyContent: 'space-between', fontSize: 30, color: '#4b5563' }}>
        <span>{byline}</span>
        <span style={{ color: '#b91c1c', fontWeight: 700 }}>{site.name}</span>
      </div>
    </div>,
    size,
  )
}
