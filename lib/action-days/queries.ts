import 'server-only'
import { db } from '@/lib/db/client'
import { countryName } from '@/lib/petitions/countries'
import { mediaUrl, largestWidthFor } from '@/lib/media/variants'

// Reads of days of action: the public ones (published days, approved events only) and the
// admin's. The organiser's email never leaves these queries for a public page.

const PUBLIC_EVENT = {
  id: true,
  city: true,
  country: true,
  place: true,
  startsAt: true,
  timeZone: true,
  organiserName: true,
  description: true,
  decidedAt: true,
} as const

export type PublicEvent = {
  id: string
  city: string
  country: string
  place: string
  startsAt: Date
  timeZone: string
  organiserName: string
  description: string
  decidedAt: Date | null
}

export function listPublishedDays() {
  return db.actionDay.findMany({ where: { status: 'published' }, orderBy: { date: 'desc' }, select: { id: true, slug: true, title: true, date: true } })
}

export async function getPublishedDay(slug: string) {
  const day = await db.actionDay.findFirst({
    where: { slug, status: 'published' },
    select: {
      id: true,
      slug: true,
      title: true,
      date: true,
      callHtml: true,
      reportHtml: true,
      updatedAt: true,
      photos: {
        orderBy: { position: 'asc' },
        select: { media: { select: { storageKey: true, width: true, height: true, alt: true, caption: true, credit: true } } },
      },
    },
  })
  if (!day) return null
  return {
    ...day,
    photos: day.photos.map(({ media }) => ({ ...media, url: mediaUrl(media.storageKey, largestWidthFor(media.width)) })),
  }
}

export function listApprovedEvents(dayId: string): Promise<PublicEvent[]> {
  return db.actionEvent.findMany({ where: { actionDayId: dayId, status: 'approved' }, orderBy: [{ startsAt: 'asc' }], select: PUBLIC_EVENT })
}

export function getApprovedEvent(dayId: string, eventId: string): Promise<PublicEvent | null> {
  return db.actionEvent.findFirst({ where: { id: eventId, actionDayId: dayId, status: 'approved' }, select: PUBLIC_EVENT })
}

/** Approved events by country (by English name), then by city, each city's events by start. */
export function groupByCountryAndCity(events: PublicEvent[]) {
  const countries = new Map<string, Map<string, PublicEvent[]>>()
  for (const event of events) {
    const cities = countries.get(event.country) ?? new Map<string, PublicEvent[]>()
    countries.set(event.country, cities)
    const key = event.city.trim()
    cities.set(key, [...(cities.get(key) ?? []), event])
  }
  return [...countries.entries()]
    .map(([code, cities]) => ({
      code,
      name: countryName(code),
      cities: [...cities.entries()].map(([city, list]) => ({ city, events: list })).sort((a, b) => a.city.localeCompare(b.city, 'en')),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'))
}

// --- The admin's ----------------------------------------------------------------------------

export function listDaysForAdmin() {
  return db.actionDay.findMany({
    orderBy: { date: 'desc' },
    select: { id: true, slug: true, title: true, date: true, status: true, _count: { select: { events: true } } },
  })
}

export function getDayForAdmin(id: string) {
  return db.actionDay.findUnique({
    where: { id },
    include: { photos: { orderBy: { position: 'asc' }, include: { media: true } }, _count: { select: { events: { where: { status: 'approved' } } } } },
  })
}

/** Events waiting for a moderator: confirmed by their organiser, not yet decided. */
export function listEventQueue() {
  return db.actionEvent.findMany({
    where: { status: 'confirmed' },
    orderBy: { confirmedAt: 'asc' },
    take: 200,
    select: { ...PUBLIC_EVENT, holdReasons: true, createdAt: true, actionDay: { select: { title: true, slug: true } } },
  })
}
