import { formatDate } from '@/lib/format'
import { paths } from '@/lib/paths'
import type { PostCard } from '@/lib/posts/types'

export function PostMeta({ post }: { post: PostCard }) {
  return (
    <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-muted">
      <span>
        By{' '}
        {post.byline ? (
          <span className="font-medium">{post.byline}</span>
        ) : (
          <a href={paths.author(post.author.slug)} className="font-medium underline-offset-2 hover:underline">
            {post.author.name}
          </a>
        )}
      </span>
      <span aria-hidden="true">·</span>
      <time dateTime={post.publishedAt}>{formatDate(post.publishedAt)}</time>
      <span aria-hidden="true">·</span>
      <span className="flex flex-wrap gap-1.5">
        <span className="sr-only">Categories:</span>
        {post.categories.map((c) => (
          <a
            key={c.id}
            href={paths.category(c.slug)}
            className="rounded-full border border-accent/30 bg-white px-2 py-0.5 text-xs font-semibold uppercase tracking-wide text-accent-dark hover:bg-red-50"
          >
            {c.name}
          </a>
        ))}
      </span>
    </p>
  )
}
