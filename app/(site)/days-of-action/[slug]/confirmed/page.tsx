import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { loadDayPage } from '@/lib/action-days/day-page'
import { paths } from '@/lib/paths'
import { parseSlug } from '@/lib/validation/route-params'

export const metadata: Metadata = { title: 'Protest confirmed', robots: { index: false } }
export const revalidate = 60

// Where the confirmation link in the organiser's email leads.
export default async function ProtestConfirmedPage({ params }: { params: Promise<{ slug: string }> }) {
  const slug = parseSlug((await params).slug)
  const page = slug ? await loadDayPage(slug) : null
  if (!page) notFound()
  return (
    <section className="max-w-prose">
      <h1 className="font-serif text-3xl font-bold">Your protest is confirmed</h1>
      <p className="mt-4">
        Thank you. A moderator will look at it soon; once approved it appears in the list of protests with a calendar file people can add. Your email address is
        never shown.
      </p>
      <p className="mt-4">
        <a href={paths.actionDay(page.day.slug)} className="underline">
          See the protests for {page.day.title}
        </a>
      </p>
    </section>
  )
}
