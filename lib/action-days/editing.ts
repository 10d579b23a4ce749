import 'server-only'
import type { ActionContext } from '@/lib/auth/admin-action'
import { htmlToPlainText } from '@/lib/rich-text/plain-text'
import { sanitizeEditorHtml } from '@/lib/rich-text/sanitize-html'
import { uniqueSlug } from '@/lib/content/unique-slug'
import { AppError } from '@/lib/errors'
import { paths } from '@/lib/paths'
import type { ActionDayEditorInput } from '@/lib/validation/action-day'

// An editor's days of action (the call, the report and its photos) and a moderator's decisions
// on the protests registered for them, each with its audit row in the action's transaction.
// The database triggers refresh the day's cached page on every instance.

type Ctx = Pick<ActionContext, 'tx' | 'user' | 'audit'>

export async function saveActionDay(input: ActionDayEditorInput, ctx: Ctx) {
  const existing = input.id ? await ctx.tx.actionDay.findUnique({ where: { id: input.id }, select: { id: true, status: true, updatedAt: true } }) : null
  if (input.id && !existing) throw new AppError('This day of action was deleted by someone else. Copy your text before leaving.')
  if (existing && input.baseUpdatedAt && existing.updatedAt.getTime() !== new Date(input.baseUpdatedAt).getTime())
    throw new AppError('Someone else saved this day of action after you opened it. Copy your changes, reload the page and apply them again.')
  const status = input.intent === 'publish' ? 'published' : input.intent === 'unpublish' ? 'draft' : (existing?.status ?? 'draft')
  const callHtml = sanitizeEditorHtml(input.callHtml)
  if (status === 'published' && !htmlToPlainText(callHtml).trim())
    throw new AppError('Write the call before publishing the day of action.', { callHtml: 'The call needs some text.' })
  const slug = await uniqueSlug({
    title: input.title,
    slug: input.slug,
    fallback: 'day-of-action',
    holder: (candidate) => ctx.tx.actionDay.findFirst({ where: { slug: candidate, NOT: existing ? { id: existing.id } : undefined }, select: { title: true } }),
    path: paths.actionDay,
    noun: 'day of action',
  })
  const data = { title: input.title, slug, date: new Date(`${input.date}T00:00:00Z`), callHtml, status }
  const saved = existing ? await ctx.tx.actionDay.update({ where: { id: existing.id }, data }) : await ctx.tx.actionDay.create({ data })
  const action = !existing
    ? 'action-day.create'
    : existing.status !== status
      ? status === 'published'
        ? 'action-day.publish'
        : 'action-day.unpublish'
      : 'action-day.update'
  await ctx.audit({ action, entityType: 'action-day', entityId: saved.id, summary: `${saved.title} (${input.date})` })
  return saved
}

export async function saveActionDayReport(input: { id: string; reportHtml: string; photoIds: string[] }, ctx: Ctx) {
  const day = await ctx.tx.actionDay.findUnique({ where: { id: input.id }, select: { id: true, title: true } })
  if (!day) throw new AppError('This day of action no longer exists. Reload the list.')
  const photoIds = [...new Set(input.photoIds)]
  const found = await ctx.tx.media.count({ where: { id: { in: photoIds } } })
  if (found !== photoIds.length)
    throw new AppError('A chosen photo was deleted from the media library. Remove it and save again.', {
      photoIds: 'Choose photos that are still in the media library.',
    })
  await ctx.tx.actionDay.update({ where: { id: day.id }, data: { reportHtml: sanitizeEditorHtml(input.reportHtml) } })
  await ctx.tx.actionDayPhoto.deleteMany({ where: { actionDayId: day.id } })
  if (photoIds.length) await ctx.tx.actionDayPhoto.createMany({ data: photoIds.map((mediaId, position) => ({ actionDayId: day.id, mediaId, position })) })
  await ctx.audit({ action: 'action-day.report', entityType: 'action-day', entityId: day.id, summary: `${day.title}: report with ${photoIds.length} photo(s)` })
}

export async function deleteActionDay(id: string, ctx: Ctx) {
  const day = await ctx.tx.actionDay.findUnique({ where: { id }, select: { title: true } })
  if (!day) throw new AppError('This day of action was already deleted.')
  await ctx.tx.actionDay.delete({ where: { id } })
  await ctx.audit({ action: 'action-day.delete', entityType: 'action-day', entityId: id, summary: day.title })
}

/**
 * Approves or rejects protests waiting for a moderator (confirmed by their organiser). The
 * audit row names the protest by place, never by the organiser's address.
 */
export async function decideEvents(ids: string[], decision: 'approve' | 'reject', ctx: Ctx) {
  const events = await ctx.tx.actionEvent.findMany({ where: { id: { in: ids }, status: 'confirmed' }, select: { id: true, city: true, country: true } })
  if (events.length === 0) throw new AppError('These protests were already decided or no longer exist. Reload the queue.')
  await ctx.tx.actionEvent.updateMany({
    where: { id: { in: events.map((e) => e.id) }, status: 'confirmed' },
    data: { status: decision === 'approve' ? 'approved' : 'rejected', decidedAt: new Date() },
  })
  for (const e of events)
    await ctx.audit({
      action: `action-event.${decision}`,
      entityType: 'action-event',
      entityId: e.id,
      summary: `${decision === 'approve' ? 'Approved' : 'Rejected'} protest in ${e.city}, ${e.country}`,
    })
  return events.length
}
