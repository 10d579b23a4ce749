import 'server-only'
import type { ActionContext } from '@/lib/auth/admin-action'
import { htmlToPlainText } from '@/lib/rich-text/plain-text'
import { sanitizeEditorHtml } from '@/lib/rich-text/sanitize-html'
import { uniqueSlug } from '@/lib/content/unique-slug'
import { AppError } from '@/lib/errors'
import type { PetitionStatus } from '@/lib/generated/prisma/enums'
import { paths } from '@/lib/paths'
import { endOfDay, type PetitionEditorInput, type PetitionIntent } from '@/lib/validation/petition'

// The editors' verbs for petitions: save, open, close, reopen, mark delivered, feature in the
// sidebar, delete. Each runs in the admin action's transaction with its audit row; the
// database trigger on petitions refreshes the public pages on every instance.

type Ctx = Pick<ActionContext, 'tx' | 'user' | 'audit'>
export type SavedPetition = { id: string; updatedAt: Date; status: PetitionStatus; slug: string }

const STATUS_WORDS: Record<PetitionStatus, string> = { draft: 'a draft', open: 'open', closed: 'closed', delivered: 'delivered' }
const INTENT_WORDS: Record<PetitionIntent, string> = { save: 'saved', open: 'opened', close: 'closed', reopen: 'reopened', deliver: 'marked delivered' }

/** Which status each intent leads to, from which statuses it may be used. */
const TRANSITIONS: Record<PetitionIntent, { from: PetitionStatus[] | 'any'; to: PetitionStatus | null }> = {
  save: { from: 'any', to: null },
  open: { from: ['draft'], to: 'open' },
  close: { from: ['open'], to: 'closed' },
  reopen: { from: ['closed', 'delivered'], to: 'open' },
  deliver: { from: ['open', 'closed', 'delivered'], to: 'delivered' },
}

function nextStatus(intent: PetitionIntent, current: PetitionStatus): PetitionStatus {
  const { from, to } = TRANSITIONS[intent]
  if (from !== 'any' && !from.includes(current)) {
    throw new AppError(`This petition is ${STATUS_WORDS[current]}, so it can’t be ${INTENT_WORDS[intent]}. Reload the page to see its state.`)
  }
  return to ?? current
}

/** What an open petition must have: readers sign what they can read, until a day still to come. */
function checkReadyToOpen(input: PetitionEditorInput, bodyHtml: string, deadline: Date | null) {
  const missing: Record<string, string> = {}
  if (!input.summary) missing.summary = 'Write the one or two sentences shown under the title and when the petition is shared.'
  if (!htmlToPlainText(bodyHtml).trim()) missing.bodyHtml = 'Write what the petition asks for.'
  if (!input.target) missing.target = 'Say who the petition is addressed to.'
  if (deadline && deadline.getTime() <= Date.now()) missing.deadline = 'The last day has passed: pick a later one, or leave it empty.'
  if (Object.keys(missing).length) throw new AppError('An open petition needs the marked fields filled in.', missing)
}

export async function savePetition(input: PetitionEditorInput, ctx: Ctx): Promise<SavedPetition> {
  const existing = input.id
    ? await ctx.tx.petition.findUnique({
        where: { id: input.id },
        select: { id: true, status: true, updatedAt: true, closedAt: true, deliveredAt: true, deliveryNote: true, updatedBy: { select: { name: true } } },
      })
    : null
  if (input.id && !existing) throw new AppError('This petition was deleted by someone else. Copy your text before leaving this page.')
  if (existing && input.baseUpdatedAt && existing.updatedAt.getTime() !== new Date(input.baseUpdatedAt).getTime()) {
    throw new AppError(
      `${existing.updatedBy?.name ?? 'Someone else'} saved this petition after you opened it. Their version is kept and yours was not saved. Copy your changes, reload the page, and apply them again.`,
    )
  }
  const before = existing?.status ?? 'draft'
  const status = nextStatus(input.intent, before)
  const bodyHtml = sanitizeEditorHtml(input.bodyHtml)
  const deadline = input.deadline ? endOfDay(input.deadline) : null
  // (A petition left open past its last day would be closed again within seconds by the schedule.)
  if (status === 'open') checkReadyToOpen(input, bodyHtml, deadline)
  const deliveredAt = input.intent === 'deliver' ? new Date(`${input.deliveredOn}T00:00:00.000Z`) : undefined
  if (deliveredAt && deliveredAt.getTime() > Date.now() + 14 * 3600_000)
    throw new AppError('A petition can only be marked delivered once it has been.', { deliveredOn: 'Pick today or a day before.' })

  const slug = await uniqueSlug({
    title: input.title,
    slug: input.slug,
    fallback: 'petition',
    holder: (candidate) => ctx.tx.petition.findFirst({ where: { slug: candidate, NOT: existing ? { id: existing.id } : undefined }, select: { title: true } }),
    path: paths.petition,
    noun: 'petition',
  })
  const now = new Date()
  const data = {
    title: input.title,
    slug,
    summary: input.summary,
    bodyHtml,
    target: input.target,
    goal: input.goal,
    goalPinned: input.goalPinned,
    deadline,
    imageUrl: input.imageUrl ?? null,
    imageAlt: input.imageUrl ? (input.imageAlt ?? null) : null,
    returnAddress: input.returnAddress ?? null,
    status,
    // Only an open petition can stand in the sidebar.
    ...(status !== 'open' ? { featured: false } : {}),
    ...(input.intent === 'close' ? { closedAt: now } : {}),
    ...(input.intent === 'reopen' ? { closedAt: null, deliveredAt: null, deliveryNote: null } : {}),
    ...(input.intent === 'deliver' ? { closedAt: existing?.closedAt ?? now, deliveredAt, deliveryNote: input.deliveryNote ?? null } : {}),
    updatedById: ctx.user.id,
  }
  const select = { id: true, updatedAt: true, status: true, slug: true } as const
  let saved: SavedPetition
  if (existing) {
    // Only the version the editor started from may be overwritten (a concurrent save loses).
    const { count } = await ctx.tx.petition.updateMany({ where: { id: existing.id, updatedAt: existing.updatedAt }, data })
    if (count === 0) throw new AppError('Someone else saved this petition a moment ago. Copy your changes, reload the page, and apply them again.')
    saved = await ctx.tx.petition.findUniqueOrThrow({ where: { id: existing.id }, select })
  } else {
    if (input.intent !== 'save' && input.intent !== 'open') throw new AppError('Save the petition first.')
    saved = await ctx.tx.petition.create({ data, select })
    await ctx.audit({ action: 'petition.create', entityType: 'petition', entityId: saved.id, summary: input.title })
  }
  const action = auditAction(input.intent, existing ? before : null, status)
  if (action) await ctx.audit({ action, entityType: 'petition', entityId: saved.id, summary: auditSummary(input, before) })
  return saved
}

function auditAction(intent: PetitionIntent, before: PetitionStatus | null, after: PetitionStatus): string | null {
  if (intent === 'deliver') return 'petition.deliver'
  if (before === after || (before === null && after === 'draft')) return before === null ? null : 'petition.update'
  return after === 'open' ? 'petition.open' : 'petition.close'
}

function auditSummary(input: PetitionEditorInput, before: PetitionStatus) {
  if (input.intent === 'reopen') return `${input.title} (reopened; it was ${before})`
  if (input.intent === 'deliver') return `${input.title}: delivered on ${input.deliveredOn}${input.deliveryNote ? ` (${input.deliveryNote})` : ''}`
  return input.title
}

/** Puts one open petition in every page's sidebar, or none (id undefined). */
export async function featurePetition(id: string | undefined, ctx: Ctx) {
  // Two editors choosing at once take turns; the partial unique index would refuse the second.
  await ctx.tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('placard:featured-petition'))`
  const chosen = id ? await ctx.tx.petition.findUnique({ where: { id }, select: { id: true, title: true, status: true } }) : null
  if (id && !chosen) throw new AppError('This petition no longer exists. Reload the list.')
  if (chosen && chosen.status !== 'open')
    throw new AppError(`“${chosen.title}” is ${STATUS_WORDS[chosen.status]}: only an open petition can stand in the sidebar.`)
  const previous = await ctx.tx.petition.findFirst({ where: { featured: true }, select: { id: true, title: true } })
  if (previous?.id === chosen?.id) return
  // Raw SQL leaves updated_at alone: featuring is not an edit, and must not make an editor's
  // open form look out of date. The trigger still refreshes the sidebar everywhere.
  if (previous) await ctx.tx.$executeRaw`UPDATE petitions SET featured = false WHERE id = ${previous.id}::uuid`
  if (chosen) await ctx.tx.$executeRaw`UPDATE petitions SET featured = true WHERE id = ${chosen.id}::uuid`
  await ctx.audit({
    action: 'petition.feature',
    entityType: 'petition',
    entityId: chosen?.id ?? previous?.id,
    summary: chosen
      ? `${chosen.title} in the sidebar${previous ? ` (instead of ${previous.title})` : ''}`
      : `No petition in the sidebar (was ${previous!.title})`,
  })
}

/** Deletes a petition nobody has signed; one with signatures can only be closed. */
export async function deletePetition(id: string, ctx: Ctx) {
  // The row lock waits for a signature being written right now (it holds a key-share lock on
  // the petition), so the count below sees it and no signature is deleted with the petition.
  const locked = await ctx.tx.$queryRaw<{ title: string }[]>`SELECT title FROM petitions WHERE id = ${id}::uuid FOR UPDATE`
  if (!locked[0]) throw new AppError('This petition was already deleted.')
  const online = await ctx.tx.signature.count({ where: { petitionId: id } })
  const paper = await ctx.tx.paperSignatureEntry.aggregate({ where: { petitionId: id }, _sum: { count: true } })
  const signatures = online + (paper._sum.count ?? 0)
  if (signatures > 0) {
    throw new AppError(
      `“${locked[0].title}” has ${signatures.toLocaleString('en')} ${signatures === 1 ? 'signature' : 'signatures'}, so it can’t be deleted: the people who signed were promised it would be delivered. Close it instead; it stays on the site and takes no more signatures.`,
    )
  }
  await ctx.tx.petition.delete({ where: { id } })
  await ctx.audit({ action: 'petition.delete', entityType: 'petition', entityId: id, summary: locked[0].title })
}
