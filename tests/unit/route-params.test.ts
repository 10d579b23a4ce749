import { expect, it } from 'vitest'
import { parsePageNumber, parsePageSegments, parseSlug, parseYearMonth } from '@/lib/validation/route-params'

it('reads page numbers from /page/N and refuses anything else', () => {
  expect(parsePageSegments(undefined)).toBe(1)
  expect(parsePageSegments([])).toBe(1)
  expect(parsePageSegments(['page', '3'])).toBe(3)
  for (const bad of [['page', '1'], ['page', '0'], ['page', '-2'], ['page', '2.5'], ['page', 'x'], ['pages', '2'], ['page'], ['page', '2', 'x']]) {
    expect(parsePageSegments(bad), bad.join('/')).toBeNull()
  }
  expect(parsePageNumber('99999999')).toBeNull()
})

it('accepts only lower-case kebab slugs and real months', () => {
  expect(parseSlug('free-the-three')).toBe('free-the-three')
  for (const bad of ['Free', 'a--b', '-a', 'a b', 'a\u0000b', '../etc', 'x'.repeat(121)]) expect(parseSlug(bad), bad).toBeNull()
  expect(parseYearMonth('2024', '03')).toEqual({ year: 2024, month: 3 })
  expect(parseYearMonth('2024', '3')).toBeNull()
  expect(parseYearMonth('2024', '13')).toBeNull()
  expect(parseYearMonth('abcd', '01')).toBeNull()
})
