import { formatDate } from '@/lib/format'
import { paths } from '@/lib/paths'
import type { PostCard } from '@/lib/posts/types'

export function RelatedPosts({ posts }: { posts: PostCard[] }) {
  if (posts.length === 0) return null
  return (
    <section aria-labelledby="related-heading" className="mt-10">
      <h2 id="related-heading" className="text-lg font-bold">
        Related posts
      </h2>
      <ul className="mt-3 space-y-3">
        {posts.map((p) => (
          <li key={p.id}>
            <a href={paths.post(p.slug)} className="font-semibold underline underline-offset-2">
              {p.title}
            </a>
            <span className="block text-sm text-muted">{formatDate(p.publishedAt)}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
