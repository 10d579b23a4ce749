import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { BankDetails } from '@/components/donations/bank-details'
import { DemoWarning, DonationUsage, SuggestedAmounts } from '@/components/donations/donation-text'
import { PrintButton } from '@/components/petition/print-button'
import { loadDonations } from '@/lib/donations/donate-page'
import { absoluteUrl, site } from '@/lib/site'

export const revalidate = 60
export const metadata: Metadata = { title: 'Donate (printable)', robots: { index: false } }

// The donate page on one sheet of paper, for a stall or a union branch's noticeboard.
export default async function PrintableDonatePage() {
  const donations = await loadDonations()
  if (!donations) notFound()
  return (
    <main className="mx-auto max-w-[210mm] space-y-5 bg-white p-6 text-black print:p-0">
      <div className="flex flex-wrap gap-3 print:hidden">
        <PrintButton label="Print this page" />
        <a href="/donate" className="inline-flex min-h-11 items-center px-2 underline">
          Back to the donate page
        </a>
      </div>
      <h1 className="font-serif text-3xl font-bold">Support {site.name}</h1>
      <DemoWarning donations={donations} />
      <p className="text-lg whitespace-pre-line">{donations.ask}</p>
      <SuggestedAmounts amounts={donations.amounts} />
      <BankDetails donations={donations} copy={false} />
      {donations.links.length ? (
        <ul className="space-y-1">
          {donations.links.map((link) => (
            <li key={link.url}>
              {link.label}: {link.url}
            </li>
          ))}
        </ul>
      ) : null}
      <DonationUsage usage={donations.usage} />
      <p className="text-sm">{absoluteUrl('/donate')}</p>
    </main>
  )
}
