import type { Donations } from '@/lib/donations/settings'

// The sidebar's donation box: the ask and the amounts, with a link to the donate page.
export function DonateBox({ donations }: { donations: Donations }) {
  return (
    <section aria-labelledby="sidebar-donate" className="rounded-lg border-2 border-accent/40 bg-white p-4">
      <h2 id="sidebar-donate" className="mb-2 text-xs font-bold tracking-widest text-muted uppercase">
        Donate
      </h2>
      <p className="line-clamp-4">{donations.ask}</p>
      {donations.amounts.length ? <p className="mt-2 font-bold text-accent-dark">{donations.amounts.slice(0, 4).join(' · ')}</p> : null}
      <a href="/donate" className="mt-3 inline-flex min-h-11 items-center rounded-md bg-accent-dark px-4 font-semibold text-white no-underline hover:bg-accent">
        How to give
      </a>
    </section>
  )
}
