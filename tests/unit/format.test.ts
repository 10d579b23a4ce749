import { expect, it } from 'vitest'
import { counted, formatDate, formatDay, formatExactMoment, formatMoment, formatMonth } from '@/lib/format'

// Readers and editors see dates and counts written one way on every screen, in UTC.

it('writes a count with its noun, singular only for one', () => {
  expect(counted(1, 'signature')).toBe('1 signature')
  expect(counted(0, 'signature')).toBe('0 signatures')
  expect(counted(12_400, 'held signature')).toBe('12,400 held signatures')
  expect(counted(2, 'person', 'people')).toBe('2 people')
})

it('writes dates in UTC whatever the server’s time zone', () => {
  const late = new Date('2026-12-31T23:59:30Z')
  expect(formatDate(late)).toBe('31 December 2026')
  expect(formatDate('2026-12-31T23:59:30Z')).toBe('31 December 2026')
  expect(formatMonth(2026, 12)).toBe('December 2026')
  expect(formatDay(late)).toBe('31 Dec 2026')
  expect(formatMoment(late)).toBe('31 Dec 2026, 23:59')
  expect(formatExactMoment(late)).toBe('31 Dec 2026, 23:59:30')
})
