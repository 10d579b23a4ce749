import { expect, test } from '@playwright/test'
import { createAccount, signIn } from './support/admin'

// Erika adds a "How to donate" page: it appears in every page's menu and at its own address
// within a second, and disappears again when she unpublishes it.

test('an editor publishes a standalone page that readers find in the menu', async ({ page, request }) => {
  const editor = await createAccount('editor', 'Erika Editor')
  await signIn(page, editor)
  await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Pages' }).click()
  await page.getByRole('link', { name: 'New page' }).click()
  const title = `How to donate ${Date.now()}`
  await page.getByLabel('Title').fill(title)
  await page.getByRole('textbox', { name: 'Page text' }).click()
  await page.keyboard.type('Send your donation to the Families and Legal Fund.')
  await page.getByRole('button', { name: 'Publish now' }).click()
  await expect(page.getByText('Published. It is on the site now.')).toBeVisible()
  const slug = title.toLowerCase().replace(/ /g, '-')

  await expect.poll(async () => (await request.get(`/${slug}`)).status(), { timeout: 1_000, intervals: [50] }).toBe(200)
  await expect.poll(async () => (await (await request.get('/')).text()).includes(`href="/${slug}"`), { timeout: 1_000, intervals: [50] }).toBe(true)
  const reader = await page.context().browser()!.newPage()
  await reader.goto('/')
  await reader.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: title }).click()
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(reader.getByText('Send your donation to the Families and Legal Fund.')).toBeVisible()

  await page.getByRole('button', { name: 'Unpublish (back to draft)' }).click()
  await expect(page.getByText('Unpublished. Readers no longer see it.')).toBeVisible()
  await expect.poll(async () => (await request.get(`/${slug}`)).status(), { timeout: 1_000, intervals: [50] }).toBe(404)
  await expect.poll(async () => (await (await request.get('/')).text()).includes(`href="/${slug}"`), { timeout: 1_000, intervals: [50] }).toBe(false)
  await reader.close()
})
