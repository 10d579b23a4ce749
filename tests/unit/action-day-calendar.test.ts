import { describe, expect, it } from 'vitest'
import { buildCalendar, escapeText, foldLine } from '@/lib/action-days/ics'
import { formatLocalStart, instantOf, zoneForCountry } from '@/lib/action-days/time-zone'
import { ibanIsValid } from '@/lib/validation/donations'

describe('iCalendar text (RFC 5545)', () => {
  it('escapes backslashes, semicolons, commas and new lines', () => {
    expect(escapeText('a\\b; c, d\r\ne\nf')).toBe('a\\\\b\\; c\\, d\\ne\\nf')
  })

  it('folds lines at 75 octets without cutting a UTF-8 character, and unfolds to the same text', () => {
    const line = `DESCRIPTION:${'São João '.repeat(30)}`
    const folded = foldLine(line)
    const pieces = folded.split('\r\n')
    expect(pieces.length).toBeGreaterThan(3)
    for (const piece of pieces) expect(Buffer.byteLength(piece)).toBeLessThanOrEqual(75)
    for (const piece of pieces.slice(1)) expect(piece.startsWith(' ')).toBe(true)
    expect(pieces.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line)
    expect(folded).not.toContain('\uFFFD')
  })

  it('writes CRLF everywhere and every required property of an event', () => {
    const text = buildCalendar('Day, of action', [
      {
        uid: 'abc@example.org',
        start: new Date('2026-09-12T17:00:00Z'),
        stamp: new Date('2026-09-01T10:00:00Z'),
        summary: 'Vigil',
        location: 'Here',
        description: 'x',
      },
    ])
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    expect(text).toContain('\r\nDTSTART:20260912T170000Z\r\n')
    expect(text).toContain('\r\nDTSTAMP:20260901T100000Z\r\n')
    expect(text).toContain('\r\nUID:abc@example.org\r\n')
    expect(text).toContain('X-WR-CALNAME:Day\\, of action')
  })
})

describe('the time where a protest happens', () => {
  it('turns a local time in the place’s zone into the instant, whatever the zone of the server', () => {
    expect(instantOf({ date: '2026-09-12', time: '18:00' }, 'Europe/Lisbon')?.toISOString()).toBe('2026-09-12T17:00:00.000Z')
    expect(instantOf({ date: '2026-01-12', time: '18:00' }, 'Europe/Lisbon')?.toISOString()).toBe('2026-01-12T18:00:00.000Z')
    expect(instantOf({ date: '2026-09-12', time: '12:00' }, 'America/Sao_Paulo')?.toISOString()).toBe('2026-09-12T15:00:00.000Z')
    expect(instantOf({ date: '2026-09-12', time: '18:00' }, 'Asia/Kolkata')?.toISOString()).toBe('2026-09-12T12:30:00.000Z')
  })

  it('knows the hour clocks skip, and takes the first of the hour they repeat', () => {
    expect(instantOf({ date: '2026-03-29', time: '02:30' }, 'Europe/Berlin')).toBeNull()
    expect(instantOf({ date: '2026-10-25', time: '02:30' }, 'Europe/Berlin')?.toISOString()).toBe('2026-10-25T00:30:00.000Z')
  })

  it('takes the country’s zone only when the country has one clock', () => {
    expect(zoneForCountry('DE', { date: '2026-09-12', time: '18:00' })).toEqual({ zone: 'Europe/Berlin' })
    expect(zoneForCountry('PT', { date: '2026-09-12', time: '18:00' })).toMatchObject({ several: expect.arrayContaining(['Europe/Lisbon', 'Atlantic/Azores']) })
    expect(zoneForCountry('US', { date: '2026-09-12', time: '18:00' })).toHaveProperty('several')
  })

  it('shows the local time with the place named', () => {
    expect(formatLocalStart(new Date('2026-09-12T17:00:00Z'), 'Europe/Lisbon')).toMatchObject({
      time: '18:00',
      zoneLabel: expect.stringContaining('Lisbon time'),
    })
  })
})

describe('IBAN check digits (ISO 13616, mod 97)', () => {
  it.each(['DE89370400440532013000', 'GB82WEST12345698765432', 'FR1420041010050500013M02606'])('accepts %s', (iban) => expect(ibanIsValid(iban)).toBe(true))
  it.each(['DE89370400440532013001', 'GB82WEST12345698765433', 'XX00', 'DE8937040044053201300O'])('refuses %s', (iban) => expect(ibanIsValid(iban)).toBe(false))
})
