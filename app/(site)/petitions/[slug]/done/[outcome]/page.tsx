import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { LiveProgress } from '@/components/petition/live-progress'
import { ShareLinks } from '@/components/site/share-links'
import { loadPetition } from '@/lib/petitions/petition-page'
import { absoluteUrl } from '@/lib/site'
import { parseSlug } from '@/lib/validation/route-params'
import { paths } from '@/lib/paths'

export const revalidate = 10
export const generateStaticParams = async () => []

// The answers a signer sees after signing (without JavaScript) and after opening the links in
// their email (and the unsubscribe link in an update).
const OUTCOMES = {
  thanks: {
    title: 'Check your email',
    text: 'Thank you! We have sent you an email. Open the link in it to confirm your signature: it only counts once it is confirmed. Nothing arrived? Check your spam folder.',
  },
  confirmed: {
    title: 'Your signature is confirmed',
    text: 'Thank you for signing. Your signature now counts. Share the petition so that more people add their names.',
  },
  'already-confirmed': {
    title: 'Already confirmed',
    text: 'Your signature was already confirmed, and it counts once. There is nothing more to do, except share the petition.',
  },
  withdrawn: {
    title: 'Your signature is withdrawn',
    text: 'Your signature no longer counts, and your name and email address are now erased from this site.',
  },
  'already-withdrawn': { title: 'Already withdrawn', text: 'This signature was withdrawn earlier. Nothing more to do.' },
  unsubscribed: {
    title: 'You are unsubscribed',
    text: 'You will get no more updates about this petition. Your signature still counts.',
  },
  'already-unsubscribed': { title: 'Already unsubscribed', text: 'You had already stopped the updates about this petition. Nothing more to do.' },
  expired: {
    title: 'This link has expired',
    text: 'Confirmation links work for 7 days. Sign the petition again with the same email address and we will send you a new link.',
  },
} as const

type Props = { params: Promise<{ slug: string; outcome: string }> }

export const metadata: Metadata = { robots: { index: false } }

export default async function SignatureOutcomePage({ params }: Props) {
  const { slug: rawSlug, outcome } = await params
  const slug = parseSlug(rawSlug)
  const copy = OUTCOMES[outcome as keyof typeof OUTCOMES]
  const data = slug && copy ? await loadPetition(slug) : null
  if (!data || !copy) notFound()
  const { petition, numbers } = data
  return (
    <section aria-labelledby="outcome-heading">
      <p className="text-xs font-bold tracking-widest text-accent-dark uppercase">{petition.title}</p>
      <h1 id="outcome-heading" className="mt-1 text-3xl font-extrabold">
        {copy.title}
      </h1>
      <p className="mt-3 text-lg">{copy.text}</p>
      <div className="mt-6">
        <LiveProgress slug={petition.slug} count={numbers.count} goal={numbers.goal} paper={numbers.paper} />
      </div>
      <p className="mt-6">
        <a href={`${paths.petition(petition.slug)}${outcome === 'expired' ? '#sign' : ''}`} className="font-semibold underline">
          {outcome === 'expired' ? 'Sign again' : 'Back to the petition'}
        </a>
      </p>
      <ShareLinks url={absoluteUrl(paths.petition(petition.slug))} title={`Sign: ${petition.title}`} />
    </section>
  )
}
