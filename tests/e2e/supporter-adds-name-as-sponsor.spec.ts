import { expect, test, type Browser, type Page } from '@playwright/test'
import { createAccount, signIn } from './support/admin'
import { latestEmailTo, linkIn } from './support/outbox'

// Rosa adds her name to the sponsors and supporters on her phone, confirms from the email, and
// once a moderator approves she is listed by name. Quinn, who joins from an old phone without
// JavaScript and does not tick "show publicly", is counted but never named.

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }

async function totals(page: Page) {
  await page.goto('/supporters')
  const text = (await page.locator('[data-supporter-totals]').textContent()) ?? ''
  const [, people, countries] = /([\d,]+) supporters? in ([\d,]+) countr/.exec(text) ?? []
  return { people: Number(people?.replace(/,/g, '')), countries: Number(countries) }
}

async function join(browser: Browser, javaScriptEnabled: boolean, who: { name: string; email: string; country: string; show: boolean; organisation?: string }) {
  const context = await browser.newContext({ ...PHONE, javaScriptEnabled })
  const phone = await context.newPage()
  await phone.goto('/supporters/join')
  await phone.getByLabel('Full name').fill(who.name)
  await phone.getByLabel('I sign as').selectOption({ label: 'Individual' })
  if (who.organisation) await phone.getByLabel('Organisation').fill(who.organisation)
  await phone.getByLabel('Country').selectOption(who.country)
  await phone.getByLabel('Email').fill(who.email)
  if (who.show) await phone.getByLabel('Show my name publicly').check()
  if (javaScriptEnabled) await expect(phone.locator('input[name=altcha]')).toHaveAttribute('data-proof', 'ready', { timeout: 15_000 })
  await phone.getByRole('button', { name: 'Add my name' }).click()
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Check your email')
  let mail: string | null = null
  await expect.poll(() => (mail = latestEmailTo(who.email)), { timeout: 15_000 }).not.toBeNull()
  expect(mail!).toContain('Subject: Please confirm your name on the list of supporters')
  await phone.goto(linkIn(mail!, '/supporters/confirm'))
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Your email is confirmed')
  await context.close()
}

test('a supporter adds their name, confirms, a moderator approves, and only those who asked are named', async ({ browser, page }, testInfo) => {
  const stamp = Date.now()
  const rosa = { name: `Rosa Sponsor ${stamp}`, email: `rosa.${stamp}@example.org`, country: 'CL', show: true, organisation: 'Dockers of Valparaíso' }
  const quinn = { name: `Quinn Quiet ${stamp}`, email: `quinn.${stamp}@example.org`, country: 'CL', show: false }
  const before = await totals(page)
  await join(browser, true, rosa)
  await join(browser, false, quinn)
  // Confirmed is not shown: nothing public changes before a moderator approves.
  expect(await totals(page)).toEqual(before)

  const moderator = await createAccount('moderator', 'Mo Moderator')
  await signIn(page, moderator)
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Supporters' }).click()
  const quinnRow = page.getByRole('listitem').filter({ hasText: quinn.email })
  await expect(quinnRow.getByText('count only, never named')).toBeVisible()
  await expect(quinnRow.getByText('Signed without JavaScript, so no automatic security check ran')).toBeVisible()
  await page.screenshot({ path: testInfo.outputPath('admin-supporters-1280.png'), fullPage: true })
  await page.getByRole('checkbox', { name: `Tick ${rosa.name}` }).check()
  await page.getByRole('checkbox', { name: `Tick ${quinn.name}` }).check()
  await page.getByRole('button', { name: 'Approve ticked' }).click()
  await expect(page.getByText('Approved 2 supporter entries: shown on the site now.')).toBeVisible()

  // The public list follows at once (the approval refreshes the cached page): two more people,
  // one more country (Chile had no one before), Rosa named, Quinn counted only.
  await expect.poll(() => totals(page), { timeout: 5_000 }).toEqual({ people: before.people + 2, countries: before.countries + 1 })
  const chile = page.locator('[data-type=individual] [data-country=CL]')
  await expect(chile.getByRole('heading')).toHaveText('Chile (2)')
  await expect(chile.getByText(rosa.name)).toBeVisible()
  await expect(chile.getByText('Dockers of Valparaíso')).toBeVisible()
  await expect(chile.getByText('and 1 more not named at their request')).toBeVisible()
  const html = await page.content()
  expect(html).not.toContain(quinn.name)
  // No supporter's address anywhere in the page (the campaign's own contact address aside).
  expect(html.replaceAll('campaign@example.org', '')).not.toContain('@example.org')

  // Searching works without JavaScript (a GET form), and never finds the unnamed.
  const noJs = await browser.newContext({ ...PHONE, javaScriptEnabled: false })
  const phone = await noJs.newPage()
  await phone.goto('/supporters')
  await phone.screenshot({ path: testInfo.outputPath('supporters-390.png'), fullPage: true })
  const search = phone.locator('form[action="/supporters/search"]')
  await search.getByRole('searchbox').fill('Quinn')
  await search.getByRole('button', { name: 'Search' }).click()
  await expect(phone).toHaveURL(/\/supporters\/search\?q=Quinn$/)
  await expect(phone.getByText('No one named in the list matches “Quinn”.')).toBeVisible()
  await search.getByRole('searchbox').fill('valparaíso')
  await search.getByRole('button', { name: 'Search' }).click()
  await expect(phone.getByText(rosa.name)).toBeVisible()
  await phone.goto('/supporters/join')
  await phone.screenshot({ path: testInfo.outputPath('supporters-join-390.png'), fullPage: true })
  await noJs.close()
})

test('the join form explains each mistake next to its field without JavaScript, keeping what was typed', async ({ browser }) => {
  const context = await browser.newContext({ ...PHONE, javaScriptEnabled: false })
  const phone = await context.newPage()
  await phone.goto('/supporters/join')
  await phone.getByLabel('Full name').fill('=HYPERLINK("x")')
  await phone.getByLabel('Organisation').fill('Union of Nurses')
  await phone.getByLabel('Email').fill('nurse@gmial.com')
  await phone.getByRole('button', { name: 'Add my name' }).click()
  await expect(phone).toHaveURL(/\/supporters\/join$/)
  await expect(phone.getByText('A name can’t start with =, +, - or @.')).toBeVisible()
  await expect(phone.getByText('Please choose what kind of supporter you are.')).toBeVisible()
  await expect(phone.getByText('Did you mean nurse@gmail.com? Please check the address.')).toBeVisible()
  await expect(phone.getByLabel('Full name')).toHaveAttribute('aria-invalid', 'true')
  await expect(phone.getByLabel('Organisation')).toHaveValue('Union of Nurses')
  await context.close()
})
