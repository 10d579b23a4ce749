import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { LinkAnswer } from '@/components/site/link-problem'

export const metadata: Metadata = { title: 'Sponsors and supporters', robots: { index: false } }
export const generateStaticParams = async () => []

// What a new supporter sees after the form (without JavaScript) and after the link in their email.
const OUTCOMES = {
  thanks: {
    title: 'Check your email',
    text: 'Thank you! We have sent you an email. Open the link in it to confirm your address; a moderator then checks your entry before it is listed. Nothing arrived? Check your spam folder.',
  },
  confirmed: {
    title: 'Your email is confirmed',
    text: 'Thank you for adding your name. A moderator checks each entry before it appears in the list of supporters; that usually takes a day or two.',
  },
  'already-confirmed': { title: 'Already confirmed', text: 'Your entry was already confirmed. There is nothing more to do.' },
  expired: {
    title: 'This link has expired',
    text: 'Confirmation links work for 7 days. Please write to the campaign and we will confirm your entry by hand.',
  },
  'invalid-link': {
    title: 'This link doesn’t work',
    text: 'It may have been cut short by your email program, or the entry was removed. Copy the whole link from the email into your browser.',
  },
} as const

export default async function SupporterDonePage({ params }: { params: Promise<{ outcome: string }> }) {
  const { outcome } = await params
  const answer = OUTCOMES[outcome as keyof typeof OUTCOMES]
  if (!answer) notFound()
  return <LinkAnswer title={answer.title} text={answer.text} back={{ href: '/supporters', label: 'See the sponsors and supporters' }} />
}
