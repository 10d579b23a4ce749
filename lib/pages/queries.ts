import 'server-only'
import { db } from '@/lib/db/client'

// Reads of standalone pages: the public ones (published only) and the admin's (every status).

export type NavPage = { id: string; title: string; slug: string }

export function listNavPages(): Promise<NavPage[]> {
  return db.page.findMany({
    where: { status: 'published', showInNav: true },
    orderBy: [{ navOrder: 'asc' }, { title: 'asc' }],
    select: { id: true, title: true, slug: true },
  })
}

export function listPublishedPages() {
  return db.page.findMany({ where: { status: 'published' }, select: { id: true, slug: true, updatedAt: true } })
}

export async function getPublishedPageBySlug(slug: string) {
  return db.page.findFirst({ where: { slug, status: 'published' }, select: { id: true, title: true, slug: true, bodyHtml: true, updatedAt: true } })
}

export function listPagesForAdmin() {
  return db.page.findMany({
    orderBy: [{ navOrder: 'asc' }, { title: 'asc' }],
    select: { id: true, title: true, slug: true, status: true, showInNav: true, updatedAt: true },
  })
}

export function getPageForEditing(id: string) {
  return db.page.findUnique({
    where: { id },
    select: { id: true, title: true, slug: true, bodyHtml: true, status: true, showInNav: true, updatedAt: true, updatedBy: { select: { name: true } } },
  })
}
