import 'server-only'
import type { ActionContext } from '@/lib/auth/admin-action'
import { db } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import type { Prisma } from '@/lib/generated/prisma/client'
import { sourceKey, splitSource, stripSlash, type RedirectSource } from '@/lib/redirects/addresses'
import { livePageAt } from '@/lib/redirects/live-pages'
import type { RedirectInput } from '@/lib/validation/redirect'

// The admin's side of the redirects table (/admin/redirects): the list, and adding, editing and
// deleting one with its audit row. A redirect that would hide a live page, lead to itself, lead
// to another redirect or be led to by one (a chain: browsers and search engines follow only so
// many), or repeat an old address already taken, is refused with what to do instead. One an
// admin saved is theirs (source 'admin'): a WordPress re-import leaves it alone.

export const REDIRECTS_PAGE_SIZE = 50

type Tx = Prisma.TransactionClient
const shown = (source: RedirectSource) => sourceKey(source.path, source.query)

export async function listRedirects({ q, page }: { q: string; page: number }) {
  // Prisma passes "contains" to LIKE as it is: % and _ would be wildcards.
  const text = q.replace(/[\\%_]/g, '\\$&')
  const where: Prisma.RedirectWhereInput = q
    ? {
        OR: [
          { fromPath: { contains: text, mode: 'insensitive' } },
          { fromQuery: { contains: text, mode: 'insensitive' } },
          { toPath: { contains: text, mode: 'insensitive' } },
        ],
      }
    : {}
  const [total, rows] = await Promise.all([
    db.redirect.count({ where }),
    db.redirect.findMany({
      where,
      orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
      skip: (page - 1) * REDIRECTS_PAGE_SIZE,
      take: REDIRECTS_PAGE_SIZE,
    }),
  ])
  return { total, rows, pageCount: Math.max(1, Math.ceil(total / REDIRECTS_PAGE_SIZE)) }
}

export const getRedirect = (id: string) => db.redirect.findUnique({ where: { id } })

/** The same address as a stored target (URL-encoded, as new URL() writes it). */
function asTarget(source: RedirectSource) {
  const path = new URL(source.path, 'http://placard.invalid').pathname
  const query = source.query ? `?${source.query}` : ''
  return [...new Set([path, stripSlash(path), path.endsWith('/') ? path : `${path}/`])].map((p) => p + query)
}

async function checkSource(tx: Tx, input: RedirectInput) {
  const { from } = input
  // A slashed address is never a page itself (Next answers it with a redirect to the bare one).
  if (!from.query && from.path === stripSlash(from.path)) {
    const live = await livePageAt(tx, from.path)
    if (live) throw new AppError('Please correct the marked fields.', { from: `${from.path} is ${live}: a redirect from it would hide it.` })
  } else if (/^\/(?:admin|api|_next|media)(?:\/|$)/.test(from.path)) {
    throw new AppError('Please correct the marked fields.', { from: `${from.path} is one of Placard’s own addresses.` })
  }
  const taken = await tx.redirect.findFirst({ where: { fromPath: from.path, fromQuery: from.query, NOT: input.id ? { id: input.id } : undefined } })
  if (taken)
    throw new AppError('Please correct the marked fields.', { from: `${shown(from)} already redirects to ${taken.toPath}. Edit that redirect instead.` })
}

async function checkTarget(tx: Tx, input: RedirectInput) {
  const { from } = input
  const not = input.id ? { id: input.id } : undefined
  if (!input.offsite) {
    const target = splitSource(input.to.split('#')[0]!)
    // As the server matches: the new address itself, or its bare form, being the old one.
    if (target && (target.path === from.path || stripSlash(target.path) === from.path) && target.query === from.query)
      throw new AppError('Please correct the marked fields.', { to: 'The new address is the old one: browsers would go round in a circle.' })
    if (target) {
      const onward = await tx.redirect.findFirst({
        where: { fromPath: { in: [...new Set([target.path, stripSlash(target.path)])] }, fromQuery: { in: [...new Set([target.query, ''])] }, NOT: not },
      })
      if (onward)
        throw new AppError('Please correct the marked fields.', {
          to: `${input.to} itself redirects to ${onward.toPath}. Point this one straight at ${onward.toPath}, so there is no chain of redirects.`,
        })
    }
  }
  const incoming = await tx.redirect.findFirst({ where: { toPath: { in: asTarget(from) }, NOT: not } })
  if (incoming)
    throw new AppError('Please correct the marked fields.', {
      from: `${sourceKey(incoming.fromPath, incoming.fromQuery)} already redirects to ${shown(from)}, which would make a chain. Point that one at ${input.to} first.`,
    })
}

export async function saveRedirect(typed: RedirectInput, ctx: Pick<ActionContext, 'tx' | 'audit'>) {
  const { tx } = ctx
  // Kept without its trailing slash, so both forms match (see lib/redirects/addresses.ts),
  // unless the bare form is a live page: then only the slashed form may lead elsewhere.
  const bare = stripSlash(typed.from.path)
  const keepSlash = bare !== typed.from.path && !typed.from.query && Boolean(await livePageAt(tx, bare))
  const input = keepSlash ? typed : { ...typed, from: { ...typed.from, path: bare } }
  const before = input.id ? await tx.redirect.findUnique({ where: { id: input.id } }) : null
  if (input.id && !before) throw new AppError('That redirect doesn’t exist any more. Someone may have deleted it; reload the page.')
  await checkSource(tx, input)
  await checkTarget(tx, input)
  const data = { fromPath: input.from.path, fromQuery: input.from.query, toPath: input.to, status: input.status, source: 'admin' }
  const saved = before ? await tx.redirect.update({ where: { id: before.id }, data }) : await tx.redirect.create({ data })
  const summary = `${shown(input.from)} → ${input.to} (${input.status})`
  await ctx.audit({
    action: before ? 'redirect.update' : 'redirect.create',
    entityType: 'redirect',
    entityId: saved.id,
    summary: before ? `${sourceKey(before.fromPath, before.fromQuery)} → ${before.toPath} (${before.status}) became ${summary}` : summary,
  })
  return saved
}

export async function deleteRedirect(id: string, ctx: Pick<ActionContext, 'tx' | 'audit'>) {
  const row = await ctx.tx.redirect.findUnique({ where: { id } })
  if (!row) throw new AppError('That redirect was already deleted.')
  await ctx.tx.redirect.delete({ where: { id } })
  const from = sourceKey(row.fromPath, row.fromQuery)
  await ctx.audit({ action: 'redirect.delete', entityType: 'redirect', entityId: id, summary: `${from} → ${row.toPath} (${row.status})` })
  return from
}
