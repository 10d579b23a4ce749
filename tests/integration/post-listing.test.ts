import { beforeEach, describe, expect, it } from 'vitest'
import { getNeighbours, getPublishedPostBySlug, listPublishedPosts, listRelatedPosts } from '@/lib/posts/queries'
import { makeAuthor, makeCategory, makePost, resetDatabase } from '../support/factories'

beforeEach(resetDatabase)

async function fixture(count: number) {
  const author = await makeAuthor('Rosa Example')
  const articles = await makeCategory('Articles')
  const posts = []
  for (let i = 0; i < count; i++) {
    posts.push(
      await makePost({
        title: `Post ${i + 1}`,
        authorId: author.id,
        categoryIds: [articles.id],
        publishedAt: new Date(Date.UTC(2024, 0, i + 1)),
      }),
    )
  }
  return { author, articles, posts }
}

describe('a reader browsing the post lists', () => {
  it('sees the newest posts first, ten a page, with the right page count', async () => {
    await fixture(23)
    const first = await listPublishedPosts({ kind: 'all' }, 1)
    expect(first.items.map((p) => p.title).slice(0, 3)).toEqual(['Post 23', 'Post 22', 'Post 21'])
    expect(first.items).toHaveLength(10)
    expect(first).toMatchObject({ total: 23, pageCount: 3 })
    const third = await listPublishedPosts({ kind: 'all' }, 3)
    expect(third.items.map((p) => p.title)).toEqual(['Post 3', 'Post 2', 'Post 1'])
  })

  it('never sees drafts or scheduled posts', async () => {
    const { author, articles } = await fixture(2)
    await makePost({ title: 'Secret draft', status: 'draft', authorId: author.id, categoryIds: [articles.id] })
    const scheduled = await makePost({
      title: 'Not yet',
      status: 'scheduled',
      publishedAt: new Date(Date.now() + 86_400_000),
      authorId: author.id,
      categoryIds: [articles.id],
    })
    const all = await listPublishedPosts({ kind: 'all' }, 1)
    expect(all.items.map((p) => p.title)).toEqual(['Post 2', 'Post 1'])
    expect(await getPublishedPostBySlug(scheduled.slug)).toBeNull()
  })

  it('finds posts by category, by author and by month, and a post in two categories in both', async () => {
    const { author, articles } = await fixture(3)
    const appeals = await makeCategory('Appeals')
    const other = await makeAuthor('Someone Else')
    await makePost({ title: 'Both', authorId: other.id, categoryIds: [articles.id, appeals.id], publishedAt: new Date('2023-05-20T12:00:00Z') })

    expect((await listPublishedPosts({ kind: 'category', slug: appeals.slug }, 1)).items.map((p) => p.title)).toEqual(['Both'])
    expect((await listPublishedPosts({ kind: 'category', slug: articles.slug }, 1)).total).toBe(4)
    expect((await listPublishedPosts({ kind: 'author', slug: author.slug }, 1)).total).toBe(3)
    expect((await listPublishedPosts({ kind: 'month', year: 2023, month: 5 }, 1)).items.map((p) => p.title)).toEqual(['Both'])
    const both = (await listPublishedPosts({ kind: 'all' }, 1)).items.find((p) => p.title === 'Both')
    expect(both?.categories.map((c) => c.name).sort()).toEqual(['Appeals', 'Articles'])
  })

  it('sees the previous and next post and related posts from the same category', async () => {
    const { posts } = await fixture(5)
    const middle = await getPublishedPostBySlug(posts[2]!.slug)
    const { older, newer } = await getNeighbours(middle!)
    expect(older?.title).toBe('Post 2')
    expect(newer?.title).toBe('Post 4')
    expect((await listRelatedPosts(middle!)).map((p) => p.title)).toEqual(['Post 2', 'Post 1'])
  })
})
