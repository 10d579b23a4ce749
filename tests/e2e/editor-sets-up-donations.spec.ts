import { expect, test } from '@playwright/test'
import { createAccount, signIn } from './support/admin'

// Maria, an editor, puts the campaign's real bank details on the donate page. A mistyped IBAN
// is caught by its check digits; a plain-http donation link is refused. A reader then sees the
// ask, the amounts and the details, copies the IBAN with one tap, and can print the page.

test('an editor sets up donations, the donate page shows them, and copying a detail works', async ({ page, browser }) => {
  await signIn(page, await createAccount('editor', 'Maria Keller'))
  await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Donations' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Donations')

  await page.getByLabel('Why give').fill('Help the families of the Seltz Three through the winter.')
  await page.getByLabel('Suggested amounts').fill('£10, £25, £5 a month')
  await page.getByLabel('Account holder').fill('Seltz Three Families Fund')
  await page.getByLabel('IBAN').fill('GB82 WEST 1234 5698 7654 33')
  await page.getByLabel('BIC (SWIFT)').fill('WESTGB2L')
  await page.getByLabel('Reference to use').fill('WINTER')
  await page.getByLabel('Links').fill('Give monthly | http://give.example.org/seltz')
  await page.getByLabel('These are demo details').uncheck()
  await page.getByRole('button', { name: 'Save donation settings' }).click()
  await expect(page.getByText('This IBAN’s check digits don’t match')).toBeVisible()
  await expect(page.getByText('is not a secure web address')).toBeVisible()

  await page.getByLabel('IBAN').fill('GB82 WEST 1234 5698 7654 32')
  await page.getByLabel('Links').fill('Give monthly | https://give.example.org/seltz')
  await page.getByRole('button', { name: 'Save donation settings' }).click()
  await expect(page.getByText('Saved. The donate page and the sidebar show it now.')).toBeVisible()

  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] })
  const reader = await context.newPage()
  await expect
    .poll(
      async () => {
        await reader.goto('/donate')
        return reader.getByText('Help the families of the Seltz Three through the winter.').first().isVisible()
      },
      { timeout: 10_000 },
    )
    .toBe(true)
  const main = reader.locator('main')
  await expect(main.locator('[data-demo-warning]')).toHaveCount(0)
  await expect(main.getByText('£5 a month')).toBeVisible()
  await expect(main.locator('[data-detail="IBAN"]')).toHaveText('GB82 WEST 1234 5698 7654 32')
  await expect(main.locator('[data-detail="BIC"]')).toHaveText('WESTGB2L')
  await expect(main.locator('[data-detail="reference"]')).toHaveText('WINTER')
  await expect(main.getByRole('link', { name: 'Give monthly' })).toHaveAttribute('href', 'https://give.example.org/seltz')

  await main.getByRole('button', { name: 'Copy the IBAN' }).click()
  await expect(main.getByText('Copied')).toBeVisible()
  expect(await reader.evaluate(() => navigator.clipboard.readText())).toBe('GB82WEST12345698765432')
  await main.getByRole('button', { name: 'Copy the reference' }).click()
  expect(await reader.evaluate(() => navigator.clipboard.readText())).toBe('WINTER')

  // The sidebar box on every page, and the printable version.
  await reader.goto('/')
  await expect(reader.getByRole('complementary', { name: 'Sidebar' }).getByText('Help the families of the Seltz Three through the winter.')).toBeVisible()
  await reader.goto('/donate/print')
  await expect(reader.locator('[data-detail="IBAN"]')).toHaveText('GB82 WEST 1234 5698 7654 32')
  await expect(reader.getByRole('button', { name: 'Copy the IBAN' })).toHaveCount(0)
  await context.close()
})

test('without JavaScript the bank details are plain text to select', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/donate')
  await expect(page.locator('main [data-detail="IBAN"]')).toBeVisible()
  await expect(page.locator('main [data-detail="IBAN"]')).toHaveCSS('user-select', 'all')
  await context.close()
})
