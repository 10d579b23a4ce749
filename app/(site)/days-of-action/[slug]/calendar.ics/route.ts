import { calendarResponse, notFoundText } from '@/lib/action-days/calendar'
import { getPublishedDay, listApprovedEvents } from '@/lib/action-days/queries'
import { parseSlug } from '@/lib/validation/route-params'

// Public: every approved protest of a day of action, as one iCalendar file.
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = parseSlug((await params).slug)
  const day = slug ? await getPublishedDay(slug) : null
  if (!day) return notFoundText('There is no day of action at this address.')
  return calendarResponse(day, await listApprovedEvents(day.id), `${day.slug}.ics`)
}
