import { expect, it } from 'vitest'
import { searchParamsSchema } from '@/lib/validation/search'

it('cleans the search box: control and direction characters become spaces', () => {
  expect(searchParamsSchema.parse({ q: '  embassy\u0000 \u202eletter ' })).toEqual({ q: 'embassy letter', page: 1 })
  expect(searchParamsSchema.parse({ q: ['a', 'b'], page: '3' })).toEqual({ q: 'a', page: 3 })
  expect(searchParamsSchema.parse({ page: 'x' })).toEqual({ q: '', page: 1 })
})

it('refuses a search longer than 200 characters with a clear message', () => {
  const result = searchParamsSchema.safeParse({ q: 'a'.repeat(201) })
  expect(result.success).toBe(false)
  expect(result.error?.issues[0]?.message).toBe('Keep your search under 200 characters.')
})
