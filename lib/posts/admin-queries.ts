import 'server-only'
import { db } from '@/lib/db/client'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { PostStatus } from '@/lib/generated/prisma/enums'

// Reads for the admin area: every status, newest change first. Public reads stay in queries.ts.

export const ADMIN_PAGE_SIZE = 25

export type AdminPostFilter = { q?: string; status?: PostStatus; categoryId?: string; authorId?: string; page: number }

export async function listPostsForAdmin(filter: AdminPostFilter) {
  const where: Prisma.PostWhereInput = {
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.authorId ? { authorId: filter.authorId } : {}),
    ...(filter.categoryId ? { categories: { some: { categoryId: filter.categoryId } } } : {}),
    ...(filter.q ? { OR: [{ title: { contains: filter.q, mode: 'insensitive' } }, { slug: { contains: filter.q, mode: 'insensitive' } }] } : {}),
  }
  const [total, rows] = await Promise.all([
    db.post.count({ where }),
    db.post.findMany({
      where,
      orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
      skip: (filter.page - 1) * ADMIN_PAGE_SIZE,
      take: ADMIN_PAGE_SIZE,
      select: {
        id: true,
        title: true,
        slug: true,
        status: true,
        publishedAt: true,
        updatedAt: true,
        byline: true,
        author: { select: { name: true } },
        categories: { select: { category: { select: { name: true } } } },
      },
    }),
  ])
  return { rows, total, pageCount: Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE)) }
}

export async function getPostForEditing(id: string) {
  return db.post.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      slug: true,
      excerpt: true,
      bodyHtml: true,
      status: true,
      publishedAt: true,
      updatedAt: true,
      authorId: true,
      byline: true,
      featuredImageUrl: true,
      featuredImageAlt: true,
      featuredImageCaption: true,
      featuredImageCredit: true,
      sourceName: true,
      sourceUrl: true,
      updatedBy: { select: { name: true } },
      categories: { select: { categoryId: true } },
    },
  })
}

export type PostForEditing = NonNullable<Awaited<ReturnType<typeof getPostForEditing>>>

/** Choices the editor form offers: categories, possible authors, petitions to embed. */
/** `authorId`: the post's own author, listed even when disabled or no longer an editor, so saving keeps them. */
export async function getEditorChoices(authorId?: string) {
  const [categories, authors, petitions] = await Promise.all([
    db.category.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } }),
    db.user.findMany({
      where: { OR: [{ disabledAt: null, role: { in: ['admin', 'editor'] } }, ...(authorId ? [{ id: authorId }] : [])] },
      orderBy: { name: 'asc' },
      select: { id: true, name: true },
    }),
    db.petition.findMany({ where: { status: { not: 'draft' } }, orderBy: { createdAt: 'desc' }, select: { slug: true, title: true } }),
  ])
  return { categories, authors, petitions }
}

export type EditorChoices = Awaited<ReturnType<typeof getEditorChoices>>

/** The dashboard's numbers: posts per status, the latest drafts and the newest published posts. */
export async function getPostsOverview() {
  const [groups, drafts, published] = await Promise.all([
    db.post.groupBy({ by: ['status'], _count: { _all: true } }),
    db.post.findMany({ where: { status: 'draft' }, orderBy: { updatedAt: 'desc' }, take: 5, select: { id: true, title: true } }),
    db.post.findMany({ where: { status: 'published' }, orderBy: { publishedAt: 'desc' }, take: 5, select: { id: true, title: true } }),
  ])
  const counts: Record<PostStatus, number> = { draft: 0, scheduled: 0, published: 0 }
  for (const g of groups) counts[g.status] = g._count._all
  return { counts, drafts, published }
}
