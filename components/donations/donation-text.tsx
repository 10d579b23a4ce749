import type { Donations } from '@/lib/donations/settings'

// What the donate page and its printed version both say: the demo warning, the ask, the amounts,
// how donations are used. Plain text, as the editor typed it (never HTML).

export function DemoWarning({ donations }: { donations: Donations }) {
  if (!donations.isDemo) return null
  return (
    <p className="rounded-md border-2 border-accent bg-red-50 p-3 font-bold text-accent-dark" data-demo-warning>
      Demo: these bank details are made up for the demonstration. Do not send money to them.
    </p>
  )
}

export function SuggestedAmounts({ amounts }: { amounts: string[] }) {
  if (amounts.length === 0) return null
  return (
    <div>
      <h2 className="font-serif text-xl font-bold">Suggested amounts</h2>
      <ul className="mt-2 flex flex-wrap gap-2">
        {amounts.map((amount) => (
          <li key={amount} className="rounded-full border-2 border-accent-dark px-4 py-1 text-lg font-bold text-accent-dark">
            {amount}
          </li>
        ))}
      </ul>
    </div>
  )
}

export function DonationUsage({ usage }: { usage: string }) {
  if (!usage) return null
  return (
    <section aria-labelledby="usage-heading">
      <h2 id="usage-heading" className="font-serif text-xl font-bold">
        How donations are used
      </h2>
      <p className="mt-2 whitespace-pre-line">{usage}</p>
    </section>
  )
}
