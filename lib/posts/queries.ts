import 'server-only'
import { db } from '@/lib/db/client'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { PostStatus } from '@/lib/generated/prisma/enums'
import { PAGE_SIZE, type Page, type PostCard, type PostDetail } from '@/lib/posts/types'

// Reads of published posts. Only posts with status "published" are ever visible; scheduled
// ones are flipped to published by lib/posts/schedule.ts when their date arrives.

const cardSelect = {
  id: true,
  title: true,
  slug: true,
  excerpt: true,
  publishedAt: true,
  featuredImageUrl: true,
  featuredImageAlt: true,
  featuredImageCaption: true,
  featuredImageCredit: true,
  byline: true,
  author: { select: { id: true, name: true, slug: true } },
  categories: { select: { category: { select: { id: true, name: true, slug: true } } }, orderBy: { category: { name: 'asc' } } },
  _count: { select: { solidarityMessages: { where: { status: 'approved' } } } },
} satisfies Prisma.PostSelect

type CardRow = Prisma.PostGetPayload<{ select: typeof cardSelect }>

function toCard(row: CardRow): PostCard {
  return {
    id: row.id,
    title: row.title,
    slug: row.slug,
    excerpt: row.excerpt,
    // Only a draft in the editor's preview has no date yet: it shows the date it would get now.
    publishedAt: (row.publishedAt ?? new Date()).toISOString(),
    author: row.author,
    byline: row.byline,
    categories: row.categories.map((c) => c.category),
    messageCount: row._count.solidarityMessages,
    image: row.featuredImageUrl
      ? {
          url: row.featuredImageUrl,
          alt: row.featuredImageAlt ?? '',
          caption: row.featuredImageCaption,
          credit: row.featuredImageCredit,
        }
      : null,
  }
}

export type PostFilter =
  { kind: 'all' } | { kind: 'category'; slug: string } | { kind: 'author'; slug: string } | { kind: 'month'; year: number; month: number }

function whereFor(filter: PostFilter): Prisma.PostWhereInput {
  const published: Prisma.PostWhereInput = { status: 'published' }
  switch (filter.kind) {
    case 'all':
      return published
    case 'category':
      return { ...published, categories: { some: { category: { slug: filter.slug } } } }
    case 'author':
      // Posts under a byline are someone else's words: they are not listed as the account's.
      return { ...published, byline: null, author: { slug: filter.slug } }
    case 'month': {
      const start = new Date(Date.UTC(filter.year, filter.month - 1, 1))
      const end = new Date(Date.UTC(filter.year, filter.month, 1))
      return { ...published, publishedAt: { gte: start, lt: end } }
    }
  }
}

const newestFirst: Prisma.PostOrderByWithRelationInput[] = [{ publishedAt: 'desc' }, { id: 'desc' }]

export async function listPublishedPosts(filter: PostFilter, page: number, pageSize = PAGE_SIZE): Promise<Page<PostCard>> {
  const where = whereFor(filter)
  const [total, rows] = await Promise.all([
    db.post.count({ where }),
    db.post.findMany({ where, select: cardSelect, orderBy: newestFirst, skip: (page - 1) * pageSize, take: pageSize }),
  ])
  return { items: rows.map(toCard), page, pageCount: Math.max(1, Math.ceil(total / pageSize)), total }
}

export async function getPublishedPostBySlug(slug: string): Promise<PostDetail | null> {
  return findPostDetail({ slug, status: 'published' })
}

/** Any post, whatever its status, with the status: for the editor's preview only (it checks the permission). */
export async function getPostDetailForPreview(id: string): Promise<(PostDetail & { status: PostStatus }) | null> {
  return findPostDetail({ id })
}

async function findPostDetail(where: Prisma.PostWhereInput) {
  const row = await db.post.findFirst({
    where,
    select: { ...cardSelect, status: true, bodyHtml: true, updatedAt: true, sourceName: true, sourceUrl: true },
  })
  if (!row) return null
  return {
    ...toCard(row),
    bodyHtml: row.bodyHtml,
    updatedAt: row.updatedAt.toISOString(),
    source: row.sourceName ? { name: row.sourceName, url: row.sourceUrl } : null,
    status: row.status,
  }
}

/** The published posts just before (older) and after (newer) the given one. */
export async function getNeighbours(post: { id: string; publishedAt: string }) {
  const at = new Date(post.publishedAt)
  const [older, newer] = await Promise.all([
    db.post.findFirst({
      where: { status: 'published', OR: [{ publishedAt: { lt: at } }, { publishedAt: at, id: { lt: post.id } }] },
      select: cardSelect,
      orderBy: newestFirst,
    }),
    db.post.findFirst({
      where: { status: 'published', OR: [{ publishedAt: { gt: at } }, { publishedAt: at, id: { gt: post.id } }] },
      select: cardSelect,
      orderBy: [{ publishedAt: 'asc' }, { id: 'asc' }],
    }),
  ])
  return { older: older ? toCard(older) : null, newer: newer ? toCard(newer) : null }
}

/** Published posts sharing a category with the given one, closest in date first. */
export async function listRelatedPosts(post: PostCard, limit = 3): Promise<PostCard[]> {
  const rows = await db.post.findMany({
    where: {
      status: 'published',
      id: { not: post.id },
      categories: { some: { categoryId: { in: post.categories.map((c) => c.id) } } },
      publishedAt: { lt: new Date(post.publishedAt) },
    },
    select: cardSelect,
    orderBy: newestFirst,
    take: limit,
  })
  return rows.map(toCard)
}

export async function listCategories() {
  return db.category.findMany({ select: { id: true, name: true, slug: true, description: true }, orderBy: { name: 'asc' } })
}

export async function getCategoryBySlug(slug: string) {
  return db.category.findUnique({ where: { slug }, select: { id: true, name: true, slug: true, description: true } })
}

export async function getAuthorBySlug(slug: string) {
  // Only people with published posts of their own have a public page: moderators, invited or
  // disabled accounts don't, so staff accounts can't be discovered by guessing addresses.
  return db.user.findFirst({ where: { slug, posts: { some: { status: 'published', byline: null } } }, select: { id: true, name: true, slug: true, bio: true } })
}

/** Months that have at least one published post, newest first, with their post counts. */
export async function listArchiveMonths(): Promise<{ year: number; month: number; count: number }[]> {
  const rows = await db.$queryRaw<{ year: number; month: number; count: number }[]>`
    SELECT EXTRACT(YEAR FROM published_at AT TIME ZONE 'UTC')::int AS year,
           EXTRACT(MONTH FROM published_at AT TIME ZONE 'UTC')::int AS month,
           COUNT(*)::int AS count
    FROM posts WHERE status = 'published'
    GROUP BY 1, 2 ORDER BY 1 DESC, 2 DESC`
  return rows
}

export async function listAllPublishedSlugs() {
  return db.post.findMany({
    where: { status: 'published' },
    select: { id: true, slug: true, updatedAt: true },
    orderBy: newestFirst,
  })
}
