import { beforeEach, expect, it } from 'vitest'
import { recordAudit } from '@/lib/audit/record'
import { AUDIT_PAGE_SIZE, listAuditActions, listAuditEntries } from '@/lib/audit/queries'
import { db } from '@/lib/db/client'
import { makeUser } from '../support/admin-session'
import { resetDatabase } from '../support/factories'

// The audit log screen's reads: newest first, a page at a time, filtered by who, what and when.

beforeEach(resetDatabase)

async function entryAt(at: string, actor: { id: string | null; label: string }, action: string) {
  await recordAudit(db, actor, { action, entityType: 'user', entityId: actor.id ?? undefined })
  await db.auditEntry.updateMany({ where: { at: { gt: new Date(Date.now() - 60_000) } }, data: { at: new Date(at) } })
}

it('an admin pages through the log, newest first, and filters it by who, what and when', async () => {
  const admin = await makeUser('admin')
  const editor = await makeUser('editor')
  await entryAt('2026-01-10T12:00:00Z', { id: admin.id, label: admin.email }, 'user.create')
  await entryAt('2026-01-20T23:59:00Z', { id: editor.id, label: editor.email }, 'post.publish')
  await entryAt('2026-01-21T00:00:00Z', { id: null, label: 'command line' }, 'user.create')

  const all = await listAuditEntries({}, 1)
  expect(all.entries.map((e) => e.at.toISOString())).toEqual(['2026-01-21T00:00:00.000Z', '2026-01-20T23:59:00.000Z', '2026-01-10T12:00:00.000Z'])
  expect(all.entries[2]).toMatchObject({ actorName: 'Test admin', actorLabel: admin.email, entityType: 'user', entityId: admin.id })
  expect(all.hasOlder).toBe(false)

  expect((await listAuditEntries({ actorId: editor.id }, 1)).entries.map((e) => e.action)).toEqual(['post.publish'])
  expect((await listAuditEntries({ action: 'user.create' }, 1)).entries).toHaveLength(2)
  // "to" includes its whole day; "from" starts at midnight UTC.
  expect((await listAuditEntries({ from: '2026-01-11', to: '2026-01-20' }, 1)).entries.map((e) => e.action)).toEqual(['post.publish'])
  expect((await listAuditEntries({ from: '2026-01-21' }, 1)).entries.map((e) => e.actorLabel)).toEqual(['command line'])
  expect(await listAuditActions()).toEqual(['post.publish', 'user.create'])
})

it('shows 50 entries a page and says when there are older ones', async () => {
  await db.auditEntry.createMany({
    data: Array.from({ length: AUDIT_PAGE_SIZE + 3 }, (_, i) => ({
      actorLabel: 'x',
      action: 'test.entry',
      summary: String(i),
      at: new Date(Date.UTC(2026, 0, 1, 0, i)),
    })),
  })
  const first = await listAuditEntries({}, 1)
  expect(first.entries).toHaveLength(AUDIT_PAGE_SIZE)
  expect(first.entries[0]!.summary).toBe(String(AUDIT_PAGE_SIZE + 2))
  expect(first.hasOlder).toBe(true)
  const second = await listAuditEntries({}, 2)
  expect(second.entries.map((e) => e.summary)).toEqual(['2', '1', '0'])
  expect(second.hasOlder).toBe(false)
})
