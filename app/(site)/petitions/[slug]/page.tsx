import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { CountryChart } from '@/components/petition/country-chart'
import { LiveProgress } from '@/components/petition/live-progress'
import { PetitionNews } from '@/components/petition/petition-news'
import { RecentSigners } from '@/components/petition/recent-signers'
import { SignOrStatus } from '@/components/petition/sign-or-status'
import { ShareLinks } from '@/components/site/share-links'
import { sanitizeRichText } from '@/lib/content/sanitize-html'
import { loadPetition } from '@/lib/petitions/petition-page'
import { absoluteUrl, formatDate } from '@/lib/site'
import { parseSlug } from '@/lib/validation/route-params'

// Counts move all the time: the cached page is refreshed at most every 10 seconds, and the
// count itself is brought up to date in the browser from count.json.
export const revalidate = 10
export const generateStaticParams = async () => []

type Props = { params: Promise<{ slug: string }> }

async function load(params: Props['params']) {
  const slug = parseSlug((await params).slug)
  return slug ? loadPetition(slug) : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await load(params)
  if (!data) return { title: 'Petition not found' }
  const { petition } = data
  return {
    title: petition.title,
    description: petition.summary,
    alternates: { canonical: `/petitions/${petition.slug}` },
    openGraph: { type: 'website', title: `Sign: ${petition.title}`, description: petition.summary, url: `/petitions/${petition.slug}` },
    twitter: { card: 'summary', title: `Sign: ${petition.title}`, description: petition.summary },
  }
}

export default async function PetitionPage({ params }: Props) {
  const data = await load(params)
  if (!data) notFound()
  const { petition, numbers, recentSigners, news } = data
  const url = absoluteUrl(`/petitions/${petition.slug}`)
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

      <div className="mt-6">
        <LiveProgress slug={petition.slug} count={numbers.count} goal={numbers.goal} />
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
            <Link href={`/petitions/${petition.slug}/sheet`} className="underline">
              Print a petition sheet
            </Link>{' '}
            or{' '}
            <a href={`/petitions/${petition.slug}/sheet.pdf`} className="underline">
              download it as a PDF
            </a>
          </li>
          <li>
            <Link href={`/petitions/${petition.slug}/widget`} className="underline">
              Embeddable counter
            </Link>
            :{' '}
            <code className="text-sm break-all">{`<iframe src="${absoluteUrl(`/petitions/${petition.slug}/widget`)}" width="320" height="180" title="${petition.title}"></iframe>`}</code>
          </li>
          <li>
            <a href={`/petitions/${petition.slug}/count.json`} className="underline">
              The count as JSON
            </a>
          </li>
        </ul>
      </section>

      <ShareLinks url={url} title={`Sign: ${petition.title}`} />
    </article>
  )
}
