import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { loadDayPage } from '@/lib/action-days/day-page'
import { paths } from '@/lib/paths'
import { parseSlug } from '@/lib/validation/route-params'

export const metadata: Metadata = { title: 'Check your email', robots: { index: false } }
export const revalidate = 60

// Where the organiser's form lands when the protest was recorded.
export default async function ProtestRegisteredPage({ params }: { params: Promise<{ slug: string }> }) {
  const slug = parseSlug((await params).slug)
  const page = slug ? await loadDayPage(slug) : null
  if (!page) notFound()
  return (
    <section className="max-w-prose">
      <h1 className="font-serif text-3xl font-bold">Almost done: check your email</h1>
      <p className="mt-4" role="status">
        Thank you! We have sent you an email with a link. Open it to confirm the protest; a moderator then looks at it before it appears in the list.
      </p>
      <p className="mt-4">
        <a href={paths.actionDay(page.day.slug)} className="underline">
          Back to {page.day.title}
        </a>
      </p>
    </section>
  )
}
