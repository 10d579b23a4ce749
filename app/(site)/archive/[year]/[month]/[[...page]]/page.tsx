import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PostList } from '@/components/site/post-list'
import { loadPostListPage } from '@/lib/posts/list-page'
import { formatMonth } from '@/lib/format'
import { paths } from '@/lib/paths'
import { parsePageSegments, parseYearMonth } from '@/lib/validation/route-params'

export const revalidate = 60
export const generateStaticParams = async () => []

type Props = { params: Promise<{ year: string; month: string; page?: string[] }> }

async function parse(params: Props['params']) {
  const { year, month, page: segments } = await params
  const ym = parseYearMonth(year, month)
  const page = parsePageSegments(segments)
  return ym && page ? { ...ym, page } : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await parse(params)
  if (!data) return { title: 'Month not found' }
  const label = formatMonth(data.year, data.month)
  return {
    title: data.page > 1 ? `${label}, page ${data.page}` : label,
    alternates: { canonical: paths.page(paths.month(data.year, data.month), data.page) },
  }
}

export default async function MonthArchivePage({ params }: Props) {
  const data = await parse(params)
  if (!data) notFound()
  const { year, month, page } = data
  const result = await loadPostListPage({ kind: 'month', year, month }, page)
  if (result.total === 0 || page > result.pageCount) notFound()
  return <PostList heading={`Posts from ${formatMonth(year, month)}`} result={result} base={paths.month(year, month)} />
}
