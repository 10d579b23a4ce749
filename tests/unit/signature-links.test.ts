import { beforeAll, expect, it } from 'vitest'

beforeAll(() => {
  process.env.PLACARD_SECRET = 'unit-test-secret-0123456789abcdef0123'
})

it('reads back its own tokens and refuses tampered ones or ones made for another purpose', async () => {
  const { makeToken, readToken, isExpired } = await import('@/lib/opt-in/links')
  const id = '7d7c3b5e-8a1f-4c2e-9d3b-2f1e0a9b8c7d'
  const token = makeToken('confirm-link', id, Date.UTC(2026, 0, 1))
  expect(readToken('confirm-link', token)).toEqual({ id, issuedAt: Date.UTC(2026, 0, 1) })
  expect(readToken('withdraw-link', token)).toBeNull()
  expect(readToken('confirm-link', token.replace(/\.\d+\./, '.1999999999.'))).toBeNull()
  expect(readToken('confirm-link', 'nonsense')).toBeNull()
  expect(isExpired(Date.UTC(2026, 0, 1), Date.UTC(2026, 0, 8) + 1)).toBe(true)
  expect(isExpired(Date.UTC(2026, 0, 1), Date.UTC(2026, 0, 7))).toBe(false)
})
