import { formatLocalStart } from '@/lib/action-days/time-zone'
import type { groupByCountryAndCity } from '@/lib/action-days/queries'
import { paths } from '@/lib/paths'

// The approved protests of a day of action, by country and city: a plain list (no map tiles
// from another host), each with its own calendar file. Times are the local time where the
// protest happens, with the zone named, so a reader abroad is never misled.

type Props = { slug: string; countries: ReturnType<typeof groupByCountryAndCity> }

export function EventList({ slug, countries }: Props) {
  if (countries.length === 0) return <p className="mt-4 text-muted">No protests are listed yet. Be the first to register one.</p>
  return (
    <div className="mt-4 space-y-8">
      {countries.map((country) => (
        <section key={country.code} aria-labelledby={`country-${country.code}`}>
          <h3 id={`country-${country.code}`} className="border-b border-line pb-1 font-serif text-xl font-bold">
            {country.name}
          </h3>
          <ul className="mt-3 space-y-5">
            {country.cities.map(({ city, events }) => (
              <li key={city}>
                <h4 className="font-bold">{city}</h4>
                <ul className="mt-2 space-y-3">
                  {events.map((event) => {
                    const when = formatLocalStart(event.startsAt, event.timeZone)
                    return (
                      <li key={event.id} className="rounded-lg border border-line bg-white p-4" data-event={event.id}>
                        <p className="font-semibold">
                          <time dateTime={event.startsAt.toISOString()}>
                            {when.date}, {when.time}
                          </time>{' '}
                          <span className="text-sm font-normal text-muted">({when.zoneLabel})</span>
                        </p>
                        <p className="mt-1">{event.place}</p>
                        {event.description ? <p className="mt-2 text-sm whitespace-pre-line">{event.description}</p> : null}
                        <p className="mt-2 flex flex-wrap items-center justify-between gap-2 text-sm">
                          <span className="text-muted">Organised by {event.organiserName}</span>
                          <a href={`${paths.actionDay(slug)}/events/${event.id}.ics`} className="font-semibold underline underline-offset-2">
                            Add to calendar (.ics)
                          </a>
                        </p>
                      </li>
                    )
                  })}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  )
}
