import { expect, test } from '@playwright/test'
import { createAccount, signIn } from './support/admin'

// Amina, the admin, finds an old campaign link that now leads nowhere and points it at the
// petition by hand at /admin/redirects, later changes where it leads, and finally removes it.
// An editor has no such screen.

test('an admin adds, edits and deletes a redirect, and the old address follows each change', async ({ browser, request }) => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  await signIn(page, await createAccount('admin', 'Amina Admin'))
  await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Redirects' }).click()
  await expect(page.getByRole('heading', { name: 'Redirects', level: 1 })).toBeVisible()
  const old = `/2012/05/vigil-${Date.now()}/`

  // A mistake first: a live page can't be an old address.
  await page.getByLabel('Old address').fill('/archive')
  await page.getByLabel('New address').fill('/petitions')
  await page.getByRole('button', { name: 'Add redirect' }).click()
  await expect(page.getByText('/archive is one of Placard’s own pages: a redirect from it would hide it.')).toBeVisible()

  await page.getByLabel('Old address').fill(old)
  await page.getByRole('button', { name: 'Add redirect' }).click()
  await expect(page.getByRole('status').getByText(`Added: ${old.slice(0, -1)} now leads to /petitions.`)).toBeVisible()
  await expect.poll(async () => (await request.get(old, { maxRedirects: 0 })).headers().location, { timeout: 10_000 }).toBe('/petitions')
  expect((await request.get(old, { maxRedirects: 0 })).status()).toBe(301)

  // Found again by searching, and edited into a temporary redirect to the archive.
  await page.getByLabel('Find an address').fill('vigil')
  await page.getByRole('button', { name: 'Search' }).click()
  await page.getByRole('link', { name: old.slice(0, -1) }).click()
  await expect(page.getByRole('heading', { name: old.slice(0, -1), level: 1 })).toBeVisible()
  await page.getByLabel('New address').fill('/archive')
  await page.getByLabel('Kind').selectOption('302')
  await page.getByRole('button', { name: 'Save redirect' }).click()
  await expect(page.getByRole('status').getByText('Saved.')).toBeVisible()
  await expect.poll(async () => (await request.get(old, { maxRedirects: 0 })).status(), { timeout: 10_000 }).toBe(302)
  expect((await request.get(old, { maxRedirects: 0 })).headers().location).toBe('/archive')

  await page.getByText('Delete this redirect').click()
  await page.getByRole('button', { name: 'Yes, delete it' }).click()
  await expect(page.getByText('Deleted. The old address no longer leads anywhere.')).toBeVisible()
  // Both forms of the old address lead nowhere now (the slashed one only to the bare one, as any address).
  await expect.poll(async () => (await request.get(old.slice(0, -1), { maxRedirects: 0 })).status(), { timeout: 10_000 }).toBe(404)
  expect((await request.get(old, { maxRedirects: 0 })).headers().location).not.toBe('/archive')

  await page.goto('/admin/audit')
  await expect(page.getByRole('cell', { name: 'redirect.delete' }).first()).toBeVisible()
  await page.close()
})

test('an editor has no redirects screen', async ({ browser }) => {
  const page = await browser.newPage()
  await signIn(page, await createAccount('editor', 'Ed Itor'))
  await expect(page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Redirects' })).toHaveCount(0)
  await page.goto('/admin/redirects')
  await expect(page.getByRole('heading', { name: 'This screen isn’t part of your role' })).toBeVisible()
  await page.close()
})
