import { AdminTable } from '@/components/admin/admin-table'
import { formatMoment } from '@/lib/format'
import Link from 'next/link'
import { StatusBadge } from '@/components/admin/status-badge'
import { holdReasonLabel } from '@/lib/moderation/hold-reasons'
import type { SignatureRow } from '@/lib/moderation/signature-search'
import { filterQuery } from '@/lib/validation/signature-search'

// Signatures as a table: the search list and the invalidation preview's sample. The domain and
// address hash are links to everything else from the same place.

export function SignatureTable({ rows, caption }: { rows: SignatureRow[]; caption: string }) {
  return (
    <AdminTable
      caption={caption}
      columns={[{ label: 'Signer' }, { label: 'Petition' }, { label: 'Signed (UTC)' }, { label: 'Status' }, { label: 'Address hash' }]}
    >
      {rows.map((row) => (
        <tr key={row.id} className="align-top">
          <td className="p-3">
            {row.email ? (
              <>
                <span className="font-semibold">{row.full_name}</span>
                <br />
                <span className="break-all text-muted">{row.email}</span>
                <br />
                <span className="text-muted">{row.country}</span> ·{' '}
                <Link href={`/admin/moderation/signatures${filterQuery({ domain: row.email_domain })}`} className="underline">
                  all from @{row.email_domain}
                </Link>
              </>
            ) : (
              // Anonymised by the retention job (lib/privacy/retention.ts), or erased on withdrawal or
              // request (lib/privacy/erasure.ts): only the country is left.
              <span className="text-muted">
                {row.status === 'withdrawn' ? 'Personal data erased when withdrawn' : 'Personal data removed after the petition closed'} · {row.country}
              </span>
            )}
          </td>
          <td className="p-3">{row.petition_title}</td>
          <td className="p-3 whitespace-nowrap">{formatMoment(row.created_at)}</td>
          <td className="p-3">
            <StatusBadge status={row.status} />
            {row.held && (row.status === 'pending' || row.status === 'confirmed') ? <span className="ml-1 text-xs text-amber-900">held</span> : null}
            {row.hold_reasons.length ? <p className="mt-1 text-xs text-muted">{row.hold_reasons.map(holdReasonLabel).join('; ')}</p> : null}
          </td>
          <td className="p-3">
            {row.ip_hash ? (
              <Link href={`/admin/moderation/signatures${filterQuery({ ip: row.ip_hash })}`} className="font-mono text-xs underline" title={row.ip_hash}>
                {row.ip_hash.slice(0, 10)}…
              </Link>
            ) : (
              <span className="text-muted">none</span>
            )}
          </td>
        </tr>
      ))}
    </AdminTable>
  )
}
