import { encode } from 'next-auth/jwt'
import { beforeEach, expect, it } from 'vitest'
import { sessionSecret } from '@/lib/auth/options'
import { userFromSessionToken } from '@/lib/auth/session'
import { makeUser } from '../support/admin-session'
import { resetDatabase } from '../support/factories'

// A session ends SESSION_HOURS (12 by default) after the password was checked, however often
// it is used in between: next-auth renews a token's expiry on every use, this does not move.

beforeEach(resetDatabase)

const token = (claims: Record<string, unknown>) => encode({ token: claims, secret: sessionSecret() })
const hoursAgo = (h: number) => Math.floor(Date.now() / 1000) - h * 3600

it('accepts a session signed in an hour ago', async () => {
  const user = await makeUser('editor')
  expect(await userFromSessionToken(await token({ sub: user.id, sv: 0, at: hoursAgo(1) }))).toMatchObject({ id: user.id, role: 'editor' })
})

it('refuses a session signed in longer ago than SESSION_HOURS, even with a fresh expiry', async () => {
  const user = await makeUser('editor')
  expect(await userFromSessionToken(await token({ sub: user.id, sv: 0, at: hoursAgo(13) }))).toBeNull()
})

it('refuses a token without a sign-in time, a forged one, and one from before a password change', async () => {
  const user = await makeUser('editor')
  expect(await userFromSessionToken(await token({ sub: user.id, sv: 0 }))).toBeNull()
  expect(await userFromSessionToken('not.a.token')).toBeNull()
  expect(await userFromSessionToken(await encode({ token: { sub: user.id, sv: 0, at: hoursAgo(0) }, secret: 'some-other-secret-0123456789abcdef' }))).toBeNull()
  expect(await userFromSessionToken(await token({ sub: user.id, sv: -1, at: hoursAgo(0) }))).toBeNull()
})
