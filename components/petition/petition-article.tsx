import type { ReactNode } from 'react'
import { CountryChart } from '@/components/petition/country-chart'
import { LiveProgress } from '@/components/petition/live-progress'
import { PetitionNews } from '@/components/petition/petition-news'
import { RecentSigners } from '@/components/petition/recent-signers'
import { SignOrStatus } from '@/components/petition/sign-or-status'
import { LeadImage } from '@/components/site/lead-image'
import { sanitizeRichText } from '@/lib/rich-text/sanitize-html'
import type { PetitionNumbers, PublicPetition } from '@/lib/petitions/queries'
import { formatDate } from '@/lib/format'
import { paths } from '@/lib/paths'
import { absoluteUrl } from '@/lib/site'

type Signers = Parameters<typeof RecentSigners>[0]['signers']
type News = Parameters<typeof PetitionNews>[0]['news']

// A petition as readers see it: title, addressee, image, count, sign box, text, signers. The
// public petition page and the editor's preview both render this, so the preview is the real thing.
export function PetitionArticle({
  petition,
  numbers,
  recentSigners,
  news = [],
  children,
}: {
  petition: PublicPetition
  numbers: PetitionNumbers
  recentSigners: Signers
  news?: News
  children?: ReactNode
}) {
  const path = paths.petition(petition.slug)
  return (
    <article>
      <header className="border-b-4 border-accent pb-5">
        <p className="text-xs font-bold tracking-widest text-accent-dark uppercase">Petition</p>
        <h1 className="mt-1 font-serif text-3xl leading-tight font-bold sm:text-4xl">{petition.title}</h1>
        <p className="mt-2 text-muted">
          To: <strong className="text-ink">{petition.target}</strong>
          {petition.deadline && petition.status === 'open' ? <> · Open until {formatDate(petition.deadline)}</> : null}
        </p>
        <p className="mt-4 text-lg leading-relaxed">{petition.summary}</p>
      </header>

      {petition.image ? <LeadImage url={petition.image.url} alt={petition.image.alt} /> : null}

      <div className="mt-6">
        <LiveProgress slug={petition.slug} count={numbers.count} goal={numbers.goal} paper={numbers.paper} />
      </div>

      <section id="sign" aria-labelledby="sign-heading" className="mt-6 rounded-xl border-2 border-accent/40 bg-white p-5">
        <h2 id="sign-heading" className="text-xl font-extrabold">
          {petition.status === 'open' ? 'Sign the petition' : 'Signatures'}
        </h2>
        <div className="mt-4">
          <SignOrStatus petition={petition} />
        </div>
      </section>

      <section aria-labelledby="text-heading" className="mt-10">
        <h2 id="text-heading" className="text-2xl font-bold">
          What we ask
        </h2>
        <div className="rich-text mt-3" dangerouslySetInnerHTML={{ __html: sanitizeRichText(petition.bodyHtml) }} />
      </section>

      <PetitionNews news={news} />
      <RecentSigners signers={recentSigners} />
      <CountryChart byCountry={numbers.byCountry} />

      <section aria-labelledby="offline-heading" className="mt-10 rounded-lg border border-line bg-white p-5">
        <h2 id="offline-heading" className="text-lg font-bold">
          Collect signatures offline, or put this petition on your site
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          <li>
            <a href={`${path}/sheet`} className="underline">
              Print a petition sheet
            </a>{' '}
            or{' '}
            <a href={`${path}/sheet.pdf`} className="underline">
              download it as a PDF
            </a>
          </li>
          <li>
            <a href={`${path}/widget`} className="underline">
              Embeddable counter
            </a>
            :{' '}
            <code className="text-sm break-all">{`<iframe src="${absoluteUrl(`${path}/widget`)}" width="320" height="180" title="${petition.title}"></iframe>`}</code>
          </li>
          <li>
            <a href={`${path}/count.json`} className="underline">
              The count as JSON
            </a>
          </li>
        </ul>
      </section>
      {children}
    </article>
  )
}
