import 'server-only'
import { db } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import type { Prisma } from '@/lib/generated/prisma/client'
import { CONTACT_DELIVERY_JOB } from '@/lib/contact/delivery-job'

// The admin side of the contact form: the inbox moderators read, and what they can do to a message.

export const MESSAGE_FILTERS = { open: 'To answer', held: 'Held (not forwarded)', handled: 'Answered', all: 'All' } as const
export type MessageFilter = keyof typeof MESSAGE_FILTERS

export const MESSAGES_PAGE_SIZE = 50

/** Why a message was held instead of forwarded, for the moderator. */
export const HELD_REASONS: Record<string, string> = {
  'no-proof-of-work': 'sent without the security check (no JavaScript, or a bot)',
  honeypot: 'a hidden field only bots see was filled in',
}

const WHERE: Record<MessageFilter, Prisma.ContactMessageWhereInput> = {
  open: { handledAt: null, heldReason: null },
  held: { handledAt: null, heldReason: { not: null } },
  handled: { handledAt: { not: null } },
  all: {},
}

export async function listContactMessages(filter: MessageFilter, page: number) {
  // The open and held counts are shown on the filter tabs; the list's own total is one of them
  // unless it shows answered or all messages.
  const [rows, open, held, other] = await Promise.all([
    db.contactMessage.findMany({
      where: WHERE[filter],
      orderBy: { createdAt: 'desc' },
      skip: (page - 1) * MESSAGES_PAGE_SIZE,
      take: MESSAGES_PAGE_SIZE,
      select: { id: true, topic: true, name: true, message: true, heldReason: true, handledAt: true, forwardedAt: true, createdAt: true },
    }),
    db.contactMessage.count({ where: WHERE.open }),
    db.contactMessage.count({ where: WHERE.held }),
    filter === 'open' || filter === 'held' ? null : db.contactMessage.count({ where: WHERE[filter] }),
  ])
  const total = filter === 'open' ? open : filter === 'held' ? held : other!
  return { rows, total, open, held }
}

export const getContactMessage = (id: string) => db.contactMessage.findUnique({ where: { id } })

type Tx = Prisma.TransactionClient

async function existing(tx: Tx, id: string) {
  const message = await tx.contactMessage.findUnique({ where: { id } })
  if (!message) throw new AppError('This message no longer exists: it was deleted, or erased at the sender’s request.')
  return message
}

export async function markHandled(tx: Tx, id: string, handled: boolean) {
  const message = await existing(tx, id)
  await tx.contactMessage.update({ where: { id }, data: { handledAt: handled ? new Date() : null } })
  return message
}

/** A held message a moderator judged genuine: forwarded like any other. */
export async function releaseHeld(tx: Tx, id: string) {
  const message = await existing(tx, id)
  if (!message.heldReason) return { message, changed: false }
  await tx.contactMessage.update({ where: { id }, data: { heldReason: null } })
  await tx.job.create({ data: { kind: CONTACT_DELIVERY_JOB, payload: { messageId: id } } })
  return { message, changed: true }
}

export async function deleteMessage(tx: Tx, id: string) {
  const message = await existing(tx, id)
  await tx.contactMessage.delete({ where: { id } })
  return message
}
