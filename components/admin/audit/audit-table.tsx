import { AdminTable } from '@/components/admin/admin-table'
import { formatExactMoment } from '@/lib/format'
import Link from 'next/link'
import type { AuditRow } from '@/lib/audit/queries'

// The admin screens that entries about posts and users lead to.
const ENTITY_PAGES: Record<string, (id: string) => string> = {
  post: (id) => `/admin/posts/${id}`,
  user: (id) => `/admin/users/${id}`,
  'petition-update': (id) => `/admin/updates/${id}`,
}

function What({ entry }: { entry: AuditRow }) {
  if (!entry.entityType) return <span className="text-muted">—</span>
  const page = entry.entityId ? ENTITY_PAGES[entry.entityType] : undefined
  const label = `${entry.entityType}${entry.entityId ? ` ${entry.entityId.slice(0, 8)}` : ''}`
  return page && entry.entityId ? (
    <Link href={page(entry.entityId)} title={entry.entityId}>
      {label}
    </Link>
  ) : (
    <span title={entry.entityId ?? undefined}>{label}</span>
  )
}

// Scrolls sideways inside its card on a phone rather than squeezing the columns.
export function AuditTable({ entries }: { entries: AuditRow[] }) {
  return (
    <AdminTable
      caption="Audit log entries, newest first (times in UTC)"
      columns={[{ label: 'When (UTC)' }, { label: 'Who' }, { label: 'Action' }, { label: 'What' }, { label: 'Details' }]}
      className="min-w-[48rem]"
    >
      {entries.map((entry) => (
        <tr key={entry.id} className="align-top">
          <td className="px-3 py-2 whitespace-nowrap">
            <time dateTime={entry.at.toISOString()}>{formatExactMoment(entry.at)}</time>
          </td>
          <td className="px-3 py-2">
            {entry.actorName ? <span className="font-semibold">{entry.actorName}</span> : null}
            <span className={`block break-all ${entry.actorName ? 'text-muted' : ''}`}>{entry.actorLabel}</span>
          </td>
          <td className="px-3 py-2 font-mono whitespace-nowrap">{entry.action}</td>
          <td className="px-3 py-2 whitespace-nowrap">
            <What entry={entry} />
          </td>
          <td className="px-3 py-2 break-words">{entry.summary}</td>
        </tr>
      ))}
    </AdminTable>
  )
}
