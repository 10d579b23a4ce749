import { beforeEach, describe, expect, it } from 'vitest'
import { deletePostAction, savePostAction } from '@/app/admin/(area)/posts/actions'
import { db } from '@/lib/db/client'
import { getPublishedPostBySlug } from '@/lib/posts/queries'
import { asUser, formData, makeUser } from '../support/admin-session'
import { makeCategory, resetDatabase } from '../support/factories'

// An editor writes, saves, publishes, schedules, unpublishes and deletes posts through the
// same server actions the editor screen calls, against a real PostgreSQL.

type User = Awaited<ReturnType<typeof makeUser>>
let editor: User
let category: { id: string }

beforeEach(async () => {
  await resetDatabase()
  editor = await makeUser('editor')
  category = await makeCategory('Articles')
})

const save = (user: User, values: Record<string, string | string[]>) => asUser(user, () => savePostAction(null, formData(values)))

describe('an editor writes a post', () => {
  it('saves a draft that readers cannot see, with a slug and an excerpt made from the text', async () => {
    const result = await save(editor, {
      intent: 'save',
      title: 'Free Ana Ruiz now!',
      bodyHtml: '<p>Ana Ruiz has been held without trial for three months. Write to the embassy today.</p>',
    })
    expect(result).toMatchObject({ ok: true, message: 'Saved.' })
    const post = await db.post.findFirstOrThrow({ include: { categories: true } })
    expect(post).toMatchObject({ slug: 'free-ana-ruiz-now', status: 'draft', authorId: editor.id, updatedById: editor.id })
    expect(post.excerpt).toBe('Ana Ruiz has been held without trial for three months. Write to the embassy today.')
    expect(post.categories.map((c) => c.categoryId)).toEqual([category.id])
    expect(await getPublishedPostBySlug('free-ana-ruiz-now')).toBeNull()
  })

  it('publishes it, and readers see it with the byline and source the editor gave', async () => {
    const draft = await save(editor, { intent: 'save', title: 'Letter from the miners', bodyHtml: '<p>We thank you.</p>' })
    const post = await db.post.findFirstOrThrow()
    const published = await save(editor, {
      id: post.id,
      baseUpdatedAt: post.updatedAt.toISOString(),
      intent: 'publish',
      title: 'Letter from the miners',
      slug: 'letter-from-the-miners',
      bodyHtml: '<p>We thank you.</p><script>alert(1)</script>',
      byline: 'Ivan Petrov, union chair',
      sourceName: 'Labour Start',
      sourceUrl: 'https://example.org/letter',
      'categoryIds[]': [category.id],
    })
    expect(draft.ok).toBe(true)
    expect(published).toMatchObject({ ok: true, message: 'Published. Readers see it now.' })
    const seen = await getPublishedPostBySlug('letter-from-the-miners')
    expect(seen).toMatchObject({
      title: 'Letter from the miners',
      byline: 'Ivan Petrov, union chair',
      source: { name: 'Labour Start', url: 'https://example.org/letter' },
    })
    expect(seen?.bodyHtml).toBe('<p>We thank you.</p>')
    expect(await db.auditEntry.findMany({ orderBy: { id: 'asc' }, select: { action: true, actorId: true } })).toEqual([
      { action: 'post.create', actorId: editor.id },
      { action: 'post.publish', actorId: editor.id },
    ])
  })

  it('refuses to publish an empty post or schedule one in the past, and says which field to fix', async () => {
    expect(await save(editor, { intent: 'publish', title: 'Empty', bodyHtml: '<p> </p>' })).toMatchObject({
      ok: false,
      fieldErrors: { bodyHtml: expect.stringContaining('needs some text') },
    })
    expect(await save(editor, { intent: 'schedule', title: 'Late', bodyHtml: '<p>Text</p>', publishAt: '2020-01-01T10:00:00.000Z' })).toMatchObject({
      ok: false,
      fieldErrors: { publishAt: expect.stringContaining('future') },
    })
    expect(await save(editor, { intent: 'save', title: '', bodyHtml: '' })).toMatchObject({ ok: false, fieldErrors: { title: 'Give the post a title.' } })
    expect(await db.post.count()).toBe(0)
  })

  it('schedules a post, which stays hidden until its time', async () => {
    const at = new Date(Date.now() + 3_600_000).toISOString()
    expect(await save(editor, { intent: 'schedule', title: 'Day of action', bodyHtml: '<p>Join us.</p>', publishAt: at })).toMatchObject({ ok: true })
    expect(await db.post.findFirstOrThrow()).toMatchObject({ status: 'scheduled', publishedAt: new Date(at) })
    expect(await getPublishedPostBySlug('day-of-action')).toBeNull()
  })

  it('tells the editor when a typed slug is taken, and numbers a generated one', async () => {
    await save(editor, { intent: 'save', title: 'Vigil', bodyHtml: '' })
    expect(await save(editor, { intent: 'save', title: 'Vigil', bodyHtml: '' })).toMatchObject({ ok: true })
    expect((await db.post.findMany({ orderBy: { createdAt: 'asc' } })).map((p) => p.slug)).toEqual(['vigil', 'vigil-2'])
    // The editor sends the slug it filled in from the title: that is still a generated one.
    expect(await save(editor, { intent: 'save', title: 'Vigil', slug: 'vigil', bodyHtml: '' })).toMatchObject({ ok: true, data: { slug: 'vigil-3' } })
    expect(await save(editor, { intent: 'save', title: 'Other', slug: 'vigil', bodyHtml: '' })).toMatchObject({
      ok: false,
      fieldErrors: { slug: expect.stringContaining('already uses /posts/vigil') },
    })
  })

  it('keeps the first of two concurrent saves and tells the second editor whose change won', async () => {
    const second = await makeUser('editor')
    await db.user.update({ where: { id: editor.id }, data: { name: 'Maria Keller' } })
    await save(editor, { intent: 'save', title: 'Original', bodyHtml: '<p>v1</p>' })
    const post = await db.post.findFirstOrThrow()
    const base = post.updatedAt.toISOString()
    expect(await save(editor, { id: post.id, baseUpdatedAt: base, intent: 'save', title: 'Maria’s version', bodyHtml: '<p>v2</p>' })).toMatchObject({
      ok: true,
    })
    const late = await save(second, { id: post.id, baseUpdatedAt: base, intent: 'save', title: 'Tomas’s version', bodyHtml: '<p>v3</p>' })
    expect(late).toMatchObject({ ok: false, message: expect.stringMatching(/^Maria Keller saved this post at .* Their version is kept/) })
    expect(await db.post.findFirstOrThrow()).toMatchObject({ title: 'Maria’s version' })
  })

  it('lets only an admin publish under another author’s name', async () => {
    const admin = await makeUser('admin')
    await save(editor, { intent: 'save', title: 'As someone else', bodyHtml: '', authorId: admin.id })
    expect((await db.post.findFirstOrThrow()).authorId).toBe(editor.id)
    await save(admin, { intent: 'save', title: 'For Maria', bodyHtml: '', authorId: editor.id })
    expect((await db.post.findFirstOrThrow({ where: { title: 'For Maria' } })).authorId).toBe(editor.id)
  })

  it('unpublishes a post, then deletes it, each in the audit log', async () => {
    await save(editor, { intent: 'publish', title: 'Gone soon', bodyHtml: '<p>Text</p>' })
    const post = await db.post.findFirstOrThrow()
    await save(editor, { id: post.id, baseUpdatedAt: post.updatedAt.toISOString(), intent: 'unpublish', title: 'Gone soon', bodyHtml: '<p>Text</p>' })
    expect(await getPublishedPostBySlug('gone-soon')).toBeNull()
    await expect(asUser(editor, () => deletePostAction(null, formData({ id: post.id })))).rejects.toMatchObject({
      digest: expect.stringContaining('NEXT_REDIRECT'),
    })
    expect(await db.post.count()).toBe(0)
    expect((await db.auditEntry.findMany({ orderBy: { id: 'asc' } })).map((e) => e.action)).toEqual(['post.create+publish', 'post.unpublish', 'post.delete'])
  })
})
