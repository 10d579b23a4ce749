import { FilterNotes } from '@/components/ui/filter-notes'
import { AuditFilterForm } from '@/components/admin/audit/audit-filter-form'
import { AuditTable } from '@/components/admin/audit/audit-table'
import { Pager } from '@/components/ui/pager'
import { auditHref, parseAuditQuery } from '@/lib/audit/filters'
import { listAuditActions, listAuditActors, listAuditEntries } from '@/lib/audit/queries'
import { requirePermission } from '@/lib/auth/session'

export const metadata = { title: 'Audit log' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function AuditPage({ searchParams }: Props) {
  await requirePermission('audit.read')
  const { filters, page, notes } = parseAuditQuery(await searchParams)
  const [{ entries, hasOlder }, actions, actors] = await Promise.all([listAuditEntries(filters, page), listAuditActions(), listAuditActors()])
  const filtered = Boolean(filters.actorId || filters.action || filters.from || filters.to)

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Audit log</h1>
        <p className="mt-2 text-muted">Every change made in the admin area and every sign-in, newest first. Entries can’t be edited or deleted.</p>
      </div>
      <AuditFilterForm filters={filters} actions={actions} actors={actors} />
      <FilterNotes notes={notes} />
      {entries.length ? (
        <AuditTable entries={entries} />
      ) : (
        <p className="rounded-lg border border-line bg-white p-6">
          {page > 1 ? 'There are no entries this far back.' : filtered ? 'No entries match these filters.' : 'Nothing has been recorded yet.'}
        </p>
      )}
      <Pager newer={page > 1 ? auditHref(filters, page - 1) : null} older={hasOlder ? auditHref(filters, page + 1) : null} />
    </div>
  )
}
