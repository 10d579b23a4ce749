import { sanitizeRichText } from '@/lib/rich-text/sanitize-html'
import { formatDate } from '@/lib/format'
import type { PetitionNews as News } from '@/lib/updates/queries'

// The updates sent to a petition's signers, newest first, for everyone to read.
export function PetitionNews({ news }: { news: News[] }) {
  if (news.length === 0) return null
  return (
    <section aria-labelledby="news-heading" className="mt-10">
      <h2 id="news-heading" className="text-2xl font-bold">
        News
      </h2>
      <ol className="mt-3 space-y-6">
        {news.map((item) => (
          <li key={item.id}>
            <article aria-labelledby={`news-${item.id}`} className="border-l-4 border-accent/40 pl-4">
              <h3 id={`news-${item.id}`} className="text-xl font-bold">
                {item.subject}
              </h3>
              <time dateTime={item.publishedAt} className="text-sm text-muted">
                {formatDate(item.publishedAt)}
              </time>
              <div className="rich-text mt-2" dangerouslySetInnerHTML={{ __html: sanitizeRichText(item.bodyHtml) }} />
            </article>
          </li>
        ))}
      </ol>
    </section>
  )
}
