import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { LinkAnswer } from '@/components/site/link-problem'
import { paths } from '@/lib/paths'
import { parseSlug } from '@/lib/validation/route-params'

export const metadata: Metadata = { title: 'Message of solidarity', robots: { index: false } }
export const generateStaticParams = async () => []

// What someone who left a solidarity message sees after the form and after the email's link.
const OUTCOMES = {
  thanks: {
    title: 'Check your email',
    text: 'Thank you! We have sent you an email. Open the link in it to confirm your message; a moderator then reads it before it is shown under the appeal.',
  },
  confirmed: {
    title: 'Your message is confirmed',
    text: 'Thank you. A moderator reads each message before it is shown under the appeal; that usually takes a day or two.',
  },
  'already-confirmed': { title: 'Already confirmed', text: 'Your message was already confirmed. There is nothing more to do.' },
  expired: { title: 'This link has expired', text: 'Confirmation links work for 7 days. Please write your message again under the appeal.' },
  'invalid-link': {
    title: 'This link doesn’t work',
    text: 'It may have been cut short by your email program, or the message was removed. Copy the whole link from the email into your browser.',
  },
} as const

export default async function MessageDonePage({ params }: { params: Promise<{ slug: string; outcome: string }> }) {
  const { slug: rawSlug, outcome } = await params
  const slug = parseSlug(rawSlug)
  const answer = OUTCOMES[outcome as keyof typeof OUTCOMES]
  if (!answer || !slug) notFound()
  return <LinkAnswer title={answer.title} text={answer.text} back={{ href: paths.post(slug), label: 'Back to the appeal' }} />
}
