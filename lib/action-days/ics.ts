// iCalendar files (RFC 5545) for days of action: one VEVENT per protest, in a VCALENDAR of its
// own or with every protest of the day. Times are written in UTC (DTSTART:…Z), which every
// calendar shows in its reader's zone; a TZID would need a VTIMEZONE block per zone (§3.6.5).
// Text is escaped (§3.3.11) and lines are folded at 75 octets without splitting a UTF-8
// character (§3.1); every line ends in CRLF.

export type IcsEvent = {
  uid: string
  start: Date
  /** Protests have no announced end: an hour is assumed (DURATION). */
  durationMinutes?: number
  summary: string
  location: string
  description: string
  url?: string
  /** When the event last changed (DTSTAMP must be when the file was made or the event changed). */
  stamp: Date
}

export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
}

export function utcStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
}

/** Splits one content line into 75-octet pieces, continuation lines starting with a space. */
export function foldLine(line: string): string {
  const bytes = Buffer.from(line, 'utf8')
  if (bytes.length <= 75) return line
  const pieces: string[] = []
  let start = 0
  let limit = 75
  while (start < bytes.length) {
    let end = Math.min(start + limit, bytes.length)
    // Never cut inside a multi-byte character: continuation bytes are 10xxxxxx.
    while (end < bytes.length && (bytes[end]! & 0xc0) === 0x80) end--
    pieces.push(bytes.subarray(start, end).toString('utf8'))
    start = end
    limit = 74 // the leading space counts
  }
  return pieces.join('\r\n ')
}

function eventLines(event: IcsEvent): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${utcStamp(event.stamp)}`,
    `DTSTART:${utcStamp(event.start)}`,
    `DURATION:PT${event.durationMinutes ?? 60}M`,
    `SUMMARY:${escapeText(event.summary)}`,
    `LOCATION:${escapeText(event.location)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    ...(event.url ? [`URL:${event.url}`] : []),
    'END:VEVENT',
  ]
}

export function buildCalendar(name: string, events: IcsEvent[]): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Placard//Days of action//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    ...events.flatMap(eventLines),
    'END:VCALENDAR',
  ]
  return lines.map(foldLine).join('\r\n') + '\r\n'
}
