import 'server-only'
import { db } from '@/lib/db/client'
import type { Media, Prisma } from '@/lib/generated/prisma/client'
import { srcsetFor } from '@/lib/media/responsive'
import type { MediaJson } from '@/lib/media/schemas'
import { mediaUrl, parseMediaUrl } from '@/lib/media/variants'

// The media library: what the admin screens list, edit and delete. Posts refer to an image
// only by its URL inside their HTML or featured-image field (no foreign key), so "is this image
// in use?" is a search for `/media/<key>/` in those columns, and deleting is refused while it
// finds anything: a deleted file would leave a broken picture in a published appeal.

export const LIBRARY_PAGE_SIZE = 48

export function toMediaJson(row: Media): MediaJson {
  const widths = row.variantWidths.length ? row.variantWidths : [row.width]
  return {
    id: row.id,
    url: mediaUrl(row.storageKey, widths[widths.length - 1]!),
    thumbnailUrl: mediaUrl(row.storageKey, widths[0]!),
    srcset: srcsetFor(row.storageKey, widths),
    width: row.width,
    height: row.height,
    alt: row.alt,
    caption: row.caption,
    credit: row.credit,
    originalName: row.originalName,
    createdAt: row.createdAt.toISOString(),
  }
}

/** Newest first; `q` searches the file name, alt text and caption. */
export async function listMedia({ q, page }: { q: string; page: number }, pageSize = LIBRARY_PAGE_SIZE) {
  const contains = (field: 'originalName' | 'alt' | 'caption') => ({ [field]: { contains: q, mode: 'insensitive' as const } })
  const rows = await db.media.findMany({
    where: q ? { OR: [contains('originalName'), contains('alt'), contains('caption')] } : {},
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    skip: (page - 1) * pageSize,
    take: pageSize + 1,
  })
  return { items: rows.slice(0, pageSize).map(toMediaJson), hasMore: rows.length > pageSize }
}

export type MediaUse = { id: string; title: string; slug: string; status: string }

/** Where a post or a page refers to an upload: its URL in the text or as featured image. */
function referencesTo(storageKey: string) {
  const prefix = `/media/${storageKey}/`
  return {
    post: { OR: [{ bodyHtml: { contains: prefix } }, { featuredImageUrl: { startsWith: prefix } }] },
    page: { bodyHtml: { contains: prefix } },
  }
}

const USE_SELECT = { id: true, title: true, slug: true, status: true } as const

/** Posts and pages (of any status) whose text or featured image points at this upload. */
export async function usedIn(media: { storageKey: string }, client: Prisma.TransactionClient): Promise<MediaUse[]> {
  const where = referencesTo(media.storageKey)
  const [posts, pages] = await Promise.all([
    client.post.findMany({ where: where.post, select: USE_SELECT, orderBy: { updatedAt: 'desc' } }),
    client.page.findMany({ where: where.page, select: USE_SELECT, orderBy: { updatedAt: 'desc' } }),
  ])
  return [...posts, ...pages]
}

/** "Used in" for each image shown on a page of the library: two queries for the whole page. */
export async function usesOf(items: { id: string; url: string }[]): Promise<Record<string, MediaUse[]>> {
  const keys = new Map(items.map((item) => [item.id, parseMediaUrl(item.url)?.key]))
  const prefixes = [...keys.values()].filter((k): k is string => Boolean(k)).map((k) => `/media/${k}/`)
  if (prefixes.length === 0) return {}
  const select = { ...USE_SELECT, bodyHtml: true } as const
  const [posts, pages] = await Promise.all([
    db.post.findMany({
      where: { OR: prefixes.flatMap((p) => [{ bodyHtml: { contains: p } }, { featuredImageUrl: { startsWith: p } }]) },
      select: { ...select, featuredImageUrl: true },
    }),
    db.page.findMany({ where: { OR: prefixes.map((p) => ({ bodyHtml: { contains: p } })) }, select }),
  ])
  const rows = [...posts.map((p) => ({ ...p, text: `${p.bodyHtml} ${p.featuredImageUrl ?? ''}` })), ...pages.map((p) => ({ ...p, text: p.bodyHtml }))]
  const uses: Record<string, MediaUse[]> = {}
  for (const [id, key] of keys) {
    // A featured image URL starts with the prefix; a body contains it: either way it is in `text`.
    uses[id] = key
      ? rows.filter((row) => row.text.includes(`/media/${key}/`)).map(({ id: rowId, title, slug, status }) => ({ id: rowId, title, slug, status }))
      : []
  }
  return uses
}

export function inUseMessage(uses: MediaUse[]): string {
  const named = uses.slice(0, 5).map((p) => `“${p.title}”${p.status === 'published' ? '' : ` (${p.status})`}`)
  const more = uses.length > 5 ? ` and ${uses.length - 5} more` : ''
  const where = uses.length === 1 ? 'a post or page' : `${uses.length} posts and pages`
  return `This image can’t be deleted: it is used in ${where}: ${named.join(', ')}${more}. Remove it from ${uses.length === 1 ? 'there' : 'them'} first, then delete it.`
}

export type DeleteOutcome = { ok: true; media: Media } | { ok: false; message: string }

/** Deletes the row unless a post uses the image; the caller removes the files after commit. */
export async function deleteMediaRecord(tx: Prisma.TransactionClient, id: string): Promise<DeleteOutcome> {
  const row = await tx.media.findUnique({ where: { id } })
  if (!row) return { ok: false, message: 'That image was already deleted. Reload the page to see the library as it is now.' }
  const uses = await usedIn(row, tx)
  if (uses.length) return { ok: false, message: inUseMessage(uses) }
  await tx.media.delete({ where: { id } })
  return { ok: true, media: row }
}

export async function updateMediaText(tx: Prisma.TransactionClient, input: { id: string; alt: string; caption: string; credit: string }) {
  return tx.media.update({ where: { id: input.id }, data: { alt: input.alt, caption: input.caption, credit: input.credit } })
}
