import { beforeEach, expect, it } from 'vitest'
import { deletePageAction, movePageAction, savePageAction } from '@/app/admin/(area)/pages/actions'
import { tagsForChanges } from '@/lib/content/changes'
import { db } from '@/lib/db/client'
import { getPublishedPageBySlug, listNavPages } from '@/lib/pages/queries'
import { asUser, formData, makeUser } from '../support/admin-session'
import { resetDatabase } from '../support/factories'

// An editor writes the campaign's standalone pages (About, Aims, Donate) and orders the menu.

let editor: Awaited<ReturnType<typeof makeUser>>
beforeEach(async () => {
  await resetDatabase()
  editor = await makeUser('editor')
})

const save = (values: Record<string, string>) => asUser(editor, () => savePageAction(null, formData(values)))

it('publishes a page at its own address, in the menu, with its text sanitised', async () => {
  expect(
    await save({ intent: 'save', title: 'About the campaign', bodyHtml: '<p>Who we are.</p><img src=x onerror=alert(1)>', showInNav: 'on' }),
  ).toMatchObject({ ok: true, message: 'Saved.' })
  expect(await getPublishedPageBySlug('about-the-campaign')).toBeNull()
  const page = await db.page.findFirstOrThrow()
  expect(
    await save({
      id: page.id,
      baseUpdatedAt: page.updatedAt.toISOString(),
      intent: 'publish',
      title: 'About the campaign',
      slug: 'about',
      bodyHtml: '<p>Who we are.</p>',
      showInNav: 'on',
    }),
  ).toMatchObject({ ok: true })
  expect(await getPublishedPageBySlug('about')).toMatchObject({ title: 'About the campaign', bodyHtml: '<p>Who we are.</p>' })
  expect(await listNavPages()).toEqual([{ id: page.id, title: 'About the campaign', slug: 'about' }])
  expect(await tagsForChanges([`pages:${page.id}`])).toEqual([`page:${page.id}`, 'pages'])
  expect((await db.auditEntry.findMany({ orderBy: { id: 'asc' } })).map((e) => e.action)).toEqual(['page.create', 'page.publish'])
})

it('refuses an address the site already uses, or another page’s', async () => {
  expect(await save({ intent: 'save', title: 'Posts', slug: 'posts', bodyHtml: '' })).toMatchObject({
    ok: false,
    fieldErrors: { slug: 'The site already uses this address; choose another slug.' },
  })
  await save({ intent: 'save', title: 'Volunteer', bodyHtml: '' })
  expect(await save({ intent: 'save', title: 'Help', slug: 'volunteer', bodyHtml: '' })).toMatchObject({
    ok: false,
    fieldErrors: { slug: expect.stringContaining('already uses /volunteer') },
  })
  // The donate page is the site's own (lib/donations), configured in the admin area.
  expect(await save({ intent: 'save', title: 'Give', slug: 'donate', bodyHtml: '' })).toMatchObject({
    ok: false,
    fieldErrors: { slug: 'The site already uses this address; choose another slug.' },
  })
  // A title that makes a reserved slug gets a numbered one instead.
  expect(await save({ intent: 'save', title: 'Search', bodyHtml: '' })).toMatchObject({ ok: true })
  expect((await db.page.findFirstOrThrow({ where: { title: 'Search' } })).slug).toBe('search-2')
})

it('orders the menu with up and down, and leaves unlisted or draft pages out of it', async () => {
  for (const title of ['About', 'Aims', 'Donate']) await save({ intent: 'publish', title, bodyHtml: `<p>${title} text.</p>`, showInNav: 'on' })
  await save({ intent: 'publish', title: 'Privacy', bodyHtml: '<p>Privacy text.</p>' })
  await save({ intent: 'save', title: 'Draft', bodyHtml: '', showInNav: 'on' })
  const donate = await db.page.findFirstOrThrow({ where: { title: 'Donate' } })
  await asUser(editor, () => movePageAction(null, formData({ id: donate.id, direction: 'up' })))
  expect((await listNavPages()).map((p) => p.title)).toEqual(['About', 'Donate', 'Aims'])
})

it('deletes a page after its confirmation, and a moderator can do none of this', async () => {
  await save({ intent: 'publish', title: 'Contact', bodyHtml: '<p>Write to us.</p>' })
  const page = await db.page.findFirstOrThrow()
  const moderator = await makeUser('moderator')
  expect(await asUser(moderator, () => deletePageAction(null, formData({ id: page.id })))).toMatchObject({ ok: false })
  await expect(asUser(editor, () => deletePageAction(null, formData({ id: page.id })))).rejects.toMatchObject({
    digest: expect.stringContaining('NEXT_REDIRECT'),
  })
  expect(await db.page.count()).toBe(0)
})
