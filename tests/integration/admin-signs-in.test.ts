import { beforeEach, expect, it } from 'vitest'
import { disableUser } from '@/app/admin/(area)/users/actions'
import { signInWithPassword, SIGN_IN_FAILED, SIGN_IN_THROTTLED } from '@/lib/auth/sign-in'
import { WINDOW_MINUTES } from '@/lib/auth/sign-in-throttle'
import { db } from '@/lib/db/client'
import { asUser, formData, makeUser } from '../support/admin-session'
import { resetDatabase } from '../support/factories'
import { clearOfWindowEdge } from '../support/rate-limit-window'

// Signing in to the admin area: the answers must not reveal which emails have accounts, and
// guessing is stopped after a few tries.

const RIGHT = 'correct horse battery staple'
const IP = 'test-ip-hash'

beforeEach(resetDatabase)

// The guesses are counted in 15-minute windows: no test straddles a window's edge.
beforeEach(() => clearOfWindowEdge(WINDOW_MINUTES * 60))

it('gives the same answer for an unknown email and a wrong password', async () => {
  const editor = await makeUser('editor')
  const unknown = await signInWithPassword({ email: 'nobody@example.org', password: RIGHT }, IP)
  const wrong = await signInWithPassword({ email: editor.email, password: 'not the password' }, IP)
  expect(unknown).toEqual({ ok: false, message: SIGN_IN_FAILED })
  expect(wrong).toEqual(unknown)
})

it('refuses even the right password after 5 failures from one address, and logs the lock once', async () => {
  const editor = await makeUser('editor')
  for (let i = 0; i < 5; i++)
    expect(await signInWithPassword({ email: editor.email, password: `wrong ${i}` }, IP)).toMatchObject({ ok: false, message: SIGN_IN_FAILED })
  for (let i = 0; i < 3; i++) expect(await signInWithPassword({ email: editor.email, password: RIGHT }, IP)).toEqual({ ok: false, message: SIGN_IN_THROTTLED })
  expect(await db.auditEntry.count({ where: { action: 'sign-in.throttled', actorLabel: editor.email } })).toBe(1)
})

it('does not let a stranger lock the owner out from another address, but stops guesses spread over many', async () => {
  const editor = await makeUser('editor')
  for (let i = 0; i < 5; i++) await signInWithPassword({ email: editor.email, password: `wrong ${i}` }, 'attacker')
  expect(await signInWithPassword({ email: editor.email, password: RIGHT }, 'owner')).toMatchObject({ ok: true })
  for (let i = 0; i < 50; i++) await signInWithPassword({ email: editor.email, password: `wrong ${i}` }, `botnet-${i}`)
  expect(await signInWithPassword({ email: editor.email, password: RIGHT }, 'owner')).toEqual({ ok: false, message: SIGN_IN_THROTTLED })
})

it('counts guesses sent in parallel before checking any of them', async () => {
  const editor = await makeUser('editor')
  const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => signInWithPassword({ email: editor.email, password: `wrong ${i}` }, IP)))
  expect(answers.filter((a) => !a.ok && a.message === SIGN_IN_FAILED)).toHaveLength(5)
  expect(answers.filter((a) => !a.ok && a.message === SIGN_IN_THROTTLED)).toHaveLength(7)
  expect(await db.auditEntry.count({ where: { action: 'sign-in.failed' } })).toBe(5)
})

it('lets a successful sign-in cost nothing, so a person who signs in often is never locked', async () => {
  const editor = await makeUser('editor')
  for (let i = 0; i < 8; i++) expect(await signInWithPassword({ email: editor.email, password: RIGHT }, IP)).toMatchObject({ ok: true })
})

it('records failed and successful sign-ins in the audit log', async () => {
  const editor = await makeUser('editor')
  await signInWithPassword({ email: editor.email, password: 'not the password' }, IP)
  await signInWithPassword({ email: 'Nobody@Example.org', password: 'whatever it is' }, IP)
  expect(await signInWithPassword({ email: editor.email.toUpperCase(), password: RIGHT }, IP)).toMatchObject({ ok: true, user: { id: editor.id } })
  const entries = await db.auditEntry.findMany({ orderBy: { id: 'asc' }, select: { action: true, actorId: true, actorLabel: true, ipHash: true } })
  expect(entries).toEqual([
    { action: 'sign-in.failed', actorId: editor.id, actorLabel: editor.email, ipHash: IP },
    { action: 'sign-in.failed', actorId: null, actorLabel: 'nobody@example.org', ipHash: IP },
    { action: 'sign-in', actorId: editor.id, actorLabel: editor.email, ipHash: IP },
  ])
})

it('does not let a disabled account sign in, with the same answer as a wrong password', async () => {
  const admin = await makeUser('admin')
  const editor = await makeUser('editor')
  await asUser(admin, () => disableUser(null, formData({ userId: editor.id })))
  expect(await signInWithPassword({ email: editor.email, password: RIGHT }, IP)).toEqual({ ok: false, message: SIGN_IN_FAILED })
  expect(await db.auditEntry.findFirst({ where: { action: 'sign-in.failed', actorId: editor.id } })).toMatchObject({ summary: 'account disabled' })
})
