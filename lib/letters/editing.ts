import 'server-only'
import type { ActionContext } from '@/lib/auth/admin-action'
import { uniqueSlug } from '@/lib/content/unique-slug'
import { AppError } from '@/lib/errors'
import type { LetterStatus } from '@/lib/generated/prisma/enums'
import { paths } from '@/lib/paths'
import type { LetterEditorInput, LetterIntent } from '@/lib/validation/letter'

// The editors' verbs for letter actions: save, open, close, reopen, delete. Each runs in the
// admin action's transaction with its audit row; the trigger on letter_actions refreshes the
// pages that show the letter on every instance.

type Ctx = Pick<ActionContext, 'tx' | 'user' | 'audit'>

const TRANSITIONS: Record<LetterIntent, { from: LetterStatus[] | 'any'; to: LetterStatus | null }> = {
  save: { from: 'any', to: null },
  open: { from: ['draft'], to: 'open' },
  close: { from: ['open'], to: 'closed' },
  reopen: { from: ['closed'], to: 'open' },
}

function checkReadyToOpen(input: LetterEditorInput) {
  const missing: Record<string, string> = {}
  if (!input.subject) missing.subject = 'Write the subject line of the letter.'
  if (!input.body.trim()) missing.body = 'Write the model letter supporters start from.'
  if (!input.embassiesOf && input.addresseeIds.length === 0)
    missing.addresseeIds = 'Say who the letter goes to: the embassies of a country, addressees from the directory, or both.'
  if (Object.keys(missing).length) throw new AppError('An open letter action needs the marked fields filled in.', missing)
}

export async function saveLetter(input: LetterEditorInput, ctx: Ctx) {
  const existing = input.id ? await ctx.tx.letterAction.findUnique({ where: { id: input.id }, select: { id: true, status: true, updatedAt: true } }) : null
  if (input.id && !existing) throw new AppError('This letter action was deleted by someone else. Copy your text before leaving this page.')
  if (existing && input.baseUpdatedAt && existing.updatedAt.getTime() !== new Date(input.baseUpdatedAt).getTime())
    throw new AppError('Someone else saved this letter action after you opened it. Copy your changes, reload the page, and apply them again.')
  const before = existing?.status ?? 'draft'
  const { from, to } = TRANSITIONS[input.intent]
  if (from !== 'any' && !from.includes(before)) throw new AppError(`This letter action is ${before}, so it can’t be ${input.intent}ed. Reload the page.`)
  const status = to ?? before
  if (status === 'open') checkReadyToOpen(input)
  const known = await ctx.tx.letterAddressee.count({ where: { id: { in: input.addresseeIds } } })
  if (known !== new Set(input.addresseeIds).size)
    throw new AppError('An addressee was removed from the directory meanwhile. Reload the page.', { addresseeIds: 'Choose addressees from the directory.' })

  const slug = await uniqueSlug({
    title: input.title,
    slug: input.slug,
    fallback: 'letter',
    holder: (candidate) =>
      ctx.tx.letterAction.findFirst({ where: { slug: candidate, NOT: existing ? { id: existing.id } : undefined }, select: { title: true } }),
    path: paths.letter,
    noun: 'letter action',
  })
  const data = {
    title: input.title,
    slug,
    intro: input.intro,
    subject: input.subject,
    body: input.body.replace(/\r\n/g, '\n'),
    embassiesOf: input.embassiesOf ?? null,
    ccEmails: input.ccEmails,
    demands: input.demands,
    status,
  }
  const addressees = [...new Set(input.addresseeIds)].map((addresseeId, position) => ({ addresseeId, position }))
  const select = { id: true, updatedAt: true, status: true, slug: true } as const
  let saved
  if (existing) {
    const { count } = await ctx.tx.letterAction.updateMany({ where: { id: existing.id, updatedAt: existing.updatedAt }, data })
    if (count === 0) throw new AppError('Someone else saved this letter action a moment ago. Copy your changes, reload the page, and apply them again.')
    await ctx.tx.letterActionAddressee.deleteMany({ where: { letterId: existing.id } })
    await ctx.tx.letterActionAddressee.createMany({ data: addressees.map((a) => ({ ...a, letterId: existing.id })) })
    saved = await ctx.tx.letterAction.findUniqueOrThrow({ where: { id: existing.id }, select })
  } else {
    saved = await ctx.tx.letterAction.create({ data: { ...data, addressees: { create: addressees } }, select })
  }
  const action = !existing ? 'letter.create' : before === status ? 'letter.update' : status === 'open' ? 'letter.open' : 'letter.close'
  await ctx.audit({ action, entityType: 'letter', entityId: saved.id, summary: `${input.title} (${status})` })
  return saved
}

export async function deleteLetter(id: string, ctx: Ctx) {
  const letter = await ctx.tx.letterAction.findUnique({ where: { id }, select: { title: true, _count: { select: { sends: true } } } })
  if (!letter) throw new AppError('This letter action was already deleted.')
  if (letter._count.sends > 0)
    throw new AppError(`“${letter.title}” has letters counted, so it can’t be deleted: close it instead. It stays on the site and counts no more letters.`)
  await ctx.tx.letterAction.delete({ where: { id } })
  await ctx.audit({ action: 'letter.delete', entityType: 'letter', entityId: id, summary: letter.title })
}

/** Held presses (a burst from one address, no proof-of-work) move onto the count. */
export async function releaseHeldSends(id: string, ctx: Ctx) {
  const letter = await ctx.tx.letterAction.findUnique({ where: { id }, select: { title: true } })
  if (!letter) throw new AppError('This letter action was deleted.')
  const { count } = await ctx.tx.letterSend.updateMany({ where: { letterId: id, held: true }, data: { held: false } })
  await ctx.audit({
    action: 'letter.release-held',
    entityType: 'letter',
    entityId: id,
    summary: `${count} held “I sent it” presses counted on “${letter.title}”`,
  })
  return count
}
