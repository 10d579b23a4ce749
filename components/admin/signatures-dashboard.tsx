import Link from 'next/link'
import type { SignatureStats } from '@/lib/signatures/dashboard-stats'
import { CountryChart } from '@/components/petition/country-chart'
import { SignaturesChart } from './signatures-chart'

// The dashboard's petition figures: what counts, how many signers confirm, where they sign
// from, and what waits for a moderator.

export function SignaturesDashboard({ stats, held }: { stats: SignatureStats; held: number | null }) {
  const rate = stats.confirmationRate === null ? '–' : `${Math.round(stats.confirmationRate * 100)} %`
  return (
    <section aria-labelledby="signatures-heading" className="space-y-4">
      <h2 id="signatures-heading" className="text-xl font-bold">
        Signatures
      </h2>
      <ul className="grid gap-3 sm:grid-cols-3">
        <Figure label="Counted on all petitions" value={stats.total.toLocaleString('en')} />
        <Figure label="Confirmed their email" value={rate} note={`of ${stats.received.toLocaleString('en')} signers in the last ${stats.days.length} days`} />
        {held !== null ? <Figure label="Held signatures to review" value={held.toLocaleString('en')} href="/admin/moderation" /> : null}
      </ul>
      <div className="rounded-lg border border-line bg-white p-4">
        <h3 className="font-bold">Counted signatures per day, last {stats.days.length} days</h3>
        {stats.series.length ? (
          <div className="mt-3">
            <SignaturesChart days={stats.days} series={stats.series} />
          </div>
        ) : (
          <p className="mt-2 text-muted">No signature in the last {stats.days.length} days counts yet.</p>
        )}
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <section className="rounded-lg border border-line bg-white p-4">
          <h3 className="font-bold">Per petition</h3>
          <table className="mt-2 w-full text-left text-sm">
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="py-1 pr-3">
                  Petition
                </th>
                <th scope="col" className="py-1 pr-3">
                  Status
                </th>
                <th scope="col" className="py-1 text-right">
                  Counted
                </th>
              </tr>
            </thead>
            <tbody>
              {stats.petitions.map((p) => (
                <tr key={p.id} className="border-b border-line/60">
                  <td className="py-1 pr-3">{p.title}</td>
                  <td className="py-1 pr-3">{p.status}</td>
                  <td className="py-1 text-right tabular-nums">{p.counted.toLocaleString('en')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <div className="rounded-lg border border-line bg-white p-4">
          {stats.countries.length ? (
            <CountryChart byCountry={stats.countries} title="Where online signers come from" className="" />
          ) : (
            <p className="text-muted">No counted signatures yet.</p>
          )}
        </div>
      </div>
    </section>
  )
}

function Figure({ label, value, note, href }: { label: string; value: string; note?: string; href?: string }) {
  const body = (
    <>
      <span className="block text-sm font-semibold tracking-wide text-muted uppercase">{label}</span>
      <span className="mt-1 block text-3xl font-bold">{value}</span>
      {note ? <span className="block text-sm text-muted">{note}</span> : null}
    </>
  )
  return (
    <li>
      {href ? (
        <Link href={href} className="block h-full rounded-lg border border-line bg-white p-4 text-ink no-underline hover:border-accent">
          {body}
        </Link>
      ) : (
        <div className="h-full rounded-lg border border-line bg-white p-4">{body}</div>
      )}
    </li>
  )
}
