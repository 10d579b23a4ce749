// Plain, serialisable shapes handed to pages (dates as ISO strings so they survive caching).

export type CategoryRef = { id: string; name: string; slug: string }
export type AuthorRef = { id: string; name: string; slug: string }

export type PostCard = {
  id: string
  title: string
  slug: string
  excerpt: string
  publishedAt: string
  author: AuthorRef
  /** Shown instead of the author's name for pieces by someone without an account. */
  byline: string | null
  categories: CategoryRef[]
  image: PostImage | null
  /** Approved solidarity messages under the post (lib/solidarity). */
  messageCount?: number
}

export type PostImage = { url: string; alt: string; caption: string | null; credit: string | null }

export type PostDetail = PostCard & {
  bodyHtml: string
  updatedAt: string
  source: { name: string; url: string | null } | null
}

export type Page<T> = { items: T[]; page: number; pageCount: number; total: number }

export const PAGE_SIZE = 10
