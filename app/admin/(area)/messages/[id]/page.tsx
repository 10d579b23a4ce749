import Link from 'next/link'
import { notFound } from 'next/navigation'
import { MessageActions } from '@/components/admin/messages/message-actions'
import { requirePermission } from '@/lib/auth/session'
import { getContactMessage, HELD_REASONS } from '@/lib/contact/messages'
import { postsToPublishUnder } from '@/lib/contact/publish'
import { parseEnv } from '@/lib/env'
import { formatExactMoment, formatMoment } from '@/lib/format'
import { CONTACT_TOPICS, type ContactTopic } from '@/lib/contact/topics'
import { contactMessageIdSchema } from '@/lib/validation/contact'
import { deleteContactMessage, forwardHeldMessage, markMessageHandled, publishContactMessage } from '../actions'

export const metadata = { title: 'Message' }

export default async function MessagePage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission('messages.read')
  const parsed = contactMessageIdSchema.safeParse(await params)
  const message = parsed.success ? await getContactMessage(parsed.data.id) : null
  if (!message) notFound()
  const topic = CONTACT_TOPICS[message.topic as ContactTopic] ?? message.topic
  const contactEmail = parseEnv().CONTACT_EMAIL
  return (
    <div className="max-w-3xl space-y-6">
      <p>
        <Link href="/admin/messages" className="underline">
          ← All messages
        </Link>
      </p>
      <header>
        <p className="text-sm font-bold tracking-wide text-accent-dark uppercase">{topic}</p>
        <h1 className="text-2xl font-bold">From {message.name}</h1>
        <p className="text-muted">
          <a href={`mailto:${message.email}`} className="underline">
            {message.email}
          </a>{' '}
          · {formatExactMoment(message.createdAt.toISOString())}
        </p>
      </header>
      {message.heldReason ? (
        <p className="rounded-md border border-accent bg-red-50 p-3">
          <strong>Held, not forwarded:</strong> {HELD_REASONS[message.heldReason] ?? message.heldReason}. If it is genuine, forward it to {contactEmail}.
        </p>
      ) : (
        <p className="text-muted">
          {message.forwardedAt ? `Forwarded to ${contactEmail} on ${formatMoment(message.forwardedAt.toISOString())}.` : `Being forwarded to ${contactEmail}.`}{' '}
          {message.handledAt ? `Marked answered on ${formatMoment(message.handledAt.toISOString())}.` : ''}
        </p>
      )}
      <blockquote className="rounded-lg border border-line bg-white p-5 whitespace-pre-wrap">{message.message}</blockquote>
      {message.topic === 'solidarity' ? (
        <p className="text-muted">
          {message.mayPublish
            ? 'The sender agreed that this message may be published on the site with their name.'
            : 'The sender did not agree to publication: keep this message private.'}
        </p>
      ) : null}
      <MessageActions
        id={message.id}
        handled={Boolean(message.handledAt)}
        held={Boolean(message.heldReason)}
        contactEmail={contactEmail}
        actions={{ markHandled: markMessageHandled, forward: forwardHeldMessage, remove: deleteContactMessage, publish: publishContactMessage }}
        posts={message.topic === 'solidarity' && message.mayPublish ? await postsToPublishUnder() : []}
      />
    </div>
  )
}
