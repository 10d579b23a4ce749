import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ShareLinks } from '@/components/site/share-links'
import { loadLetter } from '@/lib/letters/letter-page'
import { formatCount } from '@/lib/letters/count-words'
import { paths } from '@/lib/paths'
import { absoluteUrl } from '@/lib/site'
import { parseSlug } from '@/lib/validation/route-params'

export const revalidate = 10
export const generateStaticParams = async () => []
export const metadata: Metadata = { title: 'Thank you for writing', robots: { index: false } }

// Where "I sent it" leads without JavaScript.
export default async function LetterSentPage({ params }: { params: Promise<{ slug: string }> }) {
  const slug = parseSlug((await params).slug)
  const letter = slug ? await loadLetter(slug) : null
  if (!letter) notFound()
  return (
    <article className="space-y-6">
      <h1 className="text-3xl font-black">Thank you for writing</h1>
      <p className="text-lg">
        Your letter is counted. {formatCount(letter.count)} so far for “{letter.title}”.
      </p>
      <p>If you asked for your name to be shown, it appears on the letter’s page once a moderator has checked it.</p>
      <p>Ask a friend, your union branch or your colleagues to write too:</p>
      <ShareLinks url={absoluteUrl(paths.letter(letter.slug))} title={`Write: ${letter.title}`} />
      <p>
        <a href={paths.letter(letter.slug)} className="underline">
          Back to the letter
        </a>
      </p>
    </article>
  )
}
