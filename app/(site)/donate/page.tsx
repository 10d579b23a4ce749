import type { Metadata } from 'next'
import { BankDetails } from '@/components/donations/bank-details'
import { DemoWarning, DonationUsage, SuggestedAmounts } from '@/components/donations/donation-text'
import { loadDonations } from '@/lib/donations/donate-page'

// The donate page an editor configures at /admin/donations: the ask, suggested amounts, bank
// details with copy buttons, links to external donation pages, how donations are used. Placard
// takes no payments. Cached; a change refreshes it through the table's trigger (tag donations).
export const revalidate = 60
export const metadata: Metadata = { title: 'Donate', alternates: { canonical: '/donate' } }

export default async function DonatePage() {
  const donations = await loadDonations()
  return (
    <article className="space-y-6">
      <header className="border-b-4 border-accent pb-5">
        <h1 className="font-serif text-3xl leading-tight font-bold sm:text-4xl">Donate</h1>
      </header>
      {!donations ? (
        <p>The campaign has not set up donations yet. Please check back soon.</p>
      ) : (
        <>
          <DemoWarning donations={donations} />
          <p className="text-lg whitespace-pre-line">{donations.ask}</p>
          <SuggestedAmounts amounts={donations.amounts} />
          {donations.iban || donations.localDetails ? (
            <section aria-labelledby="bank-heading" className="space-y-3">
              <h2 id="bank-heading" className="font-serif text-xl font-bold">
                By bank transfer
              </h2>
              <BankDetails donations={donations} />
            </section>
          ) : null}
          {donations.links.length ? (
            <section aria-labelledby="links-heading">
              <h2 id="links-heading" className="font-serif text-xl font-bold">
                Give online
              </h2>
              <p className="mt-1 text-sm text-muted">These pages are run by others; this site takes no payments itself.</p>
              <ul className="mt-2 space-y-2">
                {donations.links.map((link) => (
                  <li key={link.url}>
                    <a href={link.url} rel="noopener" className="font-semibold underline underline-offset-2">
                      {link.label}
                    </a>{' '}
                    <span className="text-sm break-all text-muted">({new URL(link.url).hostname})</span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <DonationUsage usage={donations.usage} />
          <p>
            <a href="/donate/print" className="underline">
              Printable version
            </a>
          </p>
        </>
      )}
    </article>
  )
}
