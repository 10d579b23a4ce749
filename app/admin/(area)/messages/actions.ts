'use server'

import { adminAction } from '@/lib/auth/admin-action'
import { deleteMessage, markHandled, releaseHeld } from '@/lib/contact/messages'
import { publishUnderPost } from '@/lib/contact/publish'
import { parseEnv } from '@/lib/env'
import { contactMessageIdSchema, markHandledSchema, publishMessageSchema } from '@/lib/validation/contact'

// The contact inbox's server actions (moderators and admins). adminAction checks the session and
// the 'messages.read' permission, parses the form and writes each change with its audit row in
// one transaction. The audit row names the message, never the sender's address.

export const markMessageHandled = adminAction(
  'messages.read',
  markHandledSchema,
  async ({ id, handled }, ctx) => {
    const message = await markHandled(ctx.tx, id, handled === 'yes')
    await ctx.audit({ action: handled === 'yes' ? 'message.handled' : 'message.reopened', entityType: 'contact-message', entityId: id, summary: message.name })
    return { ok: true, message: handled === 'yes' ? 'Marked as answered.' : 'Back among the messages to answer.' }
  },
  { name: 'mark message handled' },
)

export const forwardHeldMessage = adminAction(
  'messages.read',
  contactMessageIdSchema,
  async ({ id }, ctx) => {
    const { message, changed } = await releaseHeld(ctx.tx, id)
    if (!changed) return { ok: true, message: 'This message was not held: it was already forwarded.' }
    await ctx.audit({ action: 'message.forward', entityType: 'contact-message', entityId: id, summary: message.name })
    return { ok: true, message: `Forwarded: it is on its way to ${parseEnv().CONTACT_EMAIL}.` }
  },
  { name: 'forward held message' },
)

export const deleteContactMessage = adminAction(
  'messages.read',
  contactMessageIdSchema,
  async ({ id }, ctx) => {
    const message = await deleteMessage(ctx.tx, id)
    await ctx.audit({ action: 'message.delete', entityType: 'contact-message', entityId: id, summary: message.name })
    return { ok: true, message: 'The message is deleted.' }
  },
  { name: 'delete message' },
)

export const publishContactMessage = adminAction(
  'messages.read',
  publishMessageSchema,
  async ({ id, postId }, ctx) => {
    const { message, post } = await publishUnderPost(ctx.tx, id, postId)
    await ctx.audit({ action: 'message.publish', entityType: 'contact-message', entityId: id, summary: `${message.name} under “${post.title}”` })
    return { ok: true, message: `Published under “${post.title}”, with ${message.name}’s name and never their address. It is marked answered.` }
  },
  { name: 'publish contact message' },
)
