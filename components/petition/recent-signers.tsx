import { formatDate } from '@/lib/format'

type Signer = { id: string; name: string; country: string; confirmedAt: string }

export function RecentSigners({ signers }: { signers: Signer[] }) {
  if (signers.length === 0) return null
  return (
    <section aria-labelledby="recent-heading" className="mt-10">
      <h2 id="recent-heading" className="text-lg font-bold">
        Recent signers
      </h2>
      <p className="text-sm text-muted">Only signers who chose to show their name appear here.</p>
      <ul className="mt-3 divide-y divide-line rounded-lg border border-line bg-white">
        {signers.map((s) => (
          <li key={s.id} className="flex justify-between gap-3 px-4 py-2">
            <span>
              <strong>{s.name}</strong>, {s.country}
            </span>
            <time dateTime={s.confirmedAt} className="text-sm text-muted">
              {formatDate(s.confirmedAt)}
            </time>
          </li>
        ))}
      </ul>
    </section>
  )
}
