import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { NOT_ALLOWED, NOT_SIGNED_IN, type AdminAction } from '@/lib/auth/admin-action'
import { ROLE_PERMISSIONS } from '@/lib/auth/permissions'
import { db } from '@/lib/db/client'
import type { Role } from '@/lib/generated/prisma/enums'
import { asUser, formData, makeUser } from '../support/admin-session'
import { databaseDigest } from '../support/database-digest'
import { makeCategory, makePost, makeAuthor, resetDatabase } from '../support/factories'
import { makePetition } from '../support/signing'

// Every server action is a public HTTP endpoint. This finds every 'use server' file under app/
// (the route tree) (so a new one can't be forgotten) and calls each without a session and with
// every role that lacks its permission: each must refuse, and the database must not change.

// The only server actions meant for people who are not signed in: a one-time link's token is
// what authorises them (tests/integration/admin-manages-users.test.ts covers its refusals).
const PUBLIC_ACTION_FILES = ['app/admin/set-password/[token]/public-actions.ts']

function serverActionFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return serverActionFiles(full)
    return /\.tsx?$/.test(entry.name) && /^\s*['"]use server['"]/.test(readFileSync(full, 'utf8')) ? [full] : []
  })
}

const found = serverActionFiles(path.resolve('app'))
const files = found.filter((f) => !PUBLIC_ACTION_FILES.includes(path.relative(process.cwd(), f)))
let targets: Record<string, string>

beforeAll(async () => {
  await resetDatabase()
  const author = await makeAuthor()
  const category = await makeCategory()
  const post = await makePost({ authorId: author.id, categoryIds: [category.id] })
  const petition = await makePetition()
  // Plausible values for whatever an action reads, so a refusal can only come from the check.
  targets = {
    id: post.id,
    petitionId: petition.id,
    subject: 'Changed',
    expected: '1',
    title: 'Changed',
    bodyHtml: '<p>Changed</p>',
    intent: 'publish',
    userId: author.id,
    role: 'admin',
    email: 'x@example.org',
    name: 'X',
    ipBurstLimit: '50',
    domainBurstLimit: '50',
    burstWindowMinutes: '10',
    minFillSeconds: '3',
  }
})

it('finds the server actions in the route tree, and no public one beyond the known list', () => {
  expect(files.length).toBeGreaterThan(3)
  expect(found.filter((f) => PUBLIC_ACTION_FILES.includes(path.relative(process.cwd(), f)))).toHaveLength(PUBLIC_ACTION_FILES.length)
})

describe.each(files.map((f) => [path.relative(process.cwd(), f)]))('%s', (file) => {
  it('refuses every action without a session, and every role without the permission, changing nothing', async () => {
    const actionsModule = (await import(/* @vite-ignore */ path.resolve(file))) as Record<string, unknown>
    const actions = Object.entries(actionsModule).filter(([, value]) => typeof value === 'function') as [string, AdminAction][]
    expect(actions.length).toBeGreaterThan(0)
    const before = await databaseDigest()
    for (const [name, action] of actions) {
      expect(action.permission, `${name} must be built with adminAction (or accountAction)`).toBeTruthy()
      expect(await asUser(null, () => action(null, formData(targets))), `${name} without a session`).toEqual({ ok: false, message: NOT_SIGNED_IN })
      for (const role of Object.keys(ROLE_PERMISSIONS) as Role[]) {
        if (ROLE_PERMISSIONS[role].includes(action.permission)) continue
        const user = await makeUser(role)
        const answer = await asUser(user, () => action(null, formData(targets)))
        expect(answer, `${name} as ${role}`).toEqual({ ok: false, message: NOT_ALLOWED })
        await db.user.delete({ where: { id: user.id } })
      }
    }
    expect(await databaseDigest()).toBe(before)
  })
})
