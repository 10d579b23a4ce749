import { beforeEach, expect, it } from 'vitest'
import { getPublishedPostBySlug } from '@/lib/posts/queries'
import { publishDueScheduledPosts } from '@/lib/posts/schedule'
import { makeAuthor, makeCategory, makePost, resetDatabase } from '../support/factories'

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
