import Link from 'next/link'
import { AdminTable } from '@/components/admin/admin-table'
import { AddresseeForm } from '@/components/admin/letters/addressee-form'
import { DeleteAddresseeButton } from '@/components/admin/letters/delete-addressee-button'
import { DirectoryImportForm } from '@/components/admin/letters/directory-import-form'
import { requirePermission } from '@/lib/auth/session'
import { listDirectory } from '@/lib/letters/admin-queries'
import { countryOptions } from '@/lib/petitions/countries'
import { ADDRESSEE_KIND_LABELS } from '@/lib/validation/letter'

export const metadata = { title: 'Directory of addressees' }

type Props = { searchParams: Promise<{ edit?: string }> }

export default async function DirectoryPage({ searchParams }: Props) {
  await requirePermission('petitions.write')
  const [entries, { edit }] = await Promise.all([listDirectory(), searchParams])
  const editing = entries.find((e) => e.id === edit) ?? null
  const countries = countryOptions().map((c) => [c.code, c.name] as const)
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold">Directory of addressees</h1>
        <Link href="/admin/letters">Back to the letters</Link>
      </div>
      <p className="max-w-3xl">
        Embassies and consulates by host country, ministries and companies: the places supporters’ letters go to. Only institutions’ public contact details
        belong here, never a person’s. {entries.length.toLocaleString('en')} {entries.length === 1 ? 'entry' : 'entries'}.
      </p>
      <AddresseeForm
        entry={
          editing
            ? {
                ...editing,
                hostCountry: editing.hostCountry ?? '',
                email: editing.email ?? '',
                phone: editing.phone ?? '',
                fax: editing.fax ?? '',
                checkedOn: editing.checkedOn?.toISOString().slice(0, 10) ?? '',
              }
            : null
        }
        countries={countries}
        states={[...new Set(entries.map((e) => e.state))]}
      />
      <DirectoryImportForm />
      {entries.length ? (
        <AdminTable
          caption="Every entry of the directory"
          columns={[
            { label: 'Name' },
            { label: 'Kind' },
            { label: 'Whose' },
            { label: 'Located in' },
            { label: 'Email / phone' },
            { label: 'Checked' },
            { label: '' },
          ]}
        >
          {entries.map((e) => (
            <tr key={e.id}>
              <td className="p-3">
                <Link href={`/admin/letters/directory?edit=${e.id}`} className="font-semibold">
                  {e.name}
                </Link>
                {e.source ? <span className="block text-xs text-muted">{e.source}</span> : null}
              </td>
              <td className="p-3">{ADDRESSEE_KIND_LABELS[e.kind]}</td>
              <td className="p-3">{e.state}</td>
              <td className="p-3">{e.hostCountryName ?? '—'}</td>
              <td className="p-3">
                {e.email ?? <span className="text-muted">no email</span>}
                {e.phone ? <span className="block text-muted">{e.phone}</span> : null}
              </td>
              <td className="p-3 whitespace-nowrap">{e.checkedOn?.toISOString().slice(0, 10) ?? '—'}</td>
              <td className="p-3">
                <DeleteAddresseeButton id={e.id} name={e.name} />
              </td>
            </tr>
          ))}
        </AdminTable>
      ) : null}
    </div>
  )
}
