import pg from 'pg'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CONTENT_CHANNEL, tagsForChanges } from '@/lib/content/changes'
import { db } from '@/lib/db/client'
import { updatePostText } from '@/lib/posts/write'
import { makeAuthor, makeCategory, makePost, resetDatabase } from '../support/factories'

// Which cached pages refresh after a change: the database announces the change, and
// tagsForChanges turns it into the tags of the pages that show the changed post.

let listener: pg.Client
let received: string[]

beforeEach(async () => {
  await resetDatabase()
  received = []
  listener = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await listener.connect()
  listener.on('notification', (m) => received.push(m.payload ?? ''))
  await listener.query(`LISTEN ${CONTENT_CHANNEL}`)
})

afterEach(async () => {
  await listener.end()
})

const settle = () => new Promise((resolve) => setTimeout(resolve, 150))

async function threePosts() {
  const author = await makeAuthor()
  const category = await makeCategory()
  const base = { authorId: author.id, categoryIds: [category.id] }
  const a = await makePost({ ...base, title: 'A', publishedAt: new Date('2024-01-01T00:00:00Z') })
  const b = await makePost({ ...base, title: 'B', publishedAt: new Date('2024-02-01T00:00:00Z') })
  const c = await makePost({ ...base, title: 'C', publishedAt: new Date('2024-03-01T00:00:00Z') })
  await settle()
  received = []
  return { a, b, c }
}

describe('after an editor changes a post', () => {
  it('a text edit refreshes only the pages that show that post', async () => {
    const { b } = await threePosts()
    await updatePostText(b.id, { title: 'B, corrected' })
    await settle()
    expect(received).toEqual([`posts:${b.id}:item`])
    expect(await tagsForChanges(received)).toEqual([`post:${b.id}`])
  })

  it('unpublishing also refreshes the lists', async () => {
    const { b } = await threePosts()
    await db.post.update({ where: { id: b.id }, data: { status: 'draft' } })
    await settle()
    expect(received).toEqual([`posts:${b.id}:list`])
    expect((await tagsForChanges(received)).sort()).toEqual([`post:${b.id}`, 'posts'].sort())
  })

  it('publishing refreshes the lists and the pages of its new neighbours', async () => {
    const { a, b, c } = await threePosts()
    await db.post.update({ where: { id: b.id }, data: { status: 'draft' } })
    await settle()
    received = []
    await db.post.update({ where: { id: b.id }, data: { status: 'published' } })
    await settle()
    expect((await tagsForChanges(received)).sort()).toEqual([`post:${a.id}`, `post:${b.id}`, `post:${c.id}`, 'posts'].sort())
  })

  it('renaming a category refreshes every page (the navigation shows it)', async () => {
    const category = await makeCategory()
    await settle()
    received = []
    await db.category.update({ where: { id: category.id }, data: { name: 'Renamed' } })
    await settle()
    expect(await tagsForChanges(received)).toEqual(['categories'])
  })
})
