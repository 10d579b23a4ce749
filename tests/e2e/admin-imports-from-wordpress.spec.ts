import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { SITE, wxrHead, wxrItem, wxrTail } from '../support/wxr'
import { createAccount, signIn, signInRequest } from './support/admin'
import { withDatabase } from './support/site'

// Ada, the campaign's admin, moves the old WordPress blog in from the admin area: she uploads
// the export, watches the import run in the background and finish on its own, reads the report,
// and a reader finds an imported post on the public site. A broken file ends with a message and
// nothing imported, also in a browser without JavaScript. An editor is refused the screen.

const shots = process.env.IMPORT_SCREENSHOTS_DIR

async function shoot(page: Page, name: string) {
  if (!shots) return
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true })
}

function buildExport(stamp: number) {
  const base = { date: '2013-07-15 14:30:00', dateGmt: '2013-07-15 08:30:00', categories: [{ slug: `news-${stamp}`, name: 'Новости' }] }
  const head = wxrHead({ authors: [{ login: 'anna', email: `anna-${stamp}@campaign.example.org`, name: 'Анна Иванова' }], categories: base.categories })
  const items = [
    {
      id: 101,
      ...base,
      title: `Свобода для профсоюзов Қазақстана ${stamp}`,
      slug: `svoboda-${stamp}`,
      content: `Мы требуем свободы для профсоюзных активистов.\n\n[signature]\n\n[gallery ids="300"]\n\n<img src="${SITE}/wp-content/uploads/2013/07/protest.jpg" alt="" />`,
    },
    { id: 102, ...base, title: `Unfinished ${stamp}`, slug: `unfinished-${stamp}`, content: 'Draft', status: 'draft' },
    { id: 104, date: '2015-02-30 25:61:00', dateGmt: '2015-02-30 25:61:00', title: `Broken date ${stamp}`, slug: `broken-${stamp}`, content: 'x' },
  ]
  return Buffer.from(head + items.map(wxrItem).join('') + wxrTail)
}

// The worker runs at the lowest priority: on a busy machine an import may wait minutes for it.
const WORKER_WAIT = 240_000

/** One import at a time: waits until the site has none queued or running. */
async function noImportRunning() {
  await expect
    .poll(
      () => withDatabase(async (db) => (await db.query(`SELECT count(*)::int AS n FROM wordpress_import_runs WHERE state IN ('queued', 'running')`)).rows[0].n),
      { timeout: WORKER_WAIT, intervals: [1000] },
    )
    .toBe(0)
}

test('an admin uploads a WordPress export, watches it finish, reads the report, and readers see the imported post', async ({ page, browser }) => {
  test.setTimeout(3 * WORKER_WAIT)
  const stamp = Date.now()
  await noImportRunning()
  await signIn(page, await createAccount('admin', 'Ada Admin'))
  await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Import' }).click()
  await expect(page.getByRole('heading', { name: 'Import from WordPress' })).toBeVisible()
  await expect(page.getByText('An .xml file, up to 250 MB')).toBeVisible()

  await page.getByLabel('WordPress export').setInputFiles({ name: `campaign.wordpress.${stamp}.xml`, mimeType: 'text/xml', buffer: buildExport(stamp) })
  const petitionChoice = page.getByLabel('Where a post has the [signature] shortcode, show')
  await petitionChoice.selectOption({ index: 1 })
  const petitionSlug = await petitionChoice.inputValue()

  await page.getByRole('button', { name: 'Upload and import' }).click()
  await page.waitForURL(/\/admin\/import\?run=[0-9a-f-]{36}$/)
  const runUrl = page.url()
  await expect(page.getByRole('heading', { name: new RegExp(`Import of “campaign.wordpress.${stamp}.xml” is (queued|running)`) })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Upload and import' })).toBeDisabled()
  const result = page.locator('section', { has: page.getByRole('heading', { name: `Imported “campaign.wordpress.${stamp}.xml” from ${SITE}` }) })
  const running = page.getByRole('status').filter({ hasText: /Checking the whole file|Importing: \d+ items read so far/ })
  const shown = (locator: typeof result) => locator.waitFor({ timeout: WORKER_WAIT }).catch(() => {})
  await Promise.race([shown(running), shown(result)])
  if (await running.isVisible()) await shoot(page, 'import-running')
  // The page notices by itself that the import is over and shows the report, without a reload.
  await expect(result).toBeVisible({ timeout: WORKER_WAIT })
  expect(page.url()).toBe(runUrl)
  await expect(
    result
      .getByRole('row', { name: /^posts/i })
      .getByRole('cell')
      .first(),
  ).toHaveText('1')
  await expect(result.getByText('1 × draft')).toBeVisible()
  await expect(result.locator('code', { hasText: '[gallery]' })).toBeVisible()
  await expect(result.getByText(`Свобода для профсоюзов Қазақстана ${stamp}`, { exact: false }).first()).toBeVisible()
  await expect(result.getByText(/Broken date \d+” \(WordPress id 104.*is not a date/)).toBeVisible()
  await expect(result.getByText(/no uploads folder is set on the server/)).toBeVisible()
  await expect(page.getByRole('table', { name: 'Past imports' }).getByRole('link', { name: `campaign.wordpress.${stamp}.xml` })).toBeVisible()
  await shoot(page, 'import-done')
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])

  const reader = await browser.newContext()
  const readerPage = await reader.newPage()
  await readerPage.goto(`/posts/svoboda-${stamp}`)
  await expect(readerPage.getByRole('heading', { name: `Свобода для профсоюзов Қазақстана ${stamp}` })).toBeVisible()
  await expect(readerPage.getByText('Мы требуем свободы для профсоюзных активистов.')).toBeVisible()
  await expect(readerPage.locator(`form[action*="/petitions/${petitionSlug}/"], a[href*="/petitions/${petitionSlug}"]`).first()).toBeAttached()
  await reader.close()
})

test('a broken export ends with a clear message and nothing imported, also without JavaScript', async ({ browser }) => {
  test.setTimeout(3 * WORKER_WAIT)
  const context = await browser.newContext({ javaScriptEnabled: false })
  // The sign-in form needs JavaScript; the session cookie is the browser's all the same.
  await signInRequest(context.request, await createAccount('admin'))
  const page = await context.newPage()
  await noImportRunning()
  await page.goto('/admin/import')
  const stamp = Date.now()
  const broken = buildExport(stamp).subarray(0, 2500)
  await page.getByLabel('WordPress export').setInputFiles({ name: `broken-${stamp}.xml`, mimeType: 'text/xml', buffer: broken })
  await page.getByRole('button', { name: 'Upload and import' }).click()
  // Without JavaScript the page reloads itself until the run is over.
  const failure = page.getByRole('heading', { name: `The import of “broken-${stamp}.xml” failed` })
  await expect(failure).toBeVisible({ timeout: WORKER_WAIT })
  await expect(page.getByRole('alert').filter({ hasText: 'Nothing was imported' })).toContainText(
    /Nothing was imported\. The file is not well-formed XML: line \d+, column \d+/,
  )
  await shoot(page, 'import-failed')

  await page.getByLabel('WordPress export').setInputFiles({ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('not an export') })
  await page.getByRole('button', { name: 'Upload and import' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'That is not a WordPress export' })).toBeVisible()
  const left = await withDatabase((db) => db.query<{ n: number }>(`SELECT count(*)::int AS n FROM posts WHERE slug = $1`, [`svoboda-${stamp}`]))
  expect(left.rows[0]!.n).toBe(0)
  await context.close()
})

test('an editor is refused the import screen and its upload', async ({ page }) => {
  await signIn(page, await createAccount('editor'))
  await expect(page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Import' })).toHaveCount(0)
  await page.goto('/admin/import')
  await expect(page.getByRole('heading', { name: 'This screen isn’t part of your role' })).toBeVisible()
  const response = await page.request.post('/api/admin/wordpress-imports', {
    headers: { accept: 'application/json', origin: new URL(page.url()).origin },
    multipart: { file: { name: 'export.xml', mimeType: 'text/xml', buffer: buildExport(Date.now()) } },
  })
  expect(response.status()).toBe(403)
  expect(await response.json()).toMatchObject({ ok: false, message: expect.stringMatching(/Your role doesn’t allow this/) })
})
