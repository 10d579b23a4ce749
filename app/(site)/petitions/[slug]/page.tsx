import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PetitionArticle } from '@/components/petition/petition-article'
import { JsonLd } from '@/components/site/json-ld'
import { ShareLinks } from '@/components/site/share-links'
import { loadPetition } from '@/lib/petitions/petition-page'
import { paths } from '@/lib/paths'
import { absoluteUrl, site } from '@/lib/site'
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
  const path = paths.petition(petition.slug)
  return {
    title: petition.title,
    description: petition.summary,
    alternates: { canonical: path },
    // The share image (opengraph-image.tsx beside this page) shows the count.
    openGraph: { type: 'website', title: `Sign: ${petition.title}`, description: petition.summary, url: path },
    twitter: { card: 'summary_large_image', title: `Sign: ${petition.title}`, description: petition.summary },
  }
}

export default async function PetitionPage({ params }: Props) {
  const data = await load(params)
  if (!data) notFound()
  const { petition, numbers, recentSigners, news } = data
  const url = absoluteUrl(paths.petition(petition.slug))
  return (
    <PetitionArticle petition={petition} numbers={numbers} recentSigners={recentSigners} news={news}>
      {/* The petition and its publisher only: no signer's name ever goes into machine-readable data. */}
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'WebPage',
          '@id': url,
          url,
          name: petition.title,
          description: petition.summary,
          dateCreated: petition.createdAt,
          dateModified: petition.updatedAt,
          ...(petition.deadline ? { expires: petition.deadline } : {}),
          ...(petition.image ? { primaryImageOfPage: { '@type': 'ImageObject', url: absoluteUrl(petition.image.url) } } : {}),
          about: { '@type': 'Thing', name: petition.target },
          publisher: { '@type': 'Organization', name: site.name, url: site.url },
          potentialAction: petition.status === 'open' ? { '@type': 'Action', name: 'Sign the petition', target: `${url}#sign` } : undefined,
        }}
      />
      <ShareLinks url={url} title={`Sign: ${petition.title}`} />
    </PetitionArticle>
  )
}
