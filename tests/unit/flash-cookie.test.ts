import { expect, it } from 'vitest'
import { decodeFlash, FLASH_MAX_BYTES, flashRedirectHeaders } from '@/lib/http/flash'

// The no-JavaScript sign form's answer travels back in a cookie browsers must keep: HttpOnly,
// SameSite, scoped to the petition, and never over the size a browser stores.

const answer = { outcome: 'invalid' as const, message: 'Please correct the marked fields.', fieldErrors: { email: 'That doesn’t look like an email address.' } }

it('is HttpOnly, SameSite=Lax, short-lived and scoped to the petition, and brings the entries back', () => {
  const headers = flashRedirectHeaders('/petitions/free-them', { ...answer, values: { fullName: 'Айгерім Сәрсенова', showName: true } })
  expect(headers.location).toBe('/petitions/free-them/sign')
  const cookie = headers['set-cookie']!
  expect(cookie).toMatch(/; Path=\/petitions\/free-them; Max-Age=300; HttpOnly; SameSite=Lax$/)
  expect(cookie).not.toContain('Secure') // the test site is plain http://localhost
  const value = cookie.slice(cookie.indexOf('=') + 1, cookie.indexOf(';'))
  expect(decodeFlash(value)).toMatchObject({ ...answer, values: { fullName: 'Айгерім Сәрсенова', showName: true } })
})

it('stays under the size browsers keep, dropping the entries before the answer', () => {
  const long = 'Жанаозен '.repeat(40)
  const values = Object.fromEntries(['fullName', 'email', 'city', 'postcode', 'comment', 'country', 'a', 'b', 'c', 'd'].map((k) => [k, long]))
  const cookie = flashRedirectHeaders('/petitions/p', { ...answer, values })['set-cookie']!
  const value = cookie.slice(cookie.indexOf('=') + 1, cookie.indexOf(';'))
  expect(value.length).toBeLessThanOrEqual(FLASH_MAX_BYTES)
  expect(decodeFlash(value)).toMatchObject({ ...answer, values: {} })
})
