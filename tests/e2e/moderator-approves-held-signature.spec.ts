import { expect, test } from '@playwright/test'
import { createAccount, signIn } from './support/admin'
import { confirmLinkIn, latestEmailTo } from './support/outbox'

// Nadia signs on an old phone with JavaScript off: her signature is kept but held, because no
// automatic security check could run. Mo, a moderator, finds it in the queue and approves it,
// and the public count rises by one.

const petitionPath = '/petitions/free-the-seltz-three'

test('a moderator approves a held no-JavaScript signature and the public count rises by one', async ({ browser, page, request }) => {
  const count = async () => ((await (await request.get(`${petitionPath}/count.json`)).json()) as { count: number }).count
  const email = `nadia.${Date.now()}@example.org`
  const noJs = await browser.newContext({ javaScriptEnabled: false })
  const phone = await noJs.newPage()
  await phone.goto(petitionPath)
  const form = phone.locator('#sign')
  await form.getByLabel('Full name').fill('Nadia Held')
  await form.getByLabel('Email', { exact: true }).fill(email)
  await form.getByLabel('Country').selectOption('PT')
  await form.getByRole('button', { name: 'Sign the petition' }).click()
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Check your email')
  let mail: string | null = null
  await expect.poll(() => (mail = latestEmailTo(email)), { timeout: 15_000 }).not.toBeNull()
  await phone.goto(confirmLinkIn(mail!))
  await noJs.close()
  const before = await count()

  const moderator = await createAccount('moderator', 'Mo Moderator')
  await signIn(page, moderator)
  await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Moderation' }).click()
  const row = page.getByRole('listitem').filter({ hasText: email })
  await expect(row.getByText('Signed without JavaScript, so no automatic security check ran')).toBeVisible()
  await expect(row.getByText('email confirmed')).toBeVisible()
  await row.getByRole('button', { name: 'Approve Nadia Held' }).click()
  await expect(page.getByText('Approved 1: confirmed ones count now.')).toBeVisible()
  await expect(page.getByRole('listitem').filter({ hasText: email })).toHaveCount(0)
  await expect.poll(count, { timeout: 1_000, intervals: [100] }).toBe(before + 1)
})
