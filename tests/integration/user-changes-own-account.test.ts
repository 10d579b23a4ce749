import { beforeEach, expect, it } from 'vitest'
import { changeOwnNameAction, changeOwnPasswordAction } from '@/app/admin/(area)/account/actions'
import { WRONG_CURRENT } from '@/lib/auth/account'
import { getCurrentUser } from '@/lib/auth/session'
import { signInWithPassword } from '@/lib/auth/sign-in'
import { db } from '@/lib/db/client'
import { asUser, formData, makeUser } from '../support/admin-session'
import { resetDatabase } from '../support/factories'

// Anyone signed in, whatever their role, manages their own name and password.

const OLD = 'correct horse battery staple'
const NEW = 'a brand new long password'

beforeEach(resetDatabase)

it('a moderator renames themselves', async () => {
  const moderator = await makeUser('moderator')
  expect(await asUser(moderator, () => changeOwnNameAction(null, formData({ name: '  Mira Moderator ' })))).toMatchObject({ ok: true })
  expect(await asUser(moderator, () => getCurrentUser())).toMatchObject({ name: 'Mira Moderator', role: 'moderator' })
  expect(await db.auditEntry.findFirst({ where: { action: 'account.name' } })).toMatchObject({ actorId: moderator.id })
})

it('an editor changes their password with the current one, and every session ends', async () => {
  const editor = await makeUser('editor')
  const wrong = await asUser(editor, () => changeOwnPasswordAction(null, formData({ current: 'not my password', password: NEW, repeat: NEW })))
  expect(wrong).toMatchObject({ ok: false, fieldErrors: { current: WRONG_CURRENT } })
  expect(await asUser(editor, () => changeOwnPasswordAction(null, formData({ current: OLD, password: NEW, repeat: 'different' })))).toMatchObject({
    ok: false,
    fieldErrors: { repeat: expect.any(String) },
  })

  expect(await asUser(editor, () => changeOwnPasswordAction(null, formData({ current: OLD, password: NEW, repeat: NEW })))).toMatchObject({
    ok: true,
    message: expect.stringMatching(/sign in again/),
  })
  expect(await asUser(editor, () => getCurrentUser())).toBeNull()
  expect(await signInWithPassword({ email: editor.email, password: OLD }, null)).toMatchObject({ ok: false })
  expect(await signInWithPassword({ email: editor.email, password: NEW }, null)).toMatchObject({ ok: true })
  expect(await db.auditEntry.count({ where: { action: 'account.password', actorId: editor.id } })).toBe(1)
})
