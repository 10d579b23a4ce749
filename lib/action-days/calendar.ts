import 'server-only'
import { buildCalendar, type IcsEvent } from '@/lib/action-days/ics'
import type { PublicEvent } from '@/lib/action-days/queries'
import { countryName } from '@/lib/petitions/countries'
import { paths } from '@/lib/paths'
import { absoluteUrl, site } from '@/lib/site'

// The .ics answers: one protest, or every approved protest of a day. UIDs are the protest's
// id at the site's host, so a calendar that imports the file twice updates rather than doubles.

function icsEvent(day: { slug: string; title: string }, event: PublicEvent): IcsEvent {
  const host = new URL(site.url).hostname
  return {
    uid: `${event.id}@${host}`,
    start: event.startsAt,
    stamp: event.decidedAt ?? event.startsAt,
    summary: `${day.title}: ${event.city}`,
    location: `${event.place}, ${event.city}, ${countryName(event.country)}`,
    description: [event.description, `Organised by ${event.organiserName}.`].filter(Boolean).join('\n\n'),
    url: absoluteUrl(paths.actionDay(day.slug)),
  }
}

export function calendarResponse(day: { slug: string; title: string }, events: PublicEvent[], fileName: string): Response {
  return new Response(
    buildCalendar(
      day.title,
      events.map((e) => icsEvent(day, e)),
    ),
    {
      headers: {
        'content-type': 'text/calendar; charset=utf-8',
        'content-disposition': `attachment; filename="${fileName}"`,
        'cache-control': 'public, max-age=0, s-maxage=60, stale-while-revalidate=300',
      },
    },
  )
}

export const notFoundText = (message: string) => new Response(message, { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })
