import { expect, test } from '@playwright/test'
import sharp from 'sharp'
import { createAccount, signIn } from './support/admin'

// Erika, a volunteer editor, writes an appeal with a photo and the petition inside it,
// previews it, publishes it, corrects the title and finally takes it down. A reader (a
// separate browser without a session) sees each step on the public site within a second.

const photo = () =>
  sharp({ create: { width: 2000, height: 1300, channels: 3, background: { r: 160, g: 40, b: 40 } } })
    .composite([{ input: Buffer.from('<svg width="2000" height="1300"><circle cx="1000" cy="650" r="400" fill="#fde68a"/></svg>') }])
    .jpeg()
    .toBuffer()

test('an editor publishes a post with an image and a petition, and readers follow every change', async ({ page, context, request }) => {
  test.setTimeout(120_000)
  const editor = await createAccount('editor', 'Erika Editor')
  await signIn(page, editor)
  await expect(page.getByRole('heading', { name: 'Hello, Erika' })).toBeVisible()

  await page.getByRole('link', { name: 'Write a new post' }).first().click()
  const stamp = Date.now()
  const title = `Day of action in twelve cities ${stamp}`
  const slug = `day-of-action-in-twelve-cities-${stamp}`
  await page.getByLabel('Title').fill(title)
  await expect(page.getByText(`/posts/${slug}`)).toBeVisible()
  const body = page.getByRole('textbox', { name: 'Post text' })
  await body.click()
  await page.keyboard.type('Protests were held outside embassies in twelve cities.')

  await page.getByRole('button', { name: 'Insert an image' }).click()
  const picker = page.getByRole('dialog', { name: 'Choose an image' })
  await picker.locator('input[type=file]').setInputFiles({ name: 'embassy-protest.jpg', mimeType: 'image/jpeg', buffer: await photo() })
  await picker.getByLabel('Description (alt text)').fill('Protesters with banners outside an embassy')
  await picker.getByLabel('Caption').fill('Outside the embassy in Berlin')
  await picker.getByRole('button', { name: 'Use this image' }).click()
  await expect(body.locator('figure img')).toBeVisible()
  // The photographer asked to be credited: Erika selects the image and adds it in place.
  await body.locator('figure img').click()
  await page.getByRole('button', { name: 'Edit the image’s alt text, caption and credit' }).click()
  await page.getByLabel('Credit (optional)').fill('Photo: Ana Ruiz')
  await page.getByRole('button', { name: 'Apply' }).click()
  await expect(body.locator('figure figcaption small')).toHaveText('Photo: Ana Ruiz')

  const petitionSelect = page.getByLabel('Embed a petition')
  const petitionTitle = (await petitionSelect.locator('option').nth(1).textContent())!
  await petitionSelect.selectOption({ index: 1 })
  await expect(body).toContainText(/\[petition [a-z0-9-]+\]/)
  await page.getByLabel('Appeals').check()

  await page.getByRole('button', { name: 'Save draft' }).click()
  await expect(page.getByText('Saved.', { exact: true })).toBeVisible()
  await expect(page).toHaveURL(/\/admin\/posts\/[0-9a-f-]{36}$/)
  expect((await request.get(`/posts/${slug}`)).status()).toBe(404)

  const [preview] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: 'Preview' }).click()])
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(preview.getByText('Preview', { exact: true })).toBeVisible()
  await expect(preview.locator('.rich-text figure figcaption')).toContainText('Outside the embassy in Berlin')
  await expect(preview.locator('.rich-text figure figcaption small')).toHaveText('Photo: Ana Ruiz')
  await expect(preview.getByRole('heading', { name: petitionTitle })).toBeVisible()
  await preview.close()

  await page.getByRole('button', { name: 'Publish now' }).click()
  await expect(page.getByText('Published. Readers see it now.')).toBeVisible()
  const publishedAt = Date.now()
  await expect.poll(async () => (await (await request.get('/')).text()).includes(title), { timeout: 1_000, intervals: [50] }).toBe(true)
  await expect.poll(async () => (await (await request.get('/feed.xml')).text()).includes(title), { timeout: 1_000, intervals: [50] }).toBe(true)
  expect(Date.now() - publishedAt).toBeLessThan(2_000)

  // A phone downloads a phone-sized copy of the photo: the page offers resized WebP variants.
  const reader = await context.browser()!.newPage({ viewport: { width: 390, height: 800 } })
  await reader.goto(`/posts/${slug}`)
  const image = reader.locator('.rich-text figure img')
  await expect(image).toHaveAttribute('alt', 'Protesters with banners outside an embassy')
  const srcset = (await image.getAttribute('srcset'))!
  const smallest = srcset.split(',')[0]!.trim().split(' ')[0]!
  const variant = await request.get(smallest)
  expect(variant.status()).toBe(200)
  expect(variant.headers()['content-type']).toBe('image/webp')
  expect(variant.headers()['cache-control']).toContain('immutable')
  expect((await sharp(await variant.body()).metadata()).width).toBeLessThanOrEqual(800)

  const corrected = `Day of action in fourteen cities ${stamp}`
  await page.getByLabel('Title').fill(corrected)
  await page.getByRole('button', { name: 'Update' }).click()
  await expect(page.getByText('Saved.', { exact: true })).toBeVisible()
  await expect.poll(async () => (await (await request.get(`/posts/${slug}`)).text()).includes(corrected), { timeout: 1_000, intervals: [50] }).toBe(true)
  await reader.reload()
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(corrected)

  await page.getByRole('button', { name: 'Unpublish (back to draft)' }).click()
  await expect(page.getByText('Unpublished.', { exact: false })).toBeVisible()
  await expect.poll(async () => (await request.get(`/posts/${slug}`)).status(), { timeout: 1_000, intervals: [50] }).toBe(404)
  await reader.close()
})
