import { beforeEach, expect, it } from 'vitest'
import { HIGHLIGHT_END, HIGHLIGHT_START } from '@/lib/posts/search-markers'
import { db } from '@/lib/db/client'
import { searchPosts } from '@/lib/posts/search'
import { makeAuthor, makeCategory, makePost, resetDatabase } from '../support/factories'

beforeEach(resetDatabase)

async function seed() {
  const author = await makeAuthor()
  const category = await makeCategory()
  const base = { authorId: author.id, categoryIds: [category.id] }
  await makePost({ ...base, title: 'Dockers strike in the port', bodyHtml: '<p>The dockers went on <strong>strike</strong> on Monday.</p>' })
  await makePost({
    ...base,
    title: 'Letter to the embassy',
    bodyHtml: '<p>Ask the embassy to lift the ban on every strike and to free the strikers &amp; their lawyers.</p>',
  })
  await makePost({ ...base, title: 'Draft about strikes', status: 'draft', bodyHtml: '<p>strike strike</p>' })
  await makePost({ ...base, title: 'Unrelated', bodyHtml: '<p>Nothing to see.</p>' })
}

it('finds published posts by title and body words, stemmed, and ranks title matches first', async () => {
  await seed()
  const result = await searchPosts('strikes', 1)
  expect(result.items.map((h) => h.title)).toEqual(['Dockers strike in the port', 'Letter to the embassy'])
  expect(result.total).toBe(2)
})

it('highlights the matching words in the title and the snippet, without markup from the body', async () => {
  await seed()
  const [hit] = (await searchPosts('embassy', 1)).items
  expect(hit?.titleHighlighted).toBe(`Letter to the ${HIGHLIGHT_START}embassy${HIGHLIGHT_END}`)
  expect(hit?.snippet).toContain(`${HIGHLIGHT_START}embassy${HIGHLIGHT_END}`)
  expect(hit?.snippet).toContain('strikers & their lawyers')
  expect(hit?.snippet).not.toMatch(/<|&amp;/)
})

it('answers an empty result, not an error, for nonsense and for search syntax', async () => {
  await seed()
  expect((await searchPosts('zzzqqq', 1)).total).toBe(0)
  expect((await searchPosts('"unclosed OR -', 1)).items).toEqual([])
  expect((await searchPosts("'); DROP TABLE posts; --", 1)).total).toBe(0)
})

it('credits a post with a byline to the person named in it, not to the account that posted it', async () => {
  const author = await makeAuthor('Office Account')
  const category = await makeCategory()
  const post = await makePost({ authorId: author.id, categoryIds: [category.id], title: 'Report from the picket line', bodyHtml: '<p>The picket held.</p>' })
  await db.post.update({ where: { id: post.id }, data: { byline: 'Nadira Ilves' } })
  await makePost({ authorId: author.id, categoryIds: [category.id], title: 'Picket news without a byline', bodyHtml: '<p>Another picket.</p>' })
  const hits = (await searchPosts('picket', 1)).items
  expect(Object.fromEntries(hits.map((h) => [h.title, h.authorName]))).toEqual({
    'Report from the picket line': 'Nadira Ilves',
    'Picket news without a byline': 'Office Account',
  })
})
