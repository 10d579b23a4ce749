import 'server-only'
import { db } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import type { Prisma } from '@/lib/generated/prisma/client'
import { canonicalEmail } from '@/lib/signatures/canonical-email'
import { MESSAGE_MAX } from '@/lib/validation/solidarity-message'

// A message of solidarity sent through the contact form, published by a moderator under the
// appeal it answers, when the sender ticked "You may publish my message". It joins the messages
// written under that post (lib/public-forms), approved, with the sender's name and never their
// address; the page is refreshed by the same trigger. The contact message counts as answered.

/** The posts a message can go under, newest first. */
export const postsToPublishUnder = () =>
  db.post.findMany({ where: { status: 'published' }, orderBy: { publishedAt: 'desc' }, take: 40, select: { id: true, title: true } })

export async function publishUnderPost(tx: Prisma.TransactionClient, messageId: string, postId: string) {
  const message = await tx.contactMessage.findUnique({ where: { id: messageId } })
  if (!message) throw new AppError('This message no longer exists: it was deleted, or erased at the sender’s request.')
  if (message.topic !== 'solidarity' || !message.mayPublish) throw new AppError('The sender did not agree to publication: this message stays private.')
  if (message.message.length > MESSAGE_MAX) {
    throw new AppError(
      `Messages under a post are at most ${MESSAGE_MAX} characters and this one has ${message.message.length.toLocaleString('en')}: ask the sender for a shorter version.`,
    )
  }
  const post = await tx.post.findFirst({ where: { id: postId, status: 'published' }, select: { id: true, title: true } })
  if (!post) throw new AppError('Choose a published post to show the message under.', { postId: 'Choose a published post.' })
  const emailCanonical = canonicalEmail(message.email)
  if (await tx.solidarityMessage.findUnique({ where: { postId_emailCanonical: { postId, emailCanonical } }, select: { id: true } })) {
    throw new AppError(`This sender already has a message under “${post.title}”.`)
  }
  const now = new Date()
  await tx.solidarityMessage.create({
    data: {
      postId,
      name: message.name,
      message: message.message,
      email: message.email,
      emailCanonical,
      status: 'approved',
      flags: ['from-contact-form'],
      confirmedAt: message.createdAt,
      approvedAt: now,
    },
  })
  await tx.contactMessage.update({ where: { id: messageId }, data: { handledAt: now } })
  return { message, post }
}
