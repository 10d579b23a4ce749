import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PostList } from '@/components/site/post-list'
import { loadPostListPage } from '@/lib/posts/list-page'
import { parsePageNumber } from '@/lib/validation/route-params'

export const revalidate = 60
export const generateStaticParams = async () => []

type Props = { params: Promise<{ page: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = parsePageNumber((await params).page)
  return { title: page ? `Latest posts, page ${page}` : 'Page not found', alternates: { canonical: page ? `/page/${page}` : undefined } }
}

export default async function HomePageN({ params }: Props) {
  const page = parsePageNumber((await params).page)
  if (!page) notFound()
  const result = await loadPostListPage({ kind: 'all' }, page)
  if (page > result.pageCount) notFound()
  return <PostList heading="Latest posts" result={result} base="" />
}
