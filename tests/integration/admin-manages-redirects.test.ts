import { beforeEach, describe, expect, it } from 'vitest'
import { deleteRedirectAction, saveRedirectAction } from '@/app/admin/(area)/redirects/actions'
import type { ActionState } from '@/lib/action-state'
import { NOT_ALLOWED, NOT_SIGNED_IN } from '@/lib/auth/admin-action'
import { db } from '@/lib/db/client'
import { listRedirects, REDIRECTS_PAGE_SIZE } from '@/lib/redirects/redirects'
import { asUser, formData, makeUser } from '../support/admin-session'
import { databaseDigest } from '../support/database-digest'
import { makeAuthor, makeCategory, makePost, resetDatabase } from '../support/factories'

// An admin keeps old links working by hand at /admin/redirects: adds, edits and deletes
// redirects, each recorded in the audit log. A redirect that would hide a live page, go round in
// a circle, start a chain, leave the site unasked or repeat an old address is refused with words
// saying why, and stores nothing. Nobody but an admin may touch them.

type Admin = Awaited<ReturnType<typeof makeUser>>
let admin: Admin

beforeEach(async () => {
  await resetDatabase()
  await db.$executeRawUnsafe('TRUNCATE redirects')
  admin = await makeUser('admin')
})

const save = (fields: Record<string, string>, as: Admin | null = admin) => asUser(as, () => saveRedirectAction(null, formData(fields)))
const remove = (id: string, as: Admin | null = admin) => asUser(as, () => deleteRedirectAction(null, formData({ id })))
const words = (state: ActionState) => (state.ok ? state.message : [state.message, ...Object.values(state.fieldErrors ?? {})].join(' | '))

describe('an admin manages redirects', () => {
  it('adds, edits and deletes a redirect, each in the audit log', async () => {
    const added = await save({ from: 'https://old.example.org/2019/05/vigil/?utm_source=x', to: '/petitions', status: '301' })
    expect(added).toMatchObject({ ok: true })
    const row = await db.redirect.findFirstOrThrow()
    // Pasted whole from the old site: only the path and query count, kept without the trailing slash.
    expect(row).toMatchObject({ fromPath: '/2019/05/vigil', fromQuery: 'utm_source=x', toPath: '/petitions', status: 301, source: 'admin' })

    expect(await save({ id: row.id, from: '/2019/05/vigil', to: '/archive', status: '302' })).toMatchObject({ ok: true })
    expect(await db.redirect.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      fromPath: '/2019/05/vigil',
      fromQuery: '',
      toPath: '/archive',
      status: 302,
    })

    const deleted = await remove(row.id).catch((error: { digest?: string }) => error.digest)
    expect(deleted).toMatch(/^NEXT_REDIRECT;.*\/admin\/redirects\?deleted=1/)
    expect(await db.redirect.count()).toBe(0)

    const log = await db.auditEntry.findMany({ where: { entityType: 'redirect' }, orderBy: { at: 'asc' } })
    expect(log.map((e) => [e.action, e.actorId])).toEqual([
      ['redirect.create', admin.id],
      ['redirect.update', admin.id],
      ['redirect.delete', admin.id],
    ])
    expect(log[1]!.summary).toBe('/2019/05/vigil?utm_source=x → /petitions (301) became /2019/05/vigil → /archive (302)')
  })

  it('refuses bad redirects with words saying why, and stores nothing', async () => {
    const author = await makeAuthor()
    const category = await makeCategory('Letters')
    const post = await makePost({ authorId: author.id, categoryIds: [category.id], title: 'Winter vigil' })
    await db.page.create({ data: { title: 'Contact us', slug: 'contact', bodyHtml: '<p>x</p>' } })
    await save({ from: '/old-a', to: '/petitions' })
    await save({ from: '/old-b', to: '/old-target' })

    const cases: [Record<string, string>, RegExp][] = [
      [{ from: `/posts/${post.slug}`, to: '/archive' }, /is the post “Winter vigil”: a redirect from it would hide it/],
      [{ from: '/contact', to: '/archive' }, /is the page “Contact us”/],
      [{ from: `/category/${category.slug}`, to: '/archive' }, /is the category “Letters”/],
      [{ from: '/', to: '/archive' }, /is the home page/],
      [{ from: '/admin/users', to: '/archive' }, /Placard’s own pages/],
      [{ from: '/go-round', to: '/go-round/' }, /the old one: browsers would go round in a circle/],
      [{ from: '/old-c', to: '/old-a' }, /itself redirects to \/petitions\. Point this one straight at \/petitions/],
      [{ from: '/old-target', to: '/archive' }, /\/old-b already redirects to \/old-target, which would make a chain/],
      [{ from: '/old-a', to: '/archive' }, /\/old-a already redirects to \/petitions\. Edit that redirect instead/],
      [{ from: '/old-d', to: 'https://elsewhere.example.org/x' }, /leads to another site\. Tick “Lead to another site”/],
      [{ from: '/old-d', to: '//elsewhere.example.org/x' }, /leads to another site/],
      [{ from: '/old-d', to: 'javascript:alert(1)', allowOffsite: 'on' }, /Start the new address with \/ \(a page on this site\) or https:\/\//],
      [{ from: '/old-d', to: 'https://nodot', allowOffsite: 'on' }, /isn’t a web address/],
      [{ from: 'old-d', to: '/archive' }, /as a path on this site/],
      [{ from: '/old-d#top', to: '/archive' }, /Leave out the part after #/],
      [{ from: '/a/../admin', to: '/archive' }, /as a path on this site/],
      [{ from: '/old-d', to: '/archive', status: '307' }, /Choose 301 .* or 302/],
      [{ from: '/old-d', to: '' }, /Enter where the old address should lead/],
    ]
    for (const [fields, says] of cases) {
      const before = await databaseDigest()
      const state = await save(fields)
      expect(state.ok, JSON.stringify(fields)).toBe(false)
      expect(words(state), JSON.stringify(fields)).toMatch(says)
      expect(await databaseDigest(), JSON.stringify(fields)).toBe(before)
    }
    // The slashed twin of a live page may lead to it (as an import's /category/news/ does).
    expect(await save({ from: `/category/${category.slug}/`, to: `/category/${category.slug}` })).toMatchObject({ ok: true })
    expect(await db.redirect.findFirst({ where: { fromPath: `/category/${category.slug}/` } })).not.toBeNull()
    // Leaving the site is fine once ticked.
    expect(await save({ from: '/old-d', to: 'https://elsewhere.example.org/x', allowOffsite: 'on' })).toMatchObject({ ok: true })
  })

  it('refuses editors, moderators and the signed-out, who change nothing', async () => {
    await save({ from: '/kept', to: '/petitions' })
    const row = await db.redirect.findFirstOrThrow()
    for (const role of ['editor', 'moderator'] as const) {
      const someone = await makeUser(role)
      const stamp = await databaseDigest()
      expect(await save({ from: '/new', to: '/petitions' }, someone)).toEqual({ ok: false, message: NOT_ALLOWED })
      expect(await save({ id: row.id, from: '/kept', to: '/archive' }, someone)).toEqual({ ok: false, message: NOT_ALLOWED })
      expect(await remove(row.id, someone)).toEqual({ ok: false, message: NOT_ALLOWED })
      expect(await databaseDigest()).toBe(stamp)
    }
    expect(await save({ from: '/new', to: '/petitions' }, null)).toEqual({ ok: false, message: NOT_SIGNED_IN })
    expect(await db.redirect.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ fromPath: '/kept', toPath: '/petitions' })
  })

  it('lists redirects a page at a time and finds them by either address', async () => {
    await db.redirect.createMany({
      data: Array.from({ length: REDIRECTS_PAGE_SIZE + 5 }, (_, i) => ({
        fromPath: `/2014/0${(i % 9) + 1}/post-${i}`,
        toPath: `/posts/post-${i}`,
        source: 'wordpress',
      })),
    })
    const first = await listRedirects({ q: '', page: 1 })
    expect(first).toMatchObject({ total: REDIRECTS_PAGE_SIZE + 5, pageCount: 2 })
    expect(first.rows).toHaveLength(REDIRECTS_PAGE_SIZE)
    expect((await listRedirects({ q: '', page: 2 })).rows).toHaveLength(5)
    expect((await listRedirects({ q: 'POST-17', page: 1 })).rows.map((r) => r.toPath)).toEqual(['/posts/post-17'])
    expect((await listRedirects({ q: '%', page: 1 })).total).toBe(0)
  })
})
