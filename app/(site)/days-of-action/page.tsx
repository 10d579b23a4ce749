import type { Metadata } from 'next'
import { formatDayDate } from '@/lib/action-days/day-page'
import { listPublishedDays } from '@/lib/action-days/queries'
import { tagPage } from '@/lib/cache/tag-page'
import { tags } from '@/lib/cache/tags'
import { paths } from '@/lib/paths'

export const revalidate = 60
export const metadata: Metadata = { title: 'Days of action', alternates: { canonical: '/days-of-action' } }

export default async function DaysOfActionPage() {
  const days = await listPublishedDays()
  await tagPage(tags.actionDays)
  return (
    <section aria-labelledby="days-heading">
      <h1 id="days-heading" className="border-b-4 border-accent pb-5 font-serif text-3xl font-bold sm:text-4xl">
        Days of action
      </h1>
      {days.length === 0 ? <p className="mt-6 text-muted">No days of action have been called yet.</p> : null}
      <ul className="mt-6 space-y-4">
        {days.map((day) => (
          <li key={day.id}>
            <a href={paths.actionDay(day.slug)} className="font-serif text-xl font-bold underline underline-offset-2">
              {day.title}
            </a>
            <p className="text-muted">
              <time dateTime={day.date.toISOString().slice(0, 10)}>{formatDayDate(day.date)}</time>
            </p>
          </li>
        ))}
      </ul>
    </section>
  )
}
