import 'server-only'
import { recordAudit } from '@/lib/audit/record'
import { createUser } from '@/lib/auth/users'
import { db } from '@/lib/db/client'
import { slugify } from '@/lib/validation/slug'
import { plainText, slugFromWordpress } from '@/lib/wordpress/fields'
import { IMPORT_TRANSACTION } from '@/lib/wordpress/items'
import { IMPORT_ACTOR } from '@/lib/wordpress/media'
import { count, type ImportReport } from '@/lib/wordpress/report'
import type { WxrAuthor, WxrCategory } from '@/lib/wordpress/wxr-reader'

// WordPress authors become Placard editors without a password: nobody can sign in as them
// until an admin sends them an invitation (Users → the person → "Send password link"). On a
// second import an author is found again by login (wordpress_items), or an existing account
// by email, and never changed. Categories are flattened: each becomes a Placard category of
// its own and a post keeps exactly the categories it had; the parent is recorded (wpParent)
// for the old /category/parent/child/ addresses.

const PLACEHOLDER_ID = '00000000-0000-0000-0000-000000000000'
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export type Lookup = Map<string, string>

export async function ensureAuthor(author: WxrAuthor, site: string, report: ImportReport): Promise<string> {
  const key = { site_kind_wpId: { site, kind: 'author', wpId: author.login } }
  const mapped = await db.wordpressItem.findUnique({ where: key })
  if (mapped && (await db.user.findUnique({ where: { id: mapped.entityId }, select: { id: true } }))) {
    count(report, 'authors', 'unchanged')
    return mapped.entityId
  }
  const email = EMAIL.test(author.email) ? author.email.toLowerCase() : `${slugify(author.login) || 'author'}@wordpress-import.invalid`
  const existing = await db.user.findFirst({ where: { email: { equals: email, mode: 'insensitive' } }, select: { id: true } })
  if (report.dryRun) {
    count(report, 'authors', existing ? 'matched' : 'imported')
    return existing?.id ?? PLACEHOLDER_ID
  }
  const name = plainText(author.displayName) || plainText([author.firstName, author.lastName].join(' ')) || author.login
  const userId = await db.$transaction(async (tx) => {
    const id = existing?.id ?? (await createUser(tx, { name: name.slice(0, 100), email, role: 'editor' })).id
    if (!existing)
      await recordAudit(
        tx,
        { id: null, label: IMPORT_ACTOR.email },
        { action: 'user.create', entityType: 'user', entityId: id, summary: `${name} <${email}>, editor without a password, from WordPress (${author.login})` },
      )
    await tx.wordpressItem.upsert({
      where: key,
      create: { site, kind: 'author', wpId: author.login, wpSlug: author.login, entityId: id, sourceHash: 'author' },
      update: { entityId: id },
    })
    return id
  }, IMPORT_TRANSACTION)
  count(report, 'authors', existing ? 'matched' : 'imported')
  return userId
}

async function freeCategorySlug(base: string): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`
    if (!(await db.category.findUnique({ where: { slug: candidate }, select: { id: true } }))) return candidate
  }
}

/** The Placard category for a WordPress one: found again, taken over by slug or name, or made. */
export async function ensureCategory(category: WxrCategory, site: string, report: ImportReport): Promise<string | null> {
  const key = { site_kind_wpId: { site, kind: 'category', wpId: category.slug } }
  // WordPress keeps term names HTML-escaped (“News &amp; Views”).
  const name = plainText(category.name).slice(0, 100) || category.slug
  const description = plainText(category.description)
  const mapped = await db.wordpressItem.findUnique({ where: key })
  if (mapped) {
    const row = await db.category.findUnique({ where: { id: mapped.entityId } })
    if (!row) {
      count(report, 'categories', 'kept')
      return null
    }
    const wanted = { description }
    if (mapped.sourceHash === 'matched' || row.description === wanted.description) count(report, 'categories', 'unchanged')
    else {
      if (!report.dryRun) await db.category.update({ where: { id: row.id }, data: wanted })
      count(report, 'categories', 'updated')
    }
    return row.id
  }
  const slug = slugFromWordpress(category.slug, name) || 'category'
  const existing = await db.category.findFirst({ where: { OR: [{ slug }, { name: { equals: name, mode: 'insensitive' } }] }, select: { id: true } })
  if (report.dryRun) {
    count(report, 'categories', existing ? 'matched' : 'imported')
    return existing?.id ?? PLACEHOLDER_ID
  }
  const id = await db.$transaction(async (tx) => {
    const created = existing ?? (await tx.category.create({ data: { name, slug: await freeCategorySlug(slug), description }, select: { id: true } }))
    await tx.wordpressItem.create({
      data: {
        site,
        kind: 'category',
        wpId: category.slug,
        wpSlug: category.slug,
        wpParent: category.parent,
        entityId: created.id,
        sourceHash: existing ? 'matched' : 'made',
      },
    })
    return created.id
  }, IMPORT_TRANSACTION)
  count(report, 'categories', existing ? 'matched' : 'imported')
  return id
}
