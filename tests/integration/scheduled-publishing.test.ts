import { beforeEach, expect, it } from 'vitest'
import { getPublishedPostBySlug } from '@/lib/posts/queries'
import { publishDueScheduledPosts } from '@/lib/posts/schedule'
import { db } from '@/lib/db/client'
import { runWorker } from '@/lib/jobs/worker'
import { makeAuthor, makeCategory, makePost, resetDatabase } from '../support/factories'
import { makePetition } from '../support/signing'

beforeEach(resetDatabase)

it('publishes a scheduled post once its date has come, and not before', async () => {
  const author = await makeAuthor()
  const category = await makeCategory()
  const soon = new Date(Date.now() + 60_000)
  const post = await makePost({ status: 'scheduled', publishedAt: soon, authorId: author.id, categoryIds: [category.id] })

  expect(await publishDueScheduledPosts(new Date())).toBe(0)
  expect(await getPublishedPostBySlug(post.slug)).toBeNull()

  expect(await publishDueScheduledPosts(new Date(soon.getTime() + 1))).toBe(1)
  expect((await getPublishedPostBySlug(post.slug))?.publishedAt).toBe(soon.toISOString())
  expect(await publishDueScheduledPosts(new Date(soon.getTime() + 1))).toBe(0)
})

it('the running worker publishes a post that fell due and closes a petition past its deadline, and leaves the rest', async () => {
  const author = await makeAuthor()
  const category = await makeCategory()
  const due = await makePost({ status: 'scheduled', publishedAt: new Date(Date.now() + 60_000), authorId: author.id, categoryIds: [category.id] })
  // Its date passes (as if the minute had gone by).
  await db.post.update({ where: { id: due.id }, data: { publishedAt: new Date(Date.now() - 1_000) } })
  const later = await makePost({ status: 'scheduled', publishedAt: new Date(Date.now() + 3_600_000), authorId: author.id, categoryIds: [category.id] })
  const expired = await makePetition({ deadline: new Date(Date.now() - 1_000) })
  const running = await makePetition({ deadline: new Date(Date.now() + 3_600_000) })

  const lines: string[] = []
  const controller = new AbortController()
  const worker = runWorker(controller.signal, { line: (line) => lines.push(line) })
  try {
    await expect.poll(async () => (await getPublishedPostBySlug(due.slug))?.slug, { timeout: 10_000 }).toBe(due.slug)
    await expect.poll(async () => (await db.petition.findUniqueOrThrow({ where: { id: expired.id } })).status, { timeout: 10_000 }).toBe('closed')
  } finally {
    controller.abort()
    await worker
  }
  expect(await getPublishedPostBySlug(later.slug)).toBeNull()
  expect((await db.petition.findUniqueOrThrow({ where: { id: running.id } })).status).toBe('open')
  expect(lines).toEqual(expect.arrayContaining(['published 1 scheduled post', 'closed 1 petition past the deadline']))
})
