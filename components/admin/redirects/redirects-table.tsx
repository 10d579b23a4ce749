import Link from 'next/link'
import { AdminTable } from '@/components/admin/admin-table'
import { formatDay } from '@/lib/format'
import { sourceKey } from '@/lib/redirects/addresses'

type Row = { id: string; fromPath: string; fromQuery: string; toPath: string; status: number; source: string; hits: number; lastHitAt: Date | null }

// Old address → new address, with how often the old one is still asked for. Scrolls sideways
// inside its card on a phone rather than squeezing the columns.
export function RedirectsTable({ rows }: { rows: Row[] }) {
  return (
    <AdminTable
      caption="Old addresses and where they lead"
      columns={[{ label: 'Old address' }, { label: 'New address' }, { label: 'Kind' }, { label: 'Made by' }, { label: 'Visits' }, { label: 'Last visit' }]}
      className="min-w-[48rem]"
    >
      {rows.map((row) => (
        <tr key={row.id}>
          <td className="p-3 break-all">
            <Link href={`/admin/redirects/${row.id}`} className="font-semibold">
              {sourceKey(row.fromPath, row.fromQuery)}
            </Link>
          </td>
          <td className="p-3 break-all">{row.toPath}</td>
          <td className="p-3">{row.status}</td>
          <td className="p-3 whitespace-nowrap">{row.source === 'wordpress' ? 'WordPress import' : 'An admin'}</td>
          <td className="p-3 text-right tabular-nums">{row.hits}</td>
          <td className="p-3 whitespace-nowrap">{row.lastHitAt ? formatDay(row.lastHitAt) : '—'}</td>
        </tr>
      ))}
    </AdminTable>
  )
}
