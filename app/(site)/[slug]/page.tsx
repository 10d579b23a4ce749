import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PageArticle } from '@/components/site/page-article'
import { excerptFrom } from '@/lib/posts/excerpt'
import { loadStandalonePage } from '@/lib/pages/page-page'
import { parseSlug } from '@/lib/validation/route-params'

// Standalone pages (About, Aims, Contact, Donate) at /<slug>. Every other top-level address
// belongs to a route of its own, which Next matches first.
export const revalidate = 60
export const generateStaticParams = async () => []

type Props = { params: Promise<{ slug: string }> }

async function load(params: Props['params']) {
  const slug = parseSlug((await params).slug)
  return slug ? loadStandalonePage(slug) : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await load(params)
  if (!page) return { title: 'Page not found' }
  return { title: page.title, description: excerptFrom(page.bodyHtml, 200), alternates: { canonical: `/${page.slug}` } }
}

export default async function StandalonePage({ params }: Props) {
  const page = await load(params)
  if (!page) notFound()
  return <PageArticle page={page} />
}
