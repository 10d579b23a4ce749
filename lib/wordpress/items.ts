import 'server-only'
import { createHash } from 'node:crypto'
import { z } from 'zod'
import { uniqueSlug } from '@/lib/content/unique-slug'
import { db } from '@/lib/db/client'
import type { Prisma } from '@/lib/generated/prisma/client'
import { paths } from '@/lib/paths'
import { RESERVED_PAGE_SLUGS } from '@/lib/validation/page'
import type { Outcome } from '@/lib/wordpress/report'

// Writes one converted WordPress post or page, each in its own transaction with its
// wordpress_items row: a post that fails leaves nothing behind, and readers never see half of
// one. A second import compares a hash of what it would write with the one stored last time
// and writes nothing when they match; a post an editor changed (or deleted) in Placard since
// the last import is left as it is.

// Bump when the conversion changes, so the next import rewrites what it made before.
const CONVERSION_VERSION = 1

/**
 * The import's transactions are a few small queries, but the worker runs at the lowest CPU
 * priority: on a busy server Prisma's default 5 s for an interactive transaction ran out (seen
 * at 14 s while other processes built). Still bounded, so a hung one lets its locks go.
 */
export const IMPORT_TRANSACTION = { timeout: 30_000, maxWait: 30_000 }

export const importedPostSchema = z.object({
  title: z.string().min(1, 'it has no title and no text to make one from').max(200, 'its title is longer than 200 characters'),
  excerpt: z.string().max(600),
  bodyHtml: z.string().max(200_000, 'its text is longer than Placard’s 200,000 characters'),
  publishedAt: z.date(),
})

export type ImportedItem = {
  kind: 'post' | 'page'
  site: string
  wpId: string
  wpSlug: string
  wpUrl: string
  wpGuid: string
  wpParent: string
  /** The slug wanted (made from WordPress's); moved aside with -2 … when taken. */
  slug: string
  title: string
  excerpt: string
  bodyHtml: string
  publishedAt: Date
  authorId: string
  categoryIds: string[]
  image: { url: string; alt: string; caption: string } | null
}

type Tx = Prisma.TransactionClient

function hashOf(item: ImportedItem): string {
  const { site: _site, wpUrl: _url, wpGuid: _guid, ...content } = item
  return createHash('sha256')
    .update(JSON.stringify({ v: CONVERSION_VERSION, ...content }))
    .digest('hex')
}

const reserved = (slug: string) => (RESERVED_PAGE_SLUGS as readonly string[]).includes(slug)

function freeSlug(tx: Tx, item: ImportedItem, ownId: string | undefined) {
  const not = ownId ? { id: ownId } : undefined
  return uniqueSlug({
    title: item.slug,
    slug: '',
    fallback: item.kind,
    holder: (candidate) =>
      item.kind === 'post'
        ? tx.post.findFirst({ where: { slug: candidate, NOT: not }, select: { title: true } })
        : reserved(candidate)
          ? Promise.resolve({ title: 'the site itself' })
          : tx.page.findFirst({ where: { slug: candidate, NOT: not }, select: { title: true } }),
    path: item.kind === 'post' ? paths.post : (s) => `/${s}`,
    noun: item.kind,
  })
}

async function writeRow(tx: Tx, item: ImportedItem, existingId: string | undefined): Promise<{ id: string; updatedAt: Date }> {
  const slug = await freeSlug(tx, item, existingId)
  const select = { id: true, updatedAt: true } as const
  if (item.kind === 'page') {
    const data = { title: item.title, slug, bodyHtml: item.bodyHtml, status: 'published' as const }
    if (existingId) return tx.page.update({ where: { id: existingId }, data, select })
    const last = await tx.page.aggregate({ _max: { navOrder: true } })
    // Not in the menu: a WordPress site's menu was built from its menu items, which are not imported.
    return tx.page.create({ data: { ...data, showInNav: false, navOrder: (last._max.navOrder ?? 0) + 1 }, select })
  }
  const data = {
    title: item.title,
    slug,
    excerpt: item.excerpt,
    bodyHtml: item.bodyHtml,
    status: 'published' as const,
    publishedAt: item.publishedAt,
    authorId: item.authorId,
    featuredImageUrl: item.image?.url ?? null,
    featuredImageAlt: item.image ? item.image.alt : null,
    featuredImageCaption: item.image?.caption || null,
  }
  if (!existingId) return tx.post.create({ data: { ...data, categories: { create: item.categoryIds.map((categoryId) => ({ categoryId })) } }, select })
  await tx.postCategory.deleteMany({ where: { postId: existingId, categoryId: { notIn: item.categoryIds } } })
  await tx.postCategory.createMany({ data: item.categoryIds.map((categoryId) => ({ postId: existingId, categoryId })), skipDuplicates: true })
  return tx.post.update({ where: { id: existingId }, data, select })
}

export type WriteResult = { outcome: Outcome; reason?: string }

export async function writeImportedItem(item: ImportedItem, dryRun: boolean): Promise<WriteResult> {
  const key = { site_kind_wpId: { site: item.site, kind: item.kind, wpId: item.wpId } }
  const hash = hashOf(item)
  const mapped = await db.wordpressItem.findUnique({ where: key })
  let existingId: string | undefined
  if (mapped) {
    const select = { updatedAt: true } as const
    const row =
      item.kind === 'post'
        ? await db.post.findUnique({ where: { id: mapped.entityId }, select })
        : await db.page.findUnique({ where: { id: mapped.entityId }, select })
    if (!row) return { outcome: 'kept', reason: 'deleted in Placard after an earlier import' }
    if (row.updatedAt.getTime() !== mapped.entityUpdatedAt?.getTime()) return { outcome: 'kept', reason: 'edited in Placard after an earlier import' }
    if (mapped.sourceHash === hash) return { outcome: 'unchanged' }
    existingId = mapped.entityId
  }
  if (dryRun) return { outcome: existingId ? 'updated' : 'imported' }
  await db.$transaction(async (tx) => {
    const row = await writeRow(tx, item, existingId)
    const fields = {
      entityId: row.id,
      entityUpdatedAt: row.updatedAt,
      sourceHash: hash,
      wpSlug: item.wpSlug,
      wpUrl: item.wpUrl,
      wpGuid: item.wpGuid,
      wpParent: item.wpParent,
    }
    await tx.wordpressItem.upsert({
      where: key,
      create: { site: item.site, kind: item.kind, wpId: item.wpId, ...fields },
      update: { ...fields, importedAt: new Date() },
    })
  }, IMPORT_TRANSACTION)
  return { outcome: existingId ? 'updated' : 'imported' }
}
