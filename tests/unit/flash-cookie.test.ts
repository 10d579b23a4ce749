import { expect, it } from 'vitest'
import { decodeFlash, FLASH_MAX_BYTES, formAnswer } from '@/lib/http/flash'
import { paths } from '@/lib/paths'

// The no-JavaScript sign form's answer travels back in a cookie browsers must keep: HttpOnly,
// SameSite, scoped to the petition, and never over the size a browser stores.

const signPages = (slug: string, values?: Record<string, string | boolean>) => ({
  back: paths.petitionSign(slug),
  cookiePath: paths.petition(slug),
  accepted: paths.petitionDone(slug, 'thanks'),
  values,
})

const answer = { outcome: 'invalid' as const, message: 'Please correct the marked fields.', fieldErrors: { email: 'That doesn’t look like an email address.' } }

it('is HttpOnly, SameSite=Lax, short-lived and scoped to the petition, and brings the entries back', () => {
  const reply = formAnswer('form', 422, answer, signPages('free-them', { fullName: 'Айгерім Сәрсенова', showName: true }))
  expect(reply).toMatchObject({ status: 303, body: null })
  const headers = reply.headers
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
  const cookie = formAnswer('form', 422, answer, signPages('p', values)).headers['set-cookie']!
  const value = cookie.slice(cookie.indexOf('=') + 1, cookie.indexOf(';'))
  expect(value.length).toBeLessThanOrEqual(FLASH_MAX_BYTES)
  expect(decodeFlash(value)).toMatchObject({ ...answer, values: {} })
})

it('goes to the thank-you page without a cookie when accepted, and answers JSON to the form’s script', () => {
  const accepted = { outcome: 'accepted', message: 'Thank you!' }
  expect(formAnswer('form', 200, accepted, signPages('p', { fullName: 'A' }))).toEqual({
    status: 303,
    headers: { location: '/petitions/p/done/thanks' },
    body: null,
  })
  expect(formAnswer('json', 422, answer, signPages('p', { fullName: 'A' }))).toEqual({
    status: 422,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(answer),
  })
})
