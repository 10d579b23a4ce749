import { expect, test } from '@playwright/test'
import { withDatabase } from './support/site'

// Pages are served from cache; a change in the database must reach readers on its own.

test('an edited post title shows on its page and on the home page within a second', async ({ page, request }) => {
  await page.goto('/')
  const firstLink = page.locator('main article').first().getByRole('heading').getByRole('link')
  const slug = (await firstLink.getAttribute('href'))!.split('/').pop()!
  const newTitle = `Corrected headline ${Date.now()}`
  // Readers have the post open: it is rendered and cached before the editor's change.
  expect((await request.get(`/posts/${slug}`)).status()).toBe(200)

  await withDatabase((db) => db.query('UPDATE posts SET title = $1 WHERE slug = $2', [newTitle, slug]))
  const changedAt = Date.now()
  await expect.poll(async () => (await (await request.get(`/posts/${slug}`)).text()).includes(newTitle), { timeout: 1_000, intervals: [50] }).toBe(true)
  await expect.poll(async () => (await (await request.get('/')).text()).includes(newTitle), { timeout: 1_000, intervals: [50] }).toBe(true)
  expect(Date.now() - changedAt).toBeLessThan(2_000)

  // A page that doesn't show the post is not touched: page 3 still comes from the cache.
  const before = await request.get('/page/3')
  expect(await before.text()).not.toContain(newTitle)
})

test('a scheduled post appears on the home page on its date without anyone pressing a button', async ({ page }) => {
  const title = `Scheduled appeal ${Date.now()}`
  const slug = `scheduled-appeal-${Date.now()}`
  await withDatabase(async (db) => {
    const { rows } = await db.query<{ id: string; author_id: string }>(`SELECT id, author_id FROM posts WHERE status = 'published' LIMIT 1`)
    const { rows: cats } = await db.query<{ id: string }>(`SELECT id FROM categories WHERE slug = 'appeals'`)
    const { rows: created } = await db.query<{ id: string }>(
      `INSERT INTO posts (id, title, slug, excerpt, body_html, status, published_at, author_id, updated_at)
       VALUES (gen_random_uuid(), $1, $2, 'Coming soon.', '<p>Soon.</p>', 'scheduled', now() + interval '3 seconds', $3, now())
       RETURNING id`,
      [title, slug, rows[0]!.author_id],
    )
    await db.query('INSERT INTO post_categories (post_id, category_id) VALUES ($1, $2)', [created[0]!.id, cats[0]!.id])
  })

  await page.goto('/')
  await expect(page.getByRole('link', { name: title })).toHaveCount(0)
  await expect(async () => {
    await page.reload()
    await expect(page.getByRole('link', { name: title, exact: true })).toBeVisible({ timeout: 500 })
  }).toPass({ timeout: 15_000 })
  await page.getByRole('link', { name: title, exact: true }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
})
