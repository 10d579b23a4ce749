import { expect, test, type Page } from '@playwright/test'
import { confirmLinkIn, emailsTo, latestEmailTo } from './support/outbox'

const petitionPath = '/petitions/free-the-seltz-three'

async function shownCount(page: Page) {
  const text = await page.locator('main [data-petition-progress] [data-count]').first().textContent()
  return Number(text!.replace(/,/g, ''))
}

test('a supporter signs, confirms from the email, sees the count rise, and cannot sign twice', async ({ page }) => {
  const email = `suzie.${Date.now()}@example.org`
  await page.goto(petitionPath)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Free Teodor Valk and Nadira Ilves')
  await expect.poll(() => shownCount(page)).toBeGreaterThan(0)
  const before = await shownCount(page)

  const form = page.locator('#sign')
  await form.getByLabel('Full name').fill('Suzie Signer')
  await form.getByLabel('Email', { exact: true }).fill(email)
  await form.getByLabel('Country').selectOption({ label: 'Ireland' })
  await form.getByLabel('Show my name publicly').check()
  // A person takes more than a few seconds to fill the form; faster ones are held for review.
  await page.waitForTimeout(3_500)
  await form.getByRole('button', { name: 'Sign the petition' }).click()
  await expect(form.getByRole('status')).toContainText('Almost done!')
  await expect(form.getByRole('status')).toContainText('check your email')

  // The confirmation email arrives through the background worker.
  await expect.poll(() => latestEmailTo(email), { timeout: 10_000 }).not.toBeNull()
  const message = latestEmailTo(email)!
  expect(message).toContain('Subject: Please confirm your signature: Free Teodor Valk and Nadira Ilves')
  await page.goto(confirmLinkIn(message))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your signature is confirmed')
  await expect.poll(() => shownCount(page)).toBe(before + 1)

  // Opening the link again is harmless and says so.
  await page.goto(confirmLinkIn(message))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Already confirmed')

  // The petition page shows the new count, and Suzie among the recent signers.
  await page.goto(petitionPath)
  await expect.poll(() => shownCount(page)).toBe(before + 1)

  // Signing again with another spelling of the address: "already signed", and a resend offer.
  await form.getByLabel('Full name').fill('Suzie Signer')
  await form.getByLabel('Email', { exact: true }).fill(email.toUpperCase())
  await form.getByLabel('Country').selectOption({ label: 'Ireland' })
  await form.getByRole('button', { name: 'Sign the petition' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'already signed' })).toBeVisible()
  await page.getByRole('button', { name: 'Send the confirmation email again' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'If this address has an unconfirmed signature' })).toBeVisible()
  // Already confirmed, so no second email goes out.
  await page.waitForTimeout(1500)
  expect(emailsTo(email)).toBe(1)
})

test('the form explains each mistake next to its field, without sending anything', async ({ page }) => {
  await page.goto(petitionPath)
  const form = page.locator('#sign')
  await form.getByLabel('Full name').fill('=SUM(A1:A9)')
  await form.getByLabel('Email', { exact: true }).fill('suzie@gmial.com')
  await form.getByRole('button', { name: 'Sign the petition' }).click()
  await expect(form.getByLabel('Full name')).toHaveAttribute('aria-invalid', 'true')
  await expect(form.getByText('A name can’t start with =, +, - or @.')).toBeVisible()
  await expect(form.getByText('Did you mean suzie@gmail.com? Please check the address.')).toBeVisible()
  await expect(form.getByText('Please choose your country from the list.')).toBeVisible()
  await expect(form.getByLabel('Full name')).toBeFocused()
})

test('without JavaScript a supporter can still sign, and is told what to fix', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(petitionPath)
  const form = page.locator('#sign')
  await form.getByLabel('Full name').fill('Nojs Reader')
  await form.getByLabel('Email', { exact: true }).fill('not-an-email')
  await form.getByLabel('Country').selectOption('PT')
  await form.getByRole('button', { name: 'Sign the petition' }).click()
  await expect(page).toHaveURL(/\/petitions\/free-the-seltz-three\/sign$/)
  await expect(page.getByText('That doesn’t look like an email address')).toBeVisible()
  await expect(page.getByLabel('Full name')).toHaveValue('Nojs Reader')

  await page.getByLabel('Email', { exact: true }).fill(`nojs.${Date.now()}@example.org`)
  await page.getByRole('button', { name: 'Sign the petition' }).click()
  await expect(page).toHaveURL(/\/done\/thanks$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your email')
  await context.close()
})

test('a petition stands inside a post, and a delivered one refuses signatures', async ({ page, request }) => {
  await page.goto('/posts/new-charges-against-teodor-valk')
  const box = page.getByRole('region', { name: 'Free Teodor Valk and Nadira Ilves' })
  await expect(box.getByRole('button', { name: 'Sign the petition' })).toBeVisible()

  await page.goto('/petitions/medical-care-for-teodor-valk')
  await expect(page.getByText(/Delivered on 20 February 2024/)).toBeVisible()
  await expect(page.getByRole('button', { name: 'Sign the petition' })).toHaveCount(0)

  const json = await (await request.get(`${petitionPath}/count.json`)).json()
  expect(Object.keys(json).sort()).toEqual(['byCountry', 'count', 'goal', 'paper', 'slug', 'status', 'title', 'updatedAt'])
  const html = await (await request.get(petitionPath)).text()
  // No signer's address anywhere in the page (the campaign's own contact address aside).
  expect(html.replaceAll('campaign@example.org', '')).not.toContain('@example.org')
  expect(html).not.toContain('demo-signer-')
})

test('campaigners can print a petition sheet or download it as a PDF', async ({ page, request }) => {
  await page.goto(`${petitionPath}/sheet`)
  await expect(page.getByRole('table')).toBeVisible()
  await expect(page.getByRole('row')).toHaveCount(21)
  const pdf = await request.get(`${petitionPath}/sheet.pdf`)
  expect(pdf.headers()['content-type']).toBe('application/pdf')
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-')
})
