import { expect, test } from '@playwright/test'
import { createAccount, signIn } from './support/admin'
import { latestEmailTo, linkIn } from './support/outbox'

// Under an appeal, Aoife leaves a short message of solidarity from her phone. It is shown only
// once she has confirmed her email and a moderator has approved it, newest first.

const POST = '/posts/become-a-sponsor-of-the-campaign'

test('a solidarity message goes through confirmation and approval and appears under the post, newest first', async ({ browser, page }, testInfo) => {
  const stamp = Date.now()
  const email = `aoife.${stamp}@example.org`
  const text = `Solidarity from the ward, ${stamp}. Stay strong!`
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, javaScriptEnabled: false })
  const phone = await context.newPage()
  await phone.goto(POST)
  const section = phone.getByRole('region', { name: 'Messages of solidarity' })
  await expect(section.getByRole('listitem')).toHaveCount(2)
  await section.getByText('Send a message of solidarity').click()
  // A mistake without JavaScript: the answer comes back on a page of its own, keeping the text.
  await section.getByLabel('Your message').fill(text)
  await section.getByLabel('Name').fill('Aoife Ward')
  await section.getByRole('button', { name: 'Send my message' }).click()
  await expect(phone).toHaveURL(`${POST}/message`)
  await expect(phone.getByText('Please enter your email address: we send you a link to confirm it.')).toBeVisible()
  await expect(phone.getByLabel('Your message')).toHaveValue(text)
  await phone.getByLabel('Town or organisation').fill('Cork')
  await phone.getByLabel('Email').fill(email)
  await phone.getByRole('button', { name: 'Send my message' }).click()
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Check your email')

  let mail: string | null = null
  await expect.poll(() => (mail = latestEmailTo(email)), { timeout: 15_000 }).not.toBeNull()
  await phone.goto(linkIn(mail!, '/messages/confirm'))
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Your message is confirmed')
  await phone.goto(POST)
  await expect(phone.getByText(text)).toHaveCount(0)

  const moderator = await createAccount('moderator', 'Mo Moderator')
  await signIn(page, moderator)
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto('/admin/supporters/messages')
  // A moderator may download the supporters list, but is not offered their email addresses.
  await expect(page.getByRole('button', { name: 'Export approved supporters (CSV)' })).toBeVisible()
  await expect(page.getByLabel('with email addresses')).toHaveCount(0)
  const row = page.getByRole('listitem').filter({ hasText: email })
  await expect(row.getByText(text)).toBeVisible()
  await page.screenshot({ path: testInfo.outputPath('admin-messages-1280.png'), fullPage: true })
  await row.getByRole('button', { name: 'Approve Aoife Ward' }).click()
  await expect(page.getByText('Approved 1 solidarity message: shown on the site now.')).toBeVisible()

  // The cached post page is refreshed by the approval: the new message is first.
  await expect
    .poll(
      async () => {
        await phone.goto(POST)
        return phone.getByRole('region', { name: 'Messages of solidarity' }).getByRole('listitem').first().textContent()
      },
      { timeout: 5_000 },
    )
    .toContain(text)
  const shown = phone.getByRole('region', { name: 'Messages of solidarity' })
  await expect(shown.getByRole('listitem')).toHaveCount(3)
  await expect(shown.getByText('Aoife Ward')).toBeVisible()
  expect(await phone.content()).not.toContain(email)
  await phone.locator('#solidarity').screenshot({ path: testInfo.outputPath('post-messages-390.png') })
  await context.close()

  // An admin is offered the file with email addresses.
  await page.context().clearCookies()
  await signIn(page, await createAccount('admin', 'Ada Admin'))
  await page.goto('/admin/supporters/messages')
  await expect(page.getByLabel('with email addresses')).toBeVisible()
})
