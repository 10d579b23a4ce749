import { expect, it } from 'vitest'
import { visiblePages } from '@/components/site/pagination'

it('shows the first and last page and two either side of the current one', () => {
  expect(visiblePages(1, 4)).toEqual([1, 2, 3, 4])
  expect(visiblePages(1, 10)).toEqual([1, 2, 3, 'gap', 10])
  expect(visiblePages(6, 12)).toEqual([1, 'gap', 4, 5, 6, 7, 8, 'gap', 12])
  expect(visiblePages(12, 12)).toEqual([1, 'gap', 10, 11, 12])
})
