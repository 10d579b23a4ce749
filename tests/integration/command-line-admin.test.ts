import { beforeEach, expect, it } from 'vitest'
import { signInWithPassword } from '@/lib/auth/sign-in'
import { db } from '@/lib/db/client'
import { createAdmin } from '../../scripts/lib/create-admin'
import { DEMO_ADMIN_EMAIL, signInNote } from '../../scripts/lib/demo-admin'
import { resetDatabase } from '../support/factories'

// `npm run admin:create` and the demo admin `npm start` makes on a fresh embedded database.

beforeEach(resetDatabase)

it('admin:create makes an admin who can sign in, recorded as done from the command line', async () => {
  const result = await createAdmin(db, { name: 'Ada Admin', email: 'ada@example.org', password: 'a long enough password' }, 'command line')
  expect(result).toMatchObject({ ok: true })
  expect(await db.user.findUniqueOrThrow({ where: { email: 'ada@example.org' } })).toMatchObject({ role: 'admin', slug: 'ada-admin', disabledAt: null })
  expect(await signInWithPassword({ email: 'ada@example.org', password: 'a long enough password' }, null)).toMatchObject({ ok: true })
  expect(await db.auditEntry.findFirst({ where: { action: 'user.create' } })).toMatchObject({ actorId: null, actorLabel: 'command line' })

  expect(await createAdmin(db, { name: 'Ada Again', email: 'ada@example.org', password: 'another long password' }, 'command line')).toEqual({
    ok: false,
    reason: 'email-taken',
  })
  expect(await db.user.count()).toBe(1)
})

it('npm start prints the demo admin’s password once, then nothing, and a hint when no admin can sign in', async () => {
  expect(await signInNote(db, { createDemoAdmin: false, port: 3000 })).toEqual({ now: expect.stringMatching(/npm run admin:create/) })

  const note = await signInNote(db, { createDemoAdmin: true, port: 3123 })
  const password = note?.now.match(/with password (\S+)/)?.[1]
  expect(note?.now).toMatch(/Sign in at http:\/\/localhost:3123\/admin\/sign-in\s+as admin@example.org/)
  expect(password).toMatch(/^[A-Za-z0-9_-]{20}$/)
  expect(await signInWithPassword({ email: DEMO_ADMIN_EMAIL, password }, null)).toMatchObject({ ok: true })

  expect(await signInNote(db, { createDemoAdmin: false, port: 3123 })).toBeNull()
})
