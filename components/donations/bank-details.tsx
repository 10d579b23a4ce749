import { CopyButton } from '@/components/donations/copy-button'
import type { Donations } from '@/lib/donations/settings'
import { formatIban } from '@/lib/validation/donations'

// The bank transfer details as a definition list, each with a copy button (`copy` false on
// the printed version). The IBAN is shown in groups of four and copied without spaces.
export function BankDetails({ donations, copy = true }: { donations: Donations; copy?: boolean }) {
  const rows = [
    { what: 'account holder', label: 'Account holder', shown: donations.accountHolder, copied: donations.accountHolder, code: false },
    { what: 'IBAN', label: 'IBAN', shown: formatIban(donations.iban), copied: donations.iban, code: true },
    { what: 'BIC', label: 'BIC (SWIFT)', shown: donations.bic, copied: donations.bic, code: true },
    { what: 'reference', label: 'Reference to use', shown: donations.reference, copied: donations.reference, code: true },
  ].filter((r) => r.shown)
  if (rows.length === 0 && !donations.localDetails) return null
  return (
    <div>
      <dl className="divide-y divide-line rounded-lg border border-line bg-white" data-bank-details>
        {rows.map((row) => (
          <div key={row.label} className="flex flex-col gap-1 p-3 sm:flex-row sm:items-center sm:justify-between">
            <div className="min-w-0">
              <dt className="text-xs font-bold tracking-widest text-muted uppercase">{row.label}</dt>
              <dd className={`${row.code ? 'font-mono ' : ''}text-lg break-words select-all`} data-detail={row.what}>
                {row.shown}
              </dd>
            </div>
            {copy ? <CopyButton text={row.copied} what={row.what} /> : null}
          </div>
        ))}
      </dl>
      {donations.localDetails ? (
        <div className="mt-4">
          <h3 className="font-bold">Other bank details</h3>
          <p className="mt-1 break-words whitespace-pre-line select-all">{donations.localDetails}</p>
        </div>
      ) : null}
    </div>
  )
}
