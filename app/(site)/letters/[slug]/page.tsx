import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { LetterBox } from '@/components/letter/letter-box'
import { ShareLinks } from '@/components/site/share-links'
import { loadLetter } from '@/lib/letters/letter-page'
import { paths } from '@/lib/paths'
import { absoluteUrl } from '@/lib/site'
import { parseSlug } from '@/lib/validation/route-params'

// Cached like a petition's page: refreshed at most every 10 seconds (and at once when the
// letter or the directory changes); the count is brought up to date in the browser.
export const revalidate = 10
export const generateStaticParams = async () => []

type Props = { params: Promise<{ slug: string }> }

async function load(params: Props['params']) {
  const slug = parseSlug((await params).slug)
  return slug ? loadLetter(slug) : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const letter = await load(params)
  if (!letter) return { title: 'Letter not found' }
  return {
    title: letter.title,
    description: letter.intro || letter.subject,
    alternates: { canonical: paths.letter(letter.slug) },
    openGraph: { type: 'website', title: `Write: ${letter.title}`, description: letter.intro || letter.subject, url: paths.letter(letter.slug) },
  }
}

export default async function LetterPage({ params }: Props) {
  const letter = await load(params)
  if (!letter) notFound()
  return (
    <article className="space-y-8">
      <LetterBox letter={letter} heading="h1" />
      <ShareLinks url={absoluteUrl(paths.letter(letter.slug))} title={`Write: ${letter.title}`} />
    </article>
  )
}
