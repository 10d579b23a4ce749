import type { Metadata } from 'next'
import { CONTACT_ACCEPTED } from '@/lib/contact/topics'

export const metadata: Metadata = { title: 'Message sent', robots: { index: false } }

export default function ContactSentPage() {
  return (
    <section className="max-w-2xl rounded-lg border-2 border-teal bg-teal-50 p-6" aria-labelledby="sent-heading">
      <h1 id="sent-heading" className="font-serif text-3xl font-bold text-teal">
        Message sent
      </h1>
      <p className="mt-3 text-lg">{CONTACT_ACCEPTED}</p>
      <p className="mt-4">
        <a href="/" className="underline">
          Back to the front page
        </a>
      </p>
    </section>
  )
}
