import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PostList } from '@/components/site/post-list'
import { loadPostListPage } from '@/lib/posts/list-page'
import { getCategoryBySlug } from '@/lib/posts/queries'
import { paths } from '@/lib/paths'
import { resolveSlugPage, type SlugPageParams } from '@/lib/validation/route-params'

export const revalidate = 60
export const generateStaticParams = async () => []

type Props = { params: SlugPageParams }

async function load(params: SlugPageParams) {
  const data = await resolveSlugPage(params, getCategoryBySlug)
  return data ? { category: data.found, page: data.page } : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await load(params)
  if (!data) return { title: 'Category not found' }
  const { category, page } = data
  const base = paths.category(category.slug)
  return {
    title: page > 1 ? `${category.name}, page ${page}` : category.name,
    description: category.description || `Posts filed under ${category.name}.`,
    alternates: {
      canonical: paths.page(base, page),
      types: { 'application/rss+xml': [{ url: `${base}/feed.xml`, title: `${category.name} (RSS)` }] },
    },
  }
}

export default async function CategoryPage({ params }: Props) {
  const data = await load(params)
  if (!data) notFound()
  const { category, page } = data
  const result = await loadPostListPage({ kind: 'category', slug: category.slug }, page)
  if (page > result.pageCount) notFound()
  return <PostList heading={category.name} intro={category.description} result={result} base={paths.category(category.slug)} />
}
