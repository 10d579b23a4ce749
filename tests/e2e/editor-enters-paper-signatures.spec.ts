import { expect, test } from '@playwright/test'
import { createAccount, signIn } from './support/admin'
import { withDatabase } from './support/site'

// An editor adds the signatures collected on paper at a march; readers see the total rise,
// "of which N on paper"; a list with a mistake is refused line by line; removing the entry
// takes it out of the total again.

const petitionPath = '/petitions/free-the-seltz-three'

async function shownNumbers(page: import('@playwright/test').Page) {
  await page.goto(petitionPath)
  const progress = page.locator('main [data-petition-progress]').first()
  const count = Number((await progress.locator('[data-count]').textContent())!.replace(/\D/g, ''))
  const paper = (await progress.locator('[data-paper]').count()) ? await progress.locator('[data-paper]').textContent() : null
  return { count, paper }
}

test('an editor enters paper signatures, readers see them counted, and a removed entry no longer counts', async ({ page, browser }) => {
  const editor = await createAccount('editor', 'Paper Editor')
  const reader = await browser.newPage()
  const before = await shownNumbers(reader)
  expect(before.paper).toBeNull()

  await signIn(page, editor)
  const id = await withDatabase(async (db) => (await db.query<{ id: string }>(`SELECT id FROM petitions WHERE slug = 'free-the-seltz-three'`)).rows[0]!.id)
  await page.goto(`/admin/petitions/${id}`)
  const paper = page.getByRole('region', { name: 'Paper signatures' })
  await paper.locator('#paper-count').fill('120')
  await paper.locator('#paper-note').fill('May Day march, Seltz')
  await paper.getByLabel('Country').selectOption('KZ')
  await paper.getByRole('button', { name: 'Add', exact: true }).click()
  await expect(paper.getByText('Added 120 paper signatures')).toBeVisible()

  await paper.getByLabel('CSV file').setInputFiles({ name: 'list.csv', mimeType: 'text/csv', buffer: Buffer.from('Name,Country\nJan Nowak,Poland\n,France\n') })
  await paper.locator('#paper-list-note').fill('Union congress')
  await paper.getByRole('button', { name: 'Upload' }).click()
  await expect(paper.getByText('line 3: no name')).toBeVisible()

  await expect.poll(async () => (await shownNumbers(reader)).count, { timeout: 5_000 }).toBe(before.count + 120)
  expect((await shownNumbers(reader)).paper).toBe('of which 120 on paper')

  page.once('dialog', (dialog) => void dialog.accept())
  await paper.getByRole('button', { name: 'Remove' }).click()
  await expect(paper.getByText('Removed. The total no longer counts them.')).toBeVisible()
  await expect.poll(async () => (await shownNumbers(reader)).count, { timeout: 5_000 }).toBe(before.count)
})
