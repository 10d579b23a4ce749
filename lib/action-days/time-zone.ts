import { countryName } from '@/lib/petitions/countries'

// A protest starts at a wall-clock time where it happens, whatever time zone its organiser
// (or the reader) is in: "18:00 in Lisbon" stays 18:00 in Lisbon for a reader in Berlin. The
// form takes the local date and time and the place's time zone; it is stored as an instant
// (UTC) with the zone beside it, shown in the zone's local time and written to .ics in UTC.
// The zones of a country come from the runtime's own locale data (Intl.Locale#timeZones).

const ALL_ZONES = new Set(Intl.supportedValuesOf('timeZone'))
ALL_ZONES.add('UTC')

export function isTimeZone(zone: string): boolean {
  return ALL_ZONES.has(zone)
}

/** The IANA zones in use in a country (["Europe/Lisbon", "Atlantic/Madeira", "Atlantic/Azores"]). */
export function zonesOfCountry(country: string): string[] {
  try {
    const locale = new Intl.Locale(`und-${country}`) as Intl.Locale & { timeZones?: string[]; getTimeZones?: () => string[] }
    return (locale.getTimeZones?.() ?? locale.timeZones ?? []).filter(isTimeZone)
  } catch {
    return []
  }
}

/** Every zone, for the form's list. */
export function allTimeZones(): string[] {
  return [...ALL_ZONES].sort()
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>()
function wallClock(instant: number, zone: string) {
  let format = partsFormatters.get(zone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
    partsFormatters.set(zone, format)
  }
  const parts = Object.fromEntries(format.formatToParts(new Date(instant)).map((p) => [p.type, p.value]))
  return Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second))
}

/** How far ahead of UTC the zone's clocks are at this instant, in milliseconds. */
export function zoneOffset(instant: number, zone: string): number {
  return wallClock(instant, zone) - Math.floor(instant / 1000) * 1000
}

export type LocalTime = { date: string; time: string }

/**
 * The instant at which clocks in `zone` show this date and time, or null when they never do
 * (the hour skipped when clocks go forward). In the hour that repeats when clocks go back, the
 * first one.
 */
export function instantOf({ date, time }: LocalTime, zone: string): Date | null {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const [hh, mm] = time.split(':').map(Number) as [number, number]
  const wall = Date.UTC(y, m - 1, d, hh, mm)
  // Two offsets can apply near a change: try both and keep the earliest that shows this time.
  const candidates = [wall - zoneOffset(wall - 86_400_000, zone), wall - zoneOffset(wall + 86_400_000, zone), wall - zoneOffset(wall, zone)]
  const matching = candidates.filter((t) => wallClock(t, zone) === wall).sort((a, b) => a - b)
  return matching.length ? new Date(matching[0]!) : null
}

/** The zone to use when the organiser left the choice to the country: null when the country's zones disagree. */
export function zoneForCountry(country: string, at: LocalTime): { zone: string } | { several: string[] } | null {
  const zones = zonesOfCountry(country)
  if (zones.length === 0) return null
  const wall = Date.parse(`${at.date}T${at.time}:00Z`)
  const offsets = new Set(zones.map((z) => zoneOffset(wall, z)))
  return offsets.size === 1 ? { zone: zones[0]! } : { several: zones }
}

/** "Saturday 12 September 2026, 18:00 (Lisbon time)" in the zone where it happens. */
export function formatLocalStart(startsAt: Date, zone: string): { date: string; time: string; zoneLabel: string } {
  const date = new Intl.DateTimeFormat('en-GB', { timeZone: zone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(startsAt)
  const time = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(startsAt)
  const abbreviation =
    new Intl.DateTimeFormat('en-GB', { timeZone: zone, timeZoneName: 'short' }).formatToParts(startsAt).find((p) => p.type === 'timeZoneName')?.value ?? ''
  return { date, time, zoneLabel: `${zoneCity(zone)} time${abbreviation ? `, ${abbreviation}` : ''}` }
}

/** "America/Sao_Paulo" → "Sao Paulo". */
export function zoneCity(zone: string): string {
  return (zone.split('/').pop() ?? zone).replace(/_/g, ' ')
}

export function severalZonesMessage(country: string, zones: string[]): string {
  return `${countryName(country)} has several time zones (${zones.slice(0, 4).map(zoneCity).join(', ')}${zones.length > 4 ? ' …' : ''}): choose the one where the protest takes place.`
}
