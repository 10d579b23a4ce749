import { categoryFeedResponse } from '@/lib/posts/feed-response'

export const revalidate = 60
export const generateStaticParams = async () => []

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return categoryFeedResponse((await params).slug)
}
