import { PostList } from '@/components/site/post-list'
import { loadPostListPage } from '@/lib/posts/list-page'
import { site } from '@/lib/site'

export const revalidate = 60

export default async function HomePage() {
  const result = await loadPostListPage({ kind: 'all' }, 1)
  return <PostList heading={`Latest from ${site.name}`} visuallyHiddenHeading result={result} base="" />
}
