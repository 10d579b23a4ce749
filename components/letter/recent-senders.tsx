import type { PublicSenders } from '@/lib/letters/sender-names'

// "Recent senders": the newest names supporters chose to show beside "I sent it", once a
// moderator approved them, and how many more there are. Rendered on the server: the cached page
// is refreshed when a name is approved or removed.
export function RecentSenders({ slug, senders }: { slug: string; senders: PublicSenders }) {
  if (senders.total === 0) return null
  const more = senders.total - senders.recent.length
  return (
    <section aria-labelledby={`senders-${slug}`} className="mt-3 text-sm">
      <h3 id={`senders-${slug}`} className="font-bold">
        Recent senders
      </h3>
      <ul className="mt-1 flex flex-wrap gap-x-1" data-letter-senders="">
        {senders.recent.map((s, i) => (
          <li key={i}>
            {s.name}
            {s.place ? <span className="text-muted"> ({s.place})</span> : null}
            {i < senders.recent.length - 1 ? ',' : more > 0 ? '' : '.'}
          </li>
        ))}
        {more > 0 ? <li>and {more.toLocaleString('en')} more.</li> : null}
      </ul>
    </section>
  )
}
