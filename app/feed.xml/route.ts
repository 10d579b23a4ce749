import { siteFeedResponse } from '@/lib/posts/feed-response'

export const revalidate = 60

export function GET() {
  return siteFeedResponse('rss')
}
