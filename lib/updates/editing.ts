import 'server-only'
import type { ActionContext } from '@/lib/auth/admin-action'
import { sanitizeRichText } from '@/lib/rich-text/sanitize-html'
import { AppError } from '@/lib/errors'
import { sendMail } from '@/lib/mail/transport'
import { UPDATE_JOB } from '@/lib/updates/deliver'
import { updateEmail } from '@/lib/updates/email'
import { isRecipient } from '@/lib/updates/recipients'
import type { UpdateInput } from '@/lib/validation/update'

// The editor's verbs on an update: save the draft, send a test to oneself, send it to the signers.
// Each runs inside an admin action's transaction and writes its audit row there.

type Ctx = Pick<ActionContext, 'tx' | 'audit' | 'user'>

const ALREADY_SENT = 'This update has already been sent; it can no longer be changed.'

async function petitionFor(ctx: Ctx, petitionId: string) {
  const petition = await ctx.tx.petition.findFirst({ where: { id: petitionId, status: { not: 'draft' } }, select: { id: true, title: true, slug: true } })
  if (!petition) throw new AppError('Choose a published petition.', { petitionId: 'Choose a published petition.' })
  return petition
}

export async function saveUpdate(input: UpdateInput, ctx: Ctx) {
  await petitionFor(ctx, input.petitionId)
  const data = { petitionId: input.petitionId, subject: input.subject, bodyHtml: sanitizeRichText(input.bodyHtml) }
  if (!input.id) {
    const created = await ctx.tx.petitionUpdate.create({ data: { ...data, createdById: ctx.user.id }, select: { id: true } })
    await ctx.audit({ action: 'update.create', entityType: 'petition-update', entityId: created.id, summary: input.subject })
    return created
  }
  const { count } = await ctx.tx.petitionUpdate.updateMany({ where: { id: input.id, state: 'draft' }, data })
  if (count === 0) throw new AppError((await ctx.tx.petitionUpdate.count({ where: { id: input.id } })) ? ALREADY_SENT : 'This update no longer exists.')
  await ctx.audit({ action: 'update.save', entityType: 'petition-update', entityId: input.id, summary: input.subject })
  return { id: input.id }
}

async function draftWithPetition(ctx: Ctx, id: string) {
  const update = await ctx.tx.petitionUpdate.findUnique({ where: { id }, include: { petition: { select: { id: true, title: true, slug: true } } } })
  if (!update) throw new AppError('This update no longer exists.')
  return update
}

/** Sends the update to the editor's own address, through the same mail path as the real thing. */
export async function sendTestUpdate(id: string, ctx: Ctx) {
  const update = await draftWithPetition(ctx, id)
  await ctx.audit({ action: 'update.test', entityType: 'petition-update', entityId: id, summary: `to ${ctx.user.email}` })
  try {
    await sendMail(updateEmail({ ...update, to: ctx.user.email, signatureId: null }))
  } catch (error) {
    console.error('[placard] sending a test update failed:', error)
    throw new AppError('The test could not be sent: the mail server refused it or could not be reached. Try again in a minute.')
  }
  return ctx.user.email
}

/**
 * Starts sending: every current recipient gets a delivery row, and the worker takes it from there.
 * `expected` is the number the editor confirmed; if signers came or went since, nothing is sent
 * and the editor is shown the new number to confirm.
 */
export async function startSending(id: string, expected: number, ctx: Ctx) {
  const update = await draftWithPetition(ctx, id)
  const { count } = await ctx.tx.petitionUpdate.updateMany({ where: { id, state: 'draft' }, data: { state: 'sending', publishedAt: new Date() } })
  if (count === 0)
    throw new AppError(update.state === 'draft' ? 'This update no longer exists.' : 'This update is already being sent. Its progress is shown below.')
  const total = await ctx.tx.$executeRawUnsafe(
    `INSERT INTO update_deliveries (update_id, signature_id)
     SELECT $1::uuid, s.id FROM signatures s WHERE s.petition_id = $2::uuid AND ${isRecipient('s')}`,
    id,
    update.petitionId,
  )
  if (total === 0) throw new AppError('No signer of this petition has asked for updates yet, so there is nobody to send this to.')
  if (total !== expected)
    throw new AppError(`The number of recipients has changed to ${total.toLocaleString('en')} since the page was loaded. Check it and confirm again.`)
  await ctx.tx.job.create({ data: { kind: UPDATE_JOB, payload: { updateId: id } } })
  await ctx.audit({
    action: 'update.send',
    entityType: 'petition-update',
    entityId: id,
    summary: `${update.subject} — to ${total} signers of ${update.petition.title}`,
  })
  return total
}
