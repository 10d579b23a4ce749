import { beforeEach, expect, it } from 'vitest'
import { deleteCategoryAction, saveCategoryAction } from '@/app/admin/(area)/categories/actions'
import { db } from '@/lib/db/client'
import { asUser, formData, makeUser } from '../support/admin-session'
import { makeAuthor, makeCategory, makePost, resetDatabase } from '../support/factories'

let editor: Awaited<ReturnType<typeof makeUser>>
beforeEach(async () => {
  await resetDatabase()
  editor = await makeUser('editor')
})

it('adds a category with a slug made from its name, and refuses a second one with the same name', async () => {
  expect(await asUser(editor, () => saveCategoryAction(null, formData({ name: 'Days of action', description: 'Protests around the world.' })))).toMatchObject({
    ok: true,
  })
  expect(await db.category.findFirstOrThrow()).toMatchObject({ name: 'Days of action', slug: 'days-of-action' })
  expect(await asUser(editor, () => saveCategoryAction(null, formData({ name: 'days of action' })))).toMatchObject({
    ok: false,
    fieldErrors: { name: expect.stringContaining('already uses this name') },
  })
})

it('renames a category and changes its slug', async () => {
  const category = await makeCategory('Old name')
  expect(await asUser(editor, () => saveCategoryAction(null, formData({ id: category.id, name: 'Reports', slug: 'reports' })))).toMatchObject({ ok: true })
  expect(await db.category.findUniqueOrThrow({ where: { id: category.id } })).toMatchObject({ name: 'Reports', slug: 'reports' })
})

it('deletes a category: posts keep their other categories, and a post left with none moves to the first one', async () => {
  const articles = await makeCategory('Articles')
  const appeals = await makeCategory('Appeals')
  const author = await makeAuthor()
  const both = await makePost({ authorId: author.id, categoryIds: [articles.id, appeals.id] })
  const onlyAppeals = await makePost({ authorId: author.id, categoryIds: [appeals.id] })
  const answer = await asUser(editor, () => deleteCategoryAction(null, formData({ id: appeals.id })))
  expect(answer).toEqual({ ok: true, message: 'Deleted. 1 post that had no other category moved to “Articles”.' })
  for (const post of [both, onlyAppeals]) {
    expect((await db.postCategory.findMany({ where: { postId: post.id } })).map((c) => c.categoryId)).toEqual([articles.id])
  }
  expect(await asUser(editor, () => deleteCategoryAction(null, formData({ id: articles.id })))).toMatchObject({
    ok: false,
    message: expect.stringContaining('last category'),
  })
})
