import { expect, test } from '@playwright/test'
import { createAccount, signIn } from './support/admin'
import { withDatabase } from './support/site'

// Erika, an editor, writes a new petition, previews the draft, opens it and puts it in the
// sidebar. A reader (a browser without a session) finds it on the site, search engines in the
// sitemap; when Erika closes it, its page says so.

test('an editor creates and opens a petition that readers and machines find, then closes it', async ({ page, context, browser, request }) => {
  test.setTimeout(120_000)
  // The demo's sidebar petition is put back afterwards, for the specs that run after this one.
  const demoFeatured = await withDatabase(async (db) => (await db.query<{ id: string }>('SELECT id FROM petitions WHERE featured')).rows[0]?.id)
  const editor = await createAccount('editor', 'Erika Editor')
  await signIn(page, editor)
  await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Petitions' }).click()
  await page.getByRole('link', { name: 'New petition' }).click()

  const stamp = Date.now()
  const title = `Release the dockers of Port Seltz ${stamp}`
  const slug = `release-the-dockers-of-port-seltz-${stamp}`
  await page.getByLabel('Title').fill(title)
  await expect(page.getByText(`/petitions/${slug}`)).toBeVisible()
  await page.getByLabel('Summary').fill('Eleven dockers were arrested for joining a strike.')
  await page.getByRole('textbox', { name: 'Petition text' }).click()
  await page.keyboard.type('We call for the immediate release of the eleven dockers.')
  await page.getByLabel('Addressed to').fill('The Governor of Port Seltz')
  await page.getByLabel('Goal (signatures)').fill('500')
  await page.getByLabel('Keep this goal once it is reached').check()

  await page.getByRole('button', { name: 'Save draft' }).click()
  await expect(page.getByText('Saved.', { exact: true })).toBeVisible()
  await expect(page).toHaveURL(/\/admin\/petitions\/[0-9a-f-]{36}$/)
  expect((await request.get(`/petitions/${slug}`)).status()).toBe(404)

  const [preview] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: 'Preview' }).click()])
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(preview.getByRole('note')).toContainText('Preview')
  await expect(preview.getByText('We call for the immediate release of the eleven dockers.')).toBeVisible()
  await preview.close()

  await page.getByRole('button', { name: 'Open for signatures' }).click()
  await expect(page.getByText('Opened. It is on the site and takes signatures now.')).toBeVisible()
  await expect.poll(async () => (await request.get(`/petitions/${slug}`)).status(), { timeout: 1_000, intervals: [50] }).toBe(200)

  await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Petitions' }).click()
  await expect(page.getByRole('row', { name: new RegExp(title) })).toContainText('500')
  await page.getByLabel('In the sidebar of every page').selectOption({ label: title })
  await page.getByRole('button', { name: 'Save choice' }).click()
  await expect(page.getByText('It stands in the sidebar of every page now.')).toBeVisible()

  const readerContext = await browser.newContext()
  const reader = await readerContext.newPage()
  await expect(async () => {
    await reader.goto('/')
    await expect(reader.getByRole('complementary', { name: 'Sidebar' }).getByRole('link', { name: title })).toBeVisible({ timeout: 500 })
  }).toPass({ timeout: 5_000 })
  await reader.getByRole('complementary', { name: 'Sidebar' }).getByRole('link', { name: title }).click()
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(reader.getByText('To: The Governor of Port Seltz')).toBeVisible()
  await expect(reader.getByRole('main').getByText('0 signatures of 500')).toBeVisible()
  await expect(reader.getByRole('button', { name: 'Sign the petition' })).toBeVisible()
  // The preview is for editors only.
  await reader.goto(preview.url())
  await expect(reader).toHaveURL(/\/admin\/sign-in$/)

  // Machines: the sitemap lists it, the page describes it as JSON-LD, and shares get a card.
  await expect
    .poll(async () => (await (await request.get('/sitemap.xml')).text()).includes(`/petitions/${slug}</loc>`), { timeout: 2_000, intervals: [100] })
    .toBe(true)
  const html = await (await request.get(`/petitions/${slug}`)).text()
  const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)![1]!) as Record<string, unknown>
  expect(jsonLd).toMatchObject({ '@type': 'WebPage', name: title, description: 'Eleven dockers were arrested for joining a strike.' })
  expect(jsonLd.dateCreated).toMatch(/^\d{4}-\d\d-\d\dT/)
  const ogImage = /<meta property="og:image" content="([^"]+)"/.exec(html)![1]!
  const card = await request.get(new URL(ogImage).pathname + new URL(ogImage).search)
  expect(card.status()).toBe(200)
  expect(card.headers()['content-type']).toBe('image/png')

  await page.getByRole('link', { name: title }).click()
  await page.getByRole('button', { name: 'Close the petition' }).click()
  await expect(page.getByText('Closed. It stays on the site and takes no more signatures.')).toBeVisible()
  await expect
    .poll(async () => (await (await request.get(`/petitions/${slug}`)).text()).includes('This petition is closed'), { timeout: 1_000, intervals: [50] })
    .toBe(true)
  await reader.goto(`/petitions/${slug}`)
  await expect(reader.getByText(/This petition is closed since/)).toBeVisible()
  await expect(reader.getByRole('button', { name: 'Sign the petition' })).toHaveCount(0)
  await readerContext.close()
  if (demoFeatured)
    await withDatabase((db) =>
      db.query('UPDATE petitions SET featured = true WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM petitions WHERE featured)', [demoFeatured]),
    )
})
