import { expect, it } from 'vitest'
import { auditHref, parseAuditQuery } from '@/lib/audit/filters'

const ID = '3f2b8c1e-9d4a-4c7b-8e2f-1a2b3c4d5e6f'

it('reads the audit log filters from the address', () => {
  expect(parseAuditQuery({ user: ID, action: 'user.role', from: '2026-01-01', to: '2026-01-31', page: '3' })).toEqual({
    filters: { actorId: ID, action: 'user.role', from: '2026-01-01', to: '2026-01-31' },
    page: 3,
    notes: [],
  })
  expect(parseAuditQuery({})).toEqual({ filters: {}, page: 1, notes: [] })
  expect(parseAuditQuery({ user: '', action: ' ', from: '' })).toEqual({ filters: {}, page: 1, notes: [] })
})

it('ignores bad values with a note each, keeping the good ones', () => {
  const parsed = parseAuditQuery({ user: "1' OR 1=1", action: 'user.role', from: '31/01/2026', to: ['2026-02-30', 'x'], page: '-4' })
  expect(parsed.filters).toEqual({ action: 'user.role' })
  expect(parsed.page).toBe(1)
  expect(parsed.notes).toHaveLength(4)
  expect(parsed.notes.join(' ')).toMatch(/user filter was ignored.*“from” date.*“to” date.*page number/)
})

it('swaps a date range given backwards, and says so', () => {
  const parsed = parseAuditQuery({ from: '2026-03-10', to: '2026-03-01' })
  expect(parsed.filters).toEqual({ from: '2026-03-01', to: '2026-03-10' })
  expect(parsed.notes).toEqual([expect.stringMatching(/swapped/)])
})

it('builds addresses that keep the filters', () => {
  expect(auditHref({})).toBe('/admin/audit')
  expect(auditHref({ action: 'sign-in.failed', from: '2026-01-01' }, 2)).toBe('/admin/audit?action=sign-in.failed&from=2026-01-01&page=2')
})
