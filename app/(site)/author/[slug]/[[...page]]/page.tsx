import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PostList } from '@/components/site/post-list'
import { tagPage } from '@/lib/cache/tag-page'
import { tags } from '@/lib/cache/tags'
import { loadPostListPage } from '@/lib/posts/list-page'
import { getAuthorBySlug } from '@/lib/posts/queries'
import { paths } from '@/lib/paths'
import { resolveSlugPage, type SlugPageParams } from '@/lib/validation/route-params'

export const revalidate = 60
export const generateStaticParams = async () => []

type Props = { params: SlugPageParams }

async function load(params: SlugPageParams) {
  const data = await resolveSlugPage(params, getAuthorBySlug)
  return data ? { author: data.found, page: data.page } : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await load(params)
  if (!data) return { title: 'Author not found' }
  const { author, page } = data
  return {
    title: page > 1 ? `Posts by ${author.name}, page ${page}` : `Posts by ${author.name}`,
    description: author.bio || `Everything ${author.name} has written.`,
    alternates: { canonical: paths.page(paths.author(author.slug), page) },
  }
}

export default async function AuthorPage({ params }: Props) {
  const data = await load(params)
  if (!data) notFound()
  const { author, page } = data
  await tagPage(tags.author(author.id))
  const result = await loadPostListPage({ kind: 'author', slug: author.slug }, page)
  if (page > result.pageCount) notFound()
  return <PostList heading={`Posts by ${author.name}`} intro={author.bio} result={result} base={paths.author(author.slug)} />
}
