import { expect, test } from '@playwright/test'
import { createAccount, signIn } from './support/admin'
import { emailsWithSubject } from './support/outbox'

// Lena, a journalist on her phone, writes to the campaign from the footer's "Write to us" link.
// Her message lands in the campaign's mailbox with "Reply" going to her, and Max, a moderator,
// finds it under Messages and marks it answered. Without JavaScript the form still works: a
// mistake comes back with what she typed, and the message is kept for a moderator.

test('a message written on a phone reaches the campaign’s mailbox and the moderators’ inbox', async ({ page, browser }) => {
  const stamp = Date.now()
  const name = `Lena Reporter ${String(stamp)
    .slice(-5)
    .replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!)}`
  await page.goto('/')
  await page.getByRole('contentinfo').getByRole('link', { name: 'Write to us' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contact the campaign')
  await page.getByLabel('What is it about?').selectOption('press')
  await page.getByRole('textbox', { name: 'Your name' }).fill(name)
  await page.getByRole('textbox', { name: 'Your email' }).fill(`lena.${stamp}@newsroom.example`)
  await page.getByLabel('Your message').fill('Could someone from the campaign talk to me about the trial next week?')
  await page.getByRole('button', { name: 'Send' }).click()
  await expect(page.getByRole('status')).toContainText('your message has reached the campaign')

  let mail: string | undefined
  await expect.poll(() => (mail = emailsWithSubject(`[Press enquiry] ${name}`)[0]), { timeout: 15_000 }).toBeTruthy()
  expect(mail).toMatch(new RegExp(`^Reply-To: lena\\.${stamp}@newsroom\\.example\\r?$`, 'm'))

  const max = await createAccount('moderator', 'Max Moderator')
  const staff = await browser.newPage()
  await signIn(staff, max)
  await staff.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Messages' }).click()
  await staff.getByRole('link', { name }).click()
  await expect(staff.getByText('Could someone from the campaign talk to me about the trial next week?')).toBeVisible()
  await expect(staff.getByText(/Forwarded to .* on /)).toBeVisible()
  await staff.getByRole('button', { name: 'Mark as answered' }).click()
  await expect(staff.getByText('Marked as answered.')).toBeVisible()
  await staff.goto('/admin/messages')
  await expect(staff.getByRole('link', { name })).toHaveCount(0)
  await staff.close()
})

test('without JavaScript a mistake comes back with what was typed, and the message is kept for a moderator', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  const name = `Olek Offline ${Date.now()}`.replace(/\d/g, (d) => 'klmnopqrst'[Number(d)]!)
  await page.goto('/contact')
  await page.getByLabel('What is it about?').selectOption('solidarity')
  await page.getByRole('textbox', { name: 'Your name' }).fill(name)
  await page.getByRole('textbox', { name: 'Your email' }).fill('olek@gmial.com')
  await page.getByLabel('Your message').fill('Solidarity from the dockers of Gdańsk!')
  await page.getByRole('button', { name: 'Send' }).click()
  await expect(page).toHaveURL(/\/contact\/answer$/)
  await expect(page.getByText('Did you mean olek@gmail.com? Please check the address.')).toBeVisible()
  await expect(page.getByLabel('Your message')).toHaveValue('Solidarity from the dockers of Gdańsk!')
  await page.getByRole('textbox', { name: 'Your email' }).fill('olek@gmail.com')
  await page.getByLabel(/You may publish my message of solidarity/).check()
  await page.getByRole('button', { name: 'Send' }).click()
  await expect(page).toHaveURL(/\/contact\/sent$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Message sent')
  await context.close()

  const staff = await browser.newPage()
  await signIn(staff, await createAccount('moderator', 'Mia Moderator'))
  await staff.goto('/admin/messages?show=held')
  await staff.getByRole('link', { name }).click()
  await expect(staff.getByText('Held, not forwarded:')).toBeVisible()
  await expect(staff.getByText('The sender agreed that this message may be published on the site with their name.')).toBeVisible()
  await staff.getByRole('button', { name: /Genuine: forward to/ }).click()
  await expect(staff.getByText(/Forwarded: it is on its way to/)).toBeVisible()
  await expect.poll(() => emailsWithSubject(`[Message of solidarity] ${name}`).length, { timeout: 15_000 }).toBe(1)

  // She agreed to publication: the moderator puts it under the appeal it answers.
  await staff.reload()
  await staff.getByLabel('Publish it under a post').selectOption({ index: 1 })
  await staff.getByRole('button', { name: 'Publish under this post' }).click()
  await expect(staff.getByText(/^Published under “.+”, with .+’s name and never their address/)).toBeVisible()
  await staff.close()
})
