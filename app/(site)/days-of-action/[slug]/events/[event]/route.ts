import { z } from 'zod'
import { calendarResponse, notFoundText } from '@/lib/action-days/calendar'
import { getApprovedEvent, getPublishedDay } from '@/lib/action-days/queries'
import { parseSlug } from '@/lib/validation/route-params'

// Public: one approved protest as an iCalendar file, at …/events/<id>.ics.
const eventFile = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.ics$/)

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; event: string }> }) {
  const { slug: rawSlug, event: rawEvent } = await params
  const slug = parseSlug(rawSlug)
  const file = eventFile.safeParse(rawEvent)
  const day = slug && file.success ? await getPublishedDay(slug) : null
  const event = day && file.success ? await getApprovedEvent(day.id, file.data.slice(0, -4)) : null
  if (!day || !event) return notFoundText('There is no listed protest at this address.')
  return calendarResponse(day, [event], `${day.slug}-${event.city.toLowerCase().replace(/[^a-z0-9]+/g, '-') || 'protest'}.ics`)
}
