import ICAL from 'ical.js'

// Checks an iCalendar file (RFC 5545) by its rules, then parses it with ical.js (Mozilla's
// parser, as Thunderbird uses): CRLF line ends, lines of at most 75 octets, folding that
// continues with one space, the calendar and each event's required properties.

export type CheckedCalendar = { events: ICAL.Event[]; unfolded: string[] }

export function checkCalendar(text: string): CheckedCalendar {
  if (!text.endsWith('\r\n')) throw new Error('the file does not end with CRLF')
  const lines = text.slice(0, -2).split('\r\n')
  for (const line of lines) {
    if (line.includes('\n') || line.includes('\r')) throw new Error(`a bare LF or CR inside: ${JSON.stringify(line)}`)
    if (Buffer.byteLength(line, 'utf8') > 75) throw new Error(`a line of ${Buffer.byteLength(line, 'utf8')} octets: ${line}`)
  }
  const unfolded: string[] = []
  for (const line of lines) {
    if (line.startsWith(' ')) unfolded[unfolded.length - 1] += line.slice(1)
    else unfolded.push(line)
  }
  if (unfolded[0] !== 'BEGIN:VCALENDAR' || unfolded.at(-1) !== 'END:VCALENDAR') throw new Error('not one VCALENDAR')
  for (const required of ['VERSION:2.0', 'PRODID:']) if (!unfolded.some((l) => l.startsWith(required))) throw new Error(`no ${required}`)
  const calendar = new ICAL.Component(ICAL.parse(text))
  const vevents = calendar.getAllSubcomponents('vevent')
  for (const vevent of vevents)
    for (const property of ['uid', 'dtstamp', 'dtstart', 'summary', 'location', 'description'])
      if (!vevent.hasProperty(property)) throw new Error(`a VEVENT without ${property.toUpperCase()}`)
  return { events: vevents.map((v) => new ICAL.Event(v)), unfolded }
}
