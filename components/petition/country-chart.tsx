import type { PetitionNumbers } from '@/lib/petitions/queries'

// Signatures by country as a bar chart drawn with plain HTML: readable by screen readers as a
// list, no chart library, no script.
export function CountryChart({
  byCountry,
  title = 'Where signers come from',
  className = 'mt-10',
}: {
  byCountry: PetitionNumbers['byCountry']
  title?: string
  className?: string
}) {
  if (byCountry.length === 0) return null
  const top = byCountry.slice(0, 12)
  const rest = byCountry.slice(12).reduce((sum, c) => sum + c.count, 0)
  const rows = rest > 0 ? [...top, { code: 'other', name: 'Other countries', count: rest }] : top
  const max = Math.max(...rows.map((r) => r.count))
  return (
    <section aria-labelledby="countries-heading" className={className}>
      <h2 id="countries-heading" className="text-lg font-bold">
        {title}
      </h2>
      <ul className="mt-3 space-y-1.5">
        {rows.map((r) => (
          <li key={r.code} className="grid grid-cols-[8rem_minmax(0,1fr)_3.5rem] items-center gap-2 text-sm sm:grid-cols-[11rem_minmax(0,1fr)_4rem]">
            <span className="truncate">{r.name}</span>
            <span aria-hidden="true" className="h-3 rounded-sm bg-teal" style={{ width: `${Math.max(2, (r.count / max) * 100)}%` }} />
            <span className="text-right tabular-nums">{r.count.toLocaleString('en')}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
