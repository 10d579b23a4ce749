import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { changeUserRole, disableUser, enableUser, inviteUser, sendPasswordLink } from '@/app/admin/(area)/users/actions'
import { setPasswordWithLink } from '@/app/admin/set-password/[token]/public-actions'
import { NOT_ALLOWED, NOT_SIGNED_IN } from '@/lib/auth/admin-action'
import { checkPasswordLink, LINK_UNUSABLE } from '@/lib/auth/password-links'
import { getCurrentUser } from '@/lib/auth/session'
import { signInWithPassword } from '@/lib/auth/sign-in'
import { changeRole, EMAIL_TAKEN } from '@/lib/auth/users'
import { db } from '@/lib/db/client'
import { runJobsOnce } from '@/lib/jobs/worker'
import { asUser, formData, makeUser } from '../support/admin-session'
import { resetDatabase } from '../support/factories'

// Admins add people by invitation, change roles, disable accounts and send password links.
// Emails go to a temporary outbox (no SMTP_URL), read back as the invitee would.

let dataDir: string
const outbox = () => path.join(dataDir, 'outbox')

beforeAll(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'placard-users-'))
  process.env.PLACARD_DATA_DIR = dataDir
  delete process.env.SMTP_URL
})
afterAll(() => {
  delete process.env.PLACARD_DATA_DIR
  rmSync(dataDir, { recursive: true, force: true })
})
beforeEach(async () => {
  await resetDatabase()
  rmSync(outbox(), { recursive: true, force: true })
})

function emailsTo(address: string): string[] {
  const files = readdirSync(outbox())
    .filter((f) => f.endsWith('.eml'))
    .sort()
  return files.map((f) => readFileSync(path.join(outbox(), f), 'utf8')).filter((raw) => raw.includes(`To: ${address}\r\n`))
}

const tokenIn = (raw: string) => raw.match(/\/admin\/set-password\/([A-Za-z0-9_-]{43})/)?.[1]
const PASSWORD = 'a long and new password'

async function invite(admin: { id: string; sessionVersion: number }, values = { name: 'Rosa Fischer', email: 'Rosa.Fischer@Example.org', role: 'editor' }) {
  return asUser(admin, () => inviteUser(null, formData(values)))
}
const setPassword = (token: string, password = PASSWORD, repeat = password) =>
  asUser(null, () => setPasswordWithLink(null, formData({ token, password, repeat })))

describe('an admin invites an editor', () => {
  it('who chooses a password through the emailed link, once, and can then sign in', async () => {
    const admin = await makeUser('admin')
    expect(await invite(admin)).toMatchObject({ ok: true, message: expect.stringMatching(/Rosa Fischer is invited.*7 days/) })

    const rosa = await db.user.findUniqueOrThrow({
      where: { email: 'rosa.fischer@example.org' },
      select: { id: true, role: true, slug: true, passwordHash: true },
    })
    expect(rosa).toMatchObject({ role: 'editor', slug: 'rosa-fischer', passwordHash: null })
    const job = await db.job.findFirstOrThrow({ where: { kind: 'password-link-email' } })
    expect(job.payload).toMatchObject({ link: expect.stringMatching(/\/admin\/set-password\//) })
    expect(await db.auditEntry.findFirst({ where: { action: 'user.create', actorId: admin.id, entityId: rosa.id } })).not.toBeNull()

    expect(await runJobsOnce()).toBe(1)
    const [email] = emailsTo('rosa.fischer@example.org')
    expect(email).toMatch(/Subject: You’re invited to help run|Subject: =\?UTF-8/)
    expect(email).toMatch(/Test admin has invited you .* as an editor/)
    expect(email).toMatch(/works once, for 7 days/)
    expect(email).toMatch(/didn’t expect this invitation, just ignore this email/)
    // The link was only kept until it was sent.
    expect((await db.job.findUniqueOrThrow({ where: { id: job.id } })).payload).not.toHaveProperty('link')

    const token = tokenIn(email!)!
    expect(await checkPasswordLink(token)).toMatchObject({ ok: true, purpose: 'invite', email: 'rosa.fischer@example.org' })
    expect(await setPassword(token, PASSWORD, 'something else entirely')).toMatchObject({ ok: false, fieldErrors: { repeat: expect.any(String) } })
    expect(await setPassword(token)).toMatchObject({ ok: true })
    expect(await signInWithPassword({ email: 'rosa.fischer@example.org', password: PASSWORD }, null)).toMatchObject({ ok: true })

    expect(await setPassword(token, 'yet another new password')).toEqual({ ok: false, message: LINK_UNUSABLE })
    expect(await signInWithPassword({ email: 'rosa.fischer@example.org', password: PASSWORD }, null)).toMatchObject({ ok: true })
    expect(await db.auditEntry.count({ where: { action: 'user.password-set', actorId: rosa.id } })).toBe(1)
  })

  it('is told clearly when the email address already has an account', async () => {
    const admin = await makeUser('admin')
    const result = await invite(admin, { name: 'Someone', email: admin.email.toUpperCase(), role: 'moderator' })
    expect(result).toMatchObject({ ok: false, message: EMAIL_TAKEN, fieldErrors: { email: expect.any(String) } })
    expect(await db.user.count()).toBe(1)
    expect(await db.job.count()).toBe(0)
  })

  it('and an expired link is refused', async () => {
    const admin = await makeUser('admin')
    await invite(admin)
    await runJobsOnce()
    const token = tokenIn(emailsTo('rosa.fischer@example.org')[0]!)!
    await db.passwordToken.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } })
    expect(await checkPasswordLink(token)).toEqual({ ok: false })
    expect(await setPassword(token)).toEqual({ ok: false, message: LINK_UNUSABLE })
    expect(await setPassword('not-a-token')).toEqual({ ok: false, message: LINK_UNUSABLE })
  })
})

describe('an admin manages an existing user', () => {
  it('changes their role, which their very next request shows', async () => {
    const admin = await makeUser('admin')
    const editor = await makeUser('editor')
    const result = await asUser(admin, () => changeUserRole(null, formData({ userId: editor.id, role: 'moderator' })))
    expect(result).toMatchObject({ ok: true, message: expect.stringMatching(/now a moderator/) })
    expect(await asUser(editor, () => getCurrentUser())).toMatchObject({ id: editor.id, role: 'moderator' })
    expect(await db.auditEntry.findFirst({ where: { action: 'user.role', entityId: editor.id } })).toMatchObject({
      summary: expect.stringMatching(/editor → moderator/),
    })
  })

  it('disables them, which ends their sessions at once and stops them signing in, until re-enabled', async () => {
    const admin = await makeUser('admin')
    const editor = await makeUser('editor')
    expect(await asUser(editor, () => getCurrentUser())).not.toBeNull()
    expect(await asUser(admin, () => disableUser(null, formData({ userId: editor.id })))).toMatchObject({ ok: true })
    expect(await asUser(editor, () => getCurrentUser())).toBeNull()
    expect(await signInWithPassword({ email: editor.email, password: 'correct horse battery staple' }, null)).toMatchObject({ ok: false })

    expect(await asUser(admin, () => enableUser(null, formData({ userId: editor.id })))).toMatchObject({ ok: true })
    // The old session stays ended; signing in again works.
    expect(await asUser(editor, () => getCurrentUser())).toBeNull()
    expect(await signInWithPassword({ email: editor.email, password: 'correct horse battery staple' }, null)).toMatchObject({ ok: true })
    expect(
      await db.auditEntry.findMany({ where: { entityId: editor.id, action: { startsWith: 'user.' } }, select: { action: true }, orderBy: { id: 'asc' } }),
    ).toEqual([{ action: 'user.disable' }, { action: 'user.enable' }])
  })

  it('sends a reset link that works for an hour and replaces any earlier link', async () => {
    const admin = await makeUser('admin')
    const editor = await makeUser('editor')
    await asUser(admin, () => sendPasswordLink(null, formData({ userId: editor.id })))
    expect(await asUser(admin, () => sendPasswordLink(null, formData({ userId: editor.id })))).toMatchObject({
      ok: true,
      message: expect.stringMatching(/one hour/),
    })
    const tokens = await db.passwordToken.findMany({ where: { userId: editor.id } })
    expect(tokens).toHaveLength(1)
    expect(tokens[0]!.purpose).toBe('reset')
    expect(tokens[0]!.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(3600_000)
    // The first job finds its link replaced and sends nothing; the second sends.
    await runJobsOnce()
    const emails = emailsTo(editor.email)
    expect(emails).toHaveLength(1)
    expect(emails[0]).toMatch(/asked for a password reset link/)
    expect(await setPassword(tokenIn(emails[0]!)!)).toMatchObject({ ok: true })
    expect(await signInWithPassword({ email: editor.email, password: PASSWORD }, null)).toMatchObject({ ok: true })
    expect(await db.auditEntry.count({ where: { action: 'user.password-link', entityId: editor.id } })).toBe(2)
  })

  it('can’t disable themselves, take away their own admin role, or leave the site without an admin', async () => {
    const admin = await makeUser('admin')
    expect(await asUser(admin, () => disableUser(null, formData({ userId: admin.id })))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/can’t disable your own account/),
    })
    expect(await asUser(admin, () => changeUserRole(null, formData({ userId: admin.id, role: 'editor' })))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/own admin role/),
    })
    // A change made from elsewhere (another admin whose account is meanwhile disabled, a script).
    await expect(db.$transaction((tx) => changeRole(tx, '00000000-0000-4000-8000-000000000000', admin.id, 'editor'))).rejects.toThrow(/only enabled admin/)
    expect(await db.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({ role: 'admin', disabledAt: null })
  })
})

it('a moderator, an editor and a stranger are refused by every users action, and nothing changes', async () => {
  await makeUser('admin')
  const target = await makeUser('editor')
  const count = async () => [
    await db.user.count({ where: { disabledAt: null, role: 'editor' } }),
    await db.job.count(),
    await db.passwordToken.count(),
    await db.auditEntry.count(),
  ]
  const before = await count()
  const actions = [inviteUser, changeUserRole, disableUser, enableUser, sendPasswordLink]
  const values = formData({ userId: target.id, role: 'admin', name: 'Intruder', email: 'intruder@example.org' })
  for (const role of ['moderator', 'editor'] as const) {
    const user = await makeUser(role)
    for (const action of actions) expect(await asUser(user, () => action(null, values))).toEqual({ ok: false, message: NOT_ALLOWED })
  }
  for (const action of actions) expect(await asUser(null, () => action(null, values))).toEqual({ ok: false, message: NOT_SIGNED_IN })
  expect(await count()).toEqual([before[0]! + 1, before[1], before[2], before[3]])
  expect(await db.user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ role: 'editor', disabledAt: null })
})
