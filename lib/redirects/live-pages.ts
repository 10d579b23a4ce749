import 'server-only'
import type { Prisma } from '@/lib/generated/prisma/client'
import { PLACARD_PREFIXES } from '@/lib/redirects/addresses'
import { RESERVED_PAGE_SLUGS } from '@/lib/validation/page'

// Whether an address is a page Placard itself answers today, so a redirect from it would hide
// that page. Unpublished posts, pages and petitions count: publishing them must not be undone
// by a redirect nobody remembers.

type Reader = Prisma.TransactionClient

/** What lives at the path (in words, for the message), or null when nothing does. */
export async function livePageAt(db: Reader, path: string): Promise<string | null> {
  if (path === '/') return 'the home page'
  const [first = '', slug, ...rest] = path.slice(1).split('/')
  if (slug === undefined) {
    if ((RESERVED_PAGE_SLUGS as readonly string[]).includes(first) || (PLACARD_PREFIXES as readonly string[]).includes(first))
      return 'one of Placard’s own pages'
    const page = await db.page.findUnique({ where: { slug: first }, select: { title: true } })
    return page ? `the page “${page.title}”` : null
  }
  if (first === 'posts' && rest.length === 0) {
    const post = await db.post.findUnique({ where: { slug }, select: { title: true } })
    return post ? `the post “${post.title}”` : null
  }
  if (first === 'category') {
    const category = await db.category.findUnique({ where: { slug }, select: { name: true } })
    return category ? `the category “${category.name}”` : null
  }
  if (first === 'author') return (await db.user.findFirst({ where: { slug }, select: { id: true } })) ? 'an author’s page' : null
  if (first === 'petitions') {
    const petition = await db.petition.findUnique({ where: { slug }, select: { title: true } })
    return petition ? `the petition “${petition.title}”` : null
  }
  return (PLACARD_PREFIXES as readonly string[]).includes(first) ? 'one of Placard’s own pages' : null
}
