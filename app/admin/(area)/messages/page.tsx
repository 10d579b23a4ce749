import Link from 'next/link'
import { AdminTable } from '@/components/admin/admin-table'
import { Pager } from '@/components/ui/pager'
import { requirePermission } from '@/lib/auth/session'
import { HELD_REASONS, listContactMessages, MESSAGE_FILTERS, MESSAGES_PAGE_SIZE, type MessageFilter } from '@/lib/contact/messages'
import { formatMoment } from '@/lib/format'
import { CONTACT_TOPICS, type ContactTopic } from '@/lib/contact/topics'

export const metadata = { title: 'Messages' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function MessagesPage({ searchParams }: Props) {
  await requirePermission('messages.read')
  const query = await searchParams
  const filter: MessageFilter = typeof query.show === 'string' && query.show in MESSAGE_FILTERS ? (query.show as MessageFilter) : 'open'
  const page = Math.max(1, Math.min(10_000, Number.parseInt(String(query.page ?? '1'), 10) || 1))
  const { rows, total, open, held } = await listContactMessages(filter, page)
  const href = (show: MessageFilter, p = 1) => `/admin/messages?show=${show}${p > 1 ? `&page=${p}` : ''}`
  return (
    <div className="max-w-5xl space-y-6">
      <h1 className="text-2xl font-bold">Messages</h1>
      <p className="max-w-3xl text-muted">
        What people wrote through the site’s contact form. Each one was also forwarded to the campaign’s mailbox, where “Reply” answers the sender; mark it
        answered here once someone has. Messages sent without the security check are <strong>held</strong>: they were not forwarded until you say they are
        genuine. Messages are deleted after a year.
      </p>
      <nav aria-label="Which messages" className="flex flex-wrap gap-2">
        {(Object.keys(MESSAGE_FILTERS) as MessageFilter[]).map((f) => (
          <Link
            key={f}
            href={href(f)}
            aria-current={f === filter ? 'page' : undefined}
            className={`rounded-full border px-3 py-1 text-sm font-semibold no-underline ${f === filter ? 'border-accent-dark bg-accent-dark text-white' : 'border-line bg-white text-ink'}`}
          >
            {MESSAGE_FILTERS[f]}
            {f === 'open' ? ` (${open})` : f === 'held' ? ` (${held})` : ''}
          </Link>
        ))}
      </nav>
      {rows.length === 0 ? (
        <p className="rounded-lg border border-line bg-white p-6">{filter === 'open' ? 'Nothing to answer. 🎉' : 'No messages here.'}</p>
      ) : (
        <AdminTable
          caption={`${MESSAGE_FILTERS[filter]}, newest first`}
          columns={[{ label: 'From and message' }, { label: 'Topic', className: 'w-44' }, { label: 'Received', className: 'w-44' }]}
          className="min-w-[40rem]"
        >
          {rows.map((m) => (
            <tr key={m.id}>
              <td className="px-3 py-3">
                <Link href={`/admin/messages/${m.id}`} className="font-semibold">
                  {m.name}
                </Link>
                <p className="line-clamp-2 text-muted">{m.message}</p>
                {m.heldReason ? <p className="text-sm font-semibold text-accent-dark">Held: {HELD_REASONS[m.heldReason] ?? m.heldReason}</p> : null}
              </td>
              <td className="px-3 py-3">{CONTACT_TOPICS[m.topic as ContactTopic] ?? m.topic}</td>
              <td className="px-3 py-3">
                {formatMoment(m.createdAt.toISOString())}
                {m.handledAt ? <p className="text-teal">answered</p> : null}
              </td>
            </tr>
          ))}
        </AdminTable>
      )}
      <Pager newer={page > 1 ? href(filter, page - 1) : null} older={page * MESSAGES_PAGE_SIZE < total ? href(filter, page + 1) : null} />
    </div>
  )
}
