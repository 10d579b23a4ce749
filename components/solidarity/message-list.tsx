import { formatDate } from '@/lib/format'
import { counted } from '@/lib/format'
import type { PublicMessage } from '@/lib/solidarity/queries'

// Approved solidarity messages under an appeal, newest first.
export function MessageList({ messages }: { messages: PublicMessage[] }) {
  if (!messages.length) return <p className="text-muted">No messages yet. Be the first to send one.</p>
  return (
    <>
      <p className="text-sm text-muted">{counted(messages.length, 'message')} of solidarity, newest first.</p>
      <ol className="mt-3 space-y-3">
        {messages.map((m) => (
          <li key={m.id} className="rounded-lg border border-line bg-white p-4">
            <blockquote className="text-lg leading-relaxed whitespace-pre-line">{m.message}</blockquote>
            <p className="mt-2 text-sm text-muted">
              <span className="font-semibold text-ink">{m.name}</span>
              {m.place ? `, ${m.place}` : ''} · {formatDate(m.approvedAt)}
            </p>
          </li>
        ))}
      </ol>
    </>
  )
}
