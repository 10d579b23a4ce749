import Link from 'next/link'
import { AdminTable } from '@/components/admin/admin-table'
import { StatusBadge } from '@/components/admin/status-badge'
import { buttonClass } from '@/components/ui/button'
import { can } from '@/lib/auth/permissions'
import { requirePermission } from '@/lib/auth/session'
import { listLettersForAdmin } from '@/lib/letters/admin-queries'
import { countWaitingSenderNames } from '@/lib/letters/sender-names'
import { countryName } from '@/lib/petitions/countries'

export const metadata = { title: 'Letters' }

type Props = { searchParams: Promise<{ deleted?: string }> }

export default async function AdminLettersPage({ searchParams }: Props) {
  const user = await requirePermission('petitions.write')
  const moderates = can(user, 'supporters.moderate')
  const [letters, { deleted }, waitingNames] = await Promise.all([listLettersForAdmin(), searchParams, moderates ? countWaitingSenderNames() : 0])
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Protest letters</h1>
        <div className="flex flex-wrap gap-2">
          {moderates ? (
            <Link href="/admin/letters/names" className={buttonClass('secondary')}>
              Senders’ names to approve ({waitingNames.toLocaleString('en')})
            </Link>
          ) : null}
          <Link href="/admin/letters/directory" className={buttonClass('secondary')}>
            Directory of addressees
          </Link>
          <Link href="/admin/letters/new" className={buttonClass('primary')}>
            New letter action
          </Link>
        </div>
      </div>
      {deleted ? (
        <p role="status" className="rounded-md border border-teal bg-teal-50 p-3 font-medium text-teal">
          The letter action was deleted.
        </p>
      ) : null}
      {letters.length === 0 ? (
        <p className="rounded-lg border border-line bg-white p-6">
          No letter actions yet.{' '}
          <Link href="/admin/letters/new" className="underline">
            Write the first one
          </Link>
          .
        </p>
      ) : (
        <AdminTable
          caption="All letter actions"
          columns={[
            { label: 'Title' },
            { label: 'Status' },
            { label: 'Goes to' },
            { label: 'Letters sent', className: 'text-right' },
            { label: 'Held', className: 'text-right' },
          ]}
        >
          {letters.map((l) => (
            <tr key={l.id}>
              <td className="p-3">
                <Link href={`/admin/letters/${l.id}`} className="text-base font-semibold">
                  {l.title}
                </Link>
                <span className="block text-muted">/letters/{l.slug}</span>
              </td>
              <td className="p-3">
                <StatusBadge status={l.status} />
              </td>
              <td className="p-3">{l.embassiesOf ? `Embassies of ${countryName(l.embassiesOf)}` : 'Directory addressees'}</td>
              <td className="p-3 text-right tabular-nums">{l.count.toLocaleString('en')}</td>
              <td className="p-3 text-right tabular-nums">{l.held.toLocaleString('en')}</td>
            </tr>
          ))}
        </AdminTable>
      )}
    </div>
  )
}
