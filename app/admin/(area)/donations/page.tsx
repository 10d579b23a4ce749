import Link from 'next/link'
import { DonationsForm } from '@/components/admin/donations-form'
import { requirePermission } from '@/lib/auth/session'
import { getDonations } from '@/lib/donations/settings'
import { formatIban } from '@/lib/validation/donations'

export const metadata = { title: 'Donations' }

export default async function AdminDonationsPage() {
  await requirePermission('pages.write')
  const d = await getDonations()
  return (
    <div className="max-w-3xl space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">Donations</h1>
        <Link href="/donate" className="text-sm underline">
          View the donate page
        </Link>
      </div>
      <p className="text-muted">The site takes no payments itself: it shows your bank details and links to donation pages you run elsewhere.</p>
      <DonationsForm
        initial={{
          ask: d?.ask ?? '',
          amounts: d?.amounts.join(', ') ?? '',
          accountHolder: d?.accountHolder ?? '',
          iban: d?.iban ? formatIban(d.iban) : '',
          bic: d?.bic ?? '',
          localDetails: d?.localDetails ?? '',
          reference: d?.reference ?? '',
          links: d?.links.map((l) => `${l.label} | ${l.url}`).join('\n') ?? '',
          usage: d?.usage ?? '',
          showInSidebar: d?.showInSidebar ?? true,
          isDemo: d?.isDemo ?? false,
        }}
      />
    </div>
  )
}
