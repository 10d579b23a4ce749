import Link from 'next/link'
import { AdminTable } from '@/components/admin/admin-table'
import type { ImportRunJson } from '@/lib/validation/wordpress-import'

// Past imports, newest first, each linking to its report.

const STATE_LABELS = { queued: 'Queued', running: 'Running', done: 'Done', failed: 'Failed' } as const

function outcome(run: ImportRunJson): string {
  if (run.state === 'failed') return (run.error ?? '').length > 140 ? `${run.error!.slice(0, 139)}…` : (run.error ?? '')
  if (!run.report) return ''
  const { posts, pages } = run.report.counts
  const would = run.dryRun ? 'would be ' : ''
  return `Posts: ${posts.imported} ${would}new, ${posts.updated} ${would}updated; pages: ${pages.imported} ${would}new; ${run.report.failed.length} failed`
}

export function ImportRunsTable({ runs }: { runs: ImportRunJson[] }) {
  return (
    <AdminTable caption="Past imports" columns={[{ label: 'Started' }, { label: 'File' }, { label: 'By' }, { label: 'State' }, { label: 'Result' }]}>
      {runs.map((run) => (
        <tr key={run.id}>
          <td className="p-3 whitespace-nowrap">
            {new Date(run.createdAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })}
          </td>
          <td className="p-3 break-all">
            <Link href={`/admin/import?run=${run.id}`} className="font-semibold underline">
              {run.fileName}
            </Link>
            {run.dryRun ? <span className="ml-2 rounded bg-gray-100 px-1.5 py-0.5 text-xs font-semibold">dry run</span> : null}
          </td>
          <td className="p-3">{run.startedByName}</td>
          <td className="p-3">{STATE_LABELS[run.state]}</td>
          <td className="p-3 text-muted">{outcome(run)}</td>
        </tr>
      ))}
    </AdminTable>
  )
}
