import 'server-only'
import { cache } from 'react'
import { tagPage } from '@/lib/cache/tag-page'
import { tags } from '@/lib/cache/tags'
import { getPublishedDay, groupByCountryAndCity, listApprovedEvents } from '@/lib/action-days/queries'

/** A day of action for readers with its approved protests, the page tagged so any change refreshes it. */
export const loadDayPage = cache(async (slug: string) => {
  const day = await getPublishedDay(slug)
  // A day published later under this address must replace the cached 404.
  await tagPage(day ? tags.actionDay(day.id) : tags.actionDays)
  if (!day) return null
  const events = await listApprovedEvents(day.id)
  return { day, events, countries: groupByCountryAndCity(events) }
})

/** "Saturday 12 September 2026": the date of the day itself, which has no time zone. */
export function formatDayDate(date: Date): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(date)
}
