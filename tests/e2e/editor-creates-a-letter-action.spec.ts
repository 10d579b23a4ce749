import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { createAccount, signIn } from './support/admin'

// Erika, an editor, imports embassies into the directory from a spreadsheet, fixes the line it
// refused, and opens a letter action to the embassies of that state; readers find it on the site.

const shots = process.env.LETTER_SHOTS

/** WCAG 2.2 AA, as every other page is checked (tests/e2e/accessibility.spec.ts). */
async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

test('an editor imports the directory and opens a letter action readers can send', async ({ page, browser }) => {
  test.setTimeout(120_000)
  await page.setViewportSize({ width: 1280, height: 900 })
  const stamp = Date.now()
  const state = `Ostravia ${stamp}`
  const editor = await createAccount('editor', 'Erika Editor')
  await signIn(page, editor)
  await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Letters' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Protest letters')
  await page.getByRole('link', { name: 'Directory of addressees' }).click()

  const file = (lines: string[]) => ({
    name: 'embassies.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(['kind,name,state,host_country,postal_address,email,phone', ...lines].join('\n')),
  })
  const lines = [
    `embassy,Embassy of ${state} in Ireland,${state},Ireland,"1 Example Road, Dublin",dublin@embassy.ostravia.example,+353 1 555 0100`,
    `embassy,Embassy of ${state} in Italy,${state},IT,"Via Esempio 2, Roma",roma@embassy.ostravia.example,call us`,
    `ministry,Ministry of the Interior of ${state},${state},,"1 Square, Ostrava City",interior@ostravia.example,`,
  ]
  await page.getByLabel('CSV file').setInputFiles(file(lines))
  await page.getByRole('button', { name: 'Import' }).click()
  await expect(page.getByText('Nothing was imported: 1 line has problems.')).toBeVisible()
  await expect(page.locator('[data-import-report]')).toHaveText('Line 3, phone: Write the phone number with digits, spaces and + ( ) - . / only.')
  if (shots) await page.screenshot({ path: `${shots}/admin-directory-import-report-1280.png`, fullPage: true })

  lines[1] = lines[1]!.replace('call us', '+39 06 555 0100')
  await page.getByLabel('CSV file').setInputFiles(file(lines))
  await page.getByRole('button', { name: 'Import' }).click()
  await expect(page.getByText('Imported: 3 new entries, 0 updated.')).toBeVisible()
  await expect(page.getByRole('link', { name: `Embassy of ${state} in Italy` })).toBeVisible()
  if (shots) await page.screenshot({ path: `${shots}/admin-directory-1280.png`, fullPage: true })
  expect(await violations(page)).toEqual([])

  await page.getByRole('link', { name: 'Back to the letters' }).click()
  await page.getByRole('link', { name: 'New letter action' }).click()
  const title = `Write to ${state}: free the dockers`
  await page.getByLabel('Title').fill(title)
  await page.getByLabel('Introduction').fill('Pick your country; your letter goes to the embassy there.')
  await page.getByLabel('The embassy of this state in the supporter’s country').selectOption({ label: `Embassies of ${state}` })
  await page.getByLabel(`Ministry of the Interior of ${state} (ministry, ${state})`).check()
  await page.getByLabel('Subject').fill('Free the dockers of Port Ostrava')
  await page.getByLabel('Model letter').fill('Your Excellency,\n\nFree the dockers.\n{demands}\n\nYours sincerely,\n{name}\n{town}')
  await page.getByLabel('Demands to pick from').fill('Drop all charges.\nLet their lawyers visit.')
  await page.getByRole('button', { name: 'Open: put it on the site' }).click()
  await expect(page.getByText('Opened. It is on the site and counts letters now.')).toBeVisible()
  await expect(page).toHaveURL(/\/admin\/letters\/[0-9a-f-]{36}$/)
  const slug = `write-to-ostravia-${stamp}-free-the-dockers`
  await expect(page.getByText(`[letter ${slug}]`)).toBeVisible()
  if (shots) await page.screenshot({ path: `${shots}/admin-letter-editor-1280.png`, fullPage: true })
  expect(await violations(page)).toEqual([])
  await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Letters' }).click()
  await expect(page.getByRole('link', { name: title })).toBeVisible()
  if (shots) await page.screenshot({ path: `${shots}/admin-letters-1280.png`, fullPage: true })
  expect(await violations(page)).toEqual([])

  // A reader in Italy finds the letter and its embassy.
  const reader = await browser.newPage({ viewport: { width: 390, height: 844 } })
  await reader.goto(`/letters/${slug}`)
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(title)
  await reader.getByLabel('Which country do you live in?').selectOption({ label: 'Italy' })
  const href = (await reader.getByRole('link', { name: 'Open in my mail app' }).getAttribute('href'))!
  expect(decodeURIComponent(new URL(href).pathname)).toBe('roma@embassy.ostravia.example,interior@ostravia.example')
  await reader.close()
})
