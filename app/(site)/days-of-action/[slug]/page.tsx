import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { EventList } from '@/components/action-days/event-list'
import { PostBody } from '@/components/site/post-body'
import { buttonClass } from '@/components/ui/button'
import { formatDayDate, loadDayPage } from '@/lib/action-days/day-page'
import { registrationOpen } from '@/lib/action-days/window'
import { excerptFrom } from '@/lib/posts/excerpt'
import { responsiveImageProps } from '@/lib/media/responsive'
import { paths } from '@/lib/paths'
import { parseSlug } from '@/lib/validation/route-params'

// A day of action: the call, the protests registered for it by country and city (approved by
// a moderator), calendar files, and afterwards the report with photos. Cached; a moderator's
// approval refreshes it through the table's trigger (tag action-day:<id>).
export const revalidate = 60
export const generateStaticParams = async () => []

type Props = { params: Promise<{ slug: string }> }

async function load(params: Props['params']) {
  const slug = parseSlug((await params).slug)
  return slug ? loadDayPage(slug) : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await load(params)
  if (!page) return { title: 'Day of action not found' }
  return { title: page.day.title, description: excerptFrom(page.day.callHtml, 200), alternates: { canonical: paths.actionDay(page.day.slug) } }
}

export default async function ActionDayPage({ params }: Props) {
  const page = await load(params)
  if (!page) notFound()
  const { day, events, countries } = page
  const base = paths.actionDay(day.slug)
  const open = registrationOpen(day.date)
  const cityCount = new Set(events.map((e) => `${e.country}:${e.city.toLowerCase()}`)).size
  return (
    <article>
      <header className="border-b-4 border-accent pb-5">
        <p className="text-xs font-bold tracking-widest text-accent-dark uppercase">Day of action</p>
        <h1 className="mt-1 font-serif text-3xl leading-tight font-bold sm:text-4xl">{day.title}</h1>
        <p className="mt-2 text-lg font-semibold">
          <time dateTime={day.date.toISOString().slice(0, 10)}>{formatDayDate(day.date)}</time>
        </p>
      </header>
      <PostBody html={day.callHtml} />

      {day.reportHtml || day.photos.length ? (
        <section aria-labelledby="report-heading" className="mt-10">
          <h2 id="report-heading" className="font-serif text-2xl font-bold">
            How the day went
          </h2>
          {day.reportHtml ? <PostBody html={day.reportHtml} /> : null}
          {day.photos.length ? (
            <ul className="mt-6 grid gap-4 sm:grid-cols-2">
              {day.photos.map((photo) => (
                <li key={photo.storageKey}>
                  <figure>
                    {/* eslint-disable-next-line @next/next/no-img-element */}
                    <img
                      src={photo.url}
                      {...responsiveImageProps(photo.url, '(min-width: 1024px) 400px, calc(100vw - 2rem)')}
                      width={photo.width}
                      height={photo.height}
                      alt={photo.alt}
                      loading="lazy"
                      className="h-auto w-full rounded-md bg-line"
                    />
                    {photo.caption || photo.credit ? (
                      <figcaption className="mt-1 text-sm text-muted">
                        {photo.caption} {photo.credit ? <span>({photo.credit})</span> : null}
                      </figcaption>
                    ) : null}
                  </figure>
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="events-heading" className="mt-10">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="events-heading" className="font-serif text-2xl font-bold">
            Protests
          </h2>
          <p className="text-sm text-muted">
            {events.length === 0
              ? 'None listed yet'
              : `${events.length} ${events.length === 1 ? 'protest' : 'protests'} in ${cityCount} ${cityCount === 1 ? 'city' : 'cities'} and ${countries.length} ${countries.length === 1 ? 'country' : 'countries'}`}
          </p>
        </div>
        <div className="mt-4 flex flex-col gap-3 sm:flex-row">
          {!open ? null : (
            <a href={`${base}/register`} className={buttonClass('primary')}>
              Register a protest
            </a>
          )}
          {events.length ? (
            <a href={`${base}/calendar.ics`} className={buttonClass('secondary')}>
              All protests in your calendar (.ics)
            </a>
          ) : null}
        </div>
        <EventList slug={day.slug} countries={countries} />
      </section>
    </article>
  )
}
