import { Pagination } from '@/components/site/pagination'
import { PostCard } from '@/components/site/post-card'
import type { Page, PostCard as PostCardData } from '@/lib/posts/types'

type Props = { heading: string; intro?: string; result: Page<PostCardData>; base: string; visuallyHiddenHeading?: boolean }

export function PostList({ heading, intro, result, base, visuallyHiddenHeading }: Props) {
  return (
    <section aria-labelledby="list-heading">
      <header className={visuallyHiddenHeading ? 'sr-only' : 'mb-6 border-b-4 border-accent pb-3'}>
        <h1 id="list-heading" className="font-sans text-3xl font-extrabold tracking-tight">
          {heading}
        </h1>
        {intro ? <p className="mt-2 text-lg text-muted">{intro}</p> : null}
        {result.pageCount > 1 ? (
          <p className="mt-1 text-sm text-muted">
            Page {result.page} of {result.pageCount}
          </p>
        ) : null}
      </header>
      {result.items.length === 0 ? (
        <p className="text-lg">Nothing has been published here yet.</p>
      ) : (
        result.items.map((post) => <PostCard key={post.id} post={post} />)
      )}
      <Pagination base={base} page={result.page} pageCount={result.pageCount} />
    </section>
  )
}
