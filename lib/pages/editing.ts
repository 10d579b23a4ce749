import 'server-only'
import type { ActionContext } from '@/lib/auth/admin-action'
import { htmlToPlainText } from '@/lib/rich-text/plain-text'
import { sanitizeEditorHtml } from '@/lib/rich-text/sanitize-html'
import { uniqueSlug } from '@/lib/content/unique-slug'
import { AppError } from '@/lib/errors'
import { RESERVED_PAGE_SLUGS, type PageEditorInput } from '@/lib/validation/page'

// Saving, ordering and deleting standalone pages, each with its audit row in the action's
// transaction. The database trigger refreshes the page and the navigation on every instance.

type Ctx = Pick<ActionContext, 'tx' | 'user' | 'audit'>

const reserved = (slug: string) => (RESERVED_PAGE_SLUGS as readonly string[]).includes(slug)

export async function savePage(input: PageEditorInput, ctx: Ctx) {
  const existing = input.id
    ? await ctx.tx.page.findUnique({ where: { id: input.id }, select: { id: true, status: true, updatedAt: true, updatedBy: { select: { name: true } } } })
    : null
  if (input.id && !existing) throw new AppError('This page was deleted by someone else. Copy your text before leaving.')
  if (existing && input.baseUpdatedAt && existing.updatedAt.getTime() !== new Date(input.baseUpdatedAt).getTime()) {
    throw new AppError(
      `${existing.updatedBy?.name ?? 'Someone else'} saved this page after you opened it. Their version is kept; copy your changes, reload the page and apply them again.`,
    )
  }
  const status = input.intent === 'publish' ? 'published' : input.intent === 'unpublish' ? 'draft' : (existing?.status ?? 'draft')
  const bodyHtml = sanitizeEditorHtml(input.bodyHtml)
  if (status === 'published' && !htmlToPlainText(bodyHtml).trim())
    throw new AppError('Write the page before publishing it.', { bodyHtml: 'The page needs some text.' })
  const slug = await uniqueSlug({
    title: input.title,
    slug: input.slug,
    fallback: 'page',
    holder: async (candidate) =>
      reserved(candidate)
        ? { title: 'the site itself' }
        : ctx.tx.page.findFirst({ where: { slug: candidate, NOT: existing ? { id: existing.id } : undefined }, select: { title: true } }),
    path: (candidate) => `/${candidate}`,
    noun: 'page',
  })
  const data = { title: input.title, slug, bodyHtml, status, showInNav: input.showInNav, updatedById: ctx.user.id }
  let saved
  if (existing) {
    const { count } = await ctx.tx.page.updateMany({ where: { id: existing.id, updatedAt: existing.updatedAt }, data })
    if (count === 0) throw new AppError('Someone else saved this page a moment ago. Copy your changes, reload the page and apply them again.')
    saved = await ctx.tx.page.findUniqueOrThrow({ where: { id: existing.id } })
  } else {
    const last = await ctx.tx.page.aggregate({ _max: { navOrder: true } })
    saved = await ctx.tx.page.create({ data: { ...data, navOrder: (last._max.navOrder ?? 0) + 1 } })
  }
  const action = !existing ? 'page.create' : existing.status !== status ? (status === 'published' ? 'page.publish' : 'page.unpublish') : 'page.update'
  await ctx.audit({ action, entityType: 'page', entityId: saved.id, summary: saved.title })
  return saved
}

/** Swaps a page with its neighbour in the navigation order. */
export async function movePage(id: string, direction: 'up' | 'down', ctx: Ctx) {
  const pages = await ctx.tx.page.findMany({ orderBy: [{ navOrder: 'asc' }, { title: 'asc' }], select: { id: true, title: true } })
  const index = pages.findIndex((p) => p.id === id)
  if (index < 0) throw new AppError('This page no longer exists. Reload the list.')
  const other = direction === 'up' ? index - 1 : index + 1
  if (other < 0 || other >= pages.length) return
  ;[pages[index], pages[other]] = [pages[other]!, pages[index]!]
  // Renumbering all of them keeps the order well defined even after imports or deletions.
  for (const [i, page] of pages.entries()) await ctx.tx.page.update({ where: { id: page.id }, data: { navOrder: i + 1 } })
  await ctx.audit({ action: 'page.move', entityType: 'page', entityId: id, summary: `${pages[other]!.title} moved ${direction}` })
}

export async function deletePage(id: string, ctx: Ctx) {
  const page = await ctx.tx.page.findUnique({ where: { id }, select: { title: true } })
  if (!page) throw new AppError('This page was already deleted.')
  await ctx.tx.page.delete({ where: { id } })
  await ctx.audit({ action: 'page.delete', entityType: 'page', entityId: id, summary: page.title })
}
