import { paths } from '@/lib/paths'
import type { PostCard } from '@/lib/posts/types'

export function PostNeighbours({ older, newer }: { older: PostCard | null; newer: PostCard | null }) {
  if (!older && !newer) return null
  return (
    <nav aria-label="More posts" className="mt-10 grid gap-3 sm:grid-cols-2">
      {older ? (
        <a href={paths.post(older.slug)} rel="prev" className="rounded-lg border border-line bg-white p-4 hover:border-accent">
          <span className="block text-sm text-muted">← Previous post</span>
          <span className="font-semibold text-ink">{older.title}</span>
        </a>
      ) : (
        <span />
      )}
      {newer ? (
        <a href={paths.post(newer.slug)} rel="next" className="rounded-lg border border-line bg-white p-4 text-right hover:border-accent">
          <span className="block text-sm text-muted">Next post →</span>
          <span className="font-semibold text-ink">{newer.title}</span>
        </a>
      ) : null}
    </nav>
  )
}
