import { expect, test } from '@playwright/test'
import { instantOf } from '@/lib/action-days/time-zone'
import { createAccount, signIn } from './support/admin'
import { checkCalendar } from './support/ics'
import { emailsWithSubject, latestEmailTo } from './support/outbox'
import { withDatabase } from './support/site'

// Inês organises a vigil in Porto for the demo's coming day of action. Portugal has three time
// zones (the Azores differ), so she picks the mainland's. She confirms from her email; Mo, a
// moderator, approves; the protest appears under Portugal, and its calendar file is valid
// iCalendar with the start in UTC, her text escaped and long lines folded.

const dayPath = '/days-of-action/supreme-court-day-of-action'
const description =
  'Bring candles, banners; and a friend.\nSpeakers: the dockers’ union of São João da Foz \\ Matosinhos, reading the families’ message in Portuguese and English.'

test('an organiser registers a protest, confirms it by email, a moderator approves it, and its .ics is valid', async ({ page, browser, request }) => {
  const email = `ines.${Date.now()}@example.org`
  await page.goto(dayPath)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Day of action: free the Seltz Three')
  await page.getByRole('link', { name: 'Register a protest' }).click()
  const dayDate = await page.getByLabel('Date').inputValue()

  await page.getByLabel('Country').selectOption('PT')
  await page.getByLabel('City or town').fill('Porto')
  await page.getByLabel('Meeting place').fill('Praça da Liberdade, by the statue')
  await page.getByLabel('Start time').fill('18:30')
  await page.getByLabel('Organiser’s public name').fill('Comissão de Solidariedade do Porto')
  await page.getByLabel('Description').fill(description)
  await page.getByLabel('Your email').fill(email)
  // Leaving the zone to the country is not enough for Portugal: the form says why.
  await expect(page.locator('input[name="altcha"]')).toHaveAttribute('data-proof', 'ready', { timeout: 20_000 })
  await page.waitForTimeout(3_500)
  await page.getByRole('button', { name: 'Register the protest' }).click()
  await expect(page.getByText('Portugal has several time zones')).toBeVisible()
  await expect(page.getByLabel('City or town')).toHaveValue('Porto')
  await page.getByLabel('Time zone of the place').selectOption('Europe/Lisbon')
  await expect(page.locator('input[name="altcha"]')).toHaveAttribute('data-proof', 'ready', { timeout: 20_000 })
  await page.waitForTimeout(3_500)
  await page.getByRole('button', { name: 'Register the protest' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Almost done: check your email')

  // The confirmation arrives through the outbox, sent by the worker.
  let mail: string | null = null
  await expect.poll(() => (mail = latestEmailTo(email)), { timeout: 15_000 }).not.toBeNull()
  expect(emailsWithSubject('Please confirm your protest: Day of action: free the Seltz Three').length).toBeGreaterThan(0)
  const link = mail!.match(/https?:\/\/[^\s"<]+\/action-events\/confirm\?token=[A-Za-z0-9._-]+/)?.[0]
  expect(link).toBeTruthy()
  await page.goto(link!)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your protest is confirmed')

  // Not public until a moderator approves it.
  await page.goto(dayPath)
  await expect(page.getByRole('heading', { name: 'Portugal' })).toBeVisible() // the demo's Lisbon
  await expect(page.getByText('Comissão de Solidariedade do Porto')).toHaveCount(0)

  const moderatorPage = await browser.newPage()
  await signIn(moderatorPage, await createAccount('moderator', 'Mo Moderator'))
  await moderatorPage.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Days of action' }).click()
  await moderatorPage.getByRole('link', { name: /Protests waiting for a moderator/ }).click()
  const item = moderatorPage.getByRole('listitem').filter({ hasText: 'Comissão de Solidariedade do Porto' })
  await expect(item).not.toContainText(email)
  await item.getByRole('button', { name: 'Approve' }).click()
  await expect(moderatorPage.getByText('Approved 1 protest: listed on the site now.')).toBeVisible()
  await moderatorPage.close()

  // The cached page follows the approval (the table's trigger refreshes it).
  await expect
    .poll(
      async () => {
        await page.goto(dayPath)
        return page.getByText('Comissão de Solidariedade do Porto').count()
      },
      { timeout: 10_000 },
    )
    .toBe(1)
  const html = await page.content()
  expect(html).not.toContain(email)
  const entry = page.locator('[data-event]').filter({ hasText: 'Comissão de Solidariedade do Porto' })
  await expect(entry).toContainText('18:30')
  await expect(entry).toContainText('Lisbon time')

  // Its calendar file.
  const href = await entry.getByRole('link', { name: 'Add to calendar (.ics)' }).getAttribute('href')
  const response = await request.get(href!)
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toContain('text/calendar')
  const text = await response.text()
  const { events, unfolded } = checkCalendar(text)
  expect(events).toHaveLength(1)
  const event = events[0]!
  const expected = instantOf({ date: dayDate, time: '18:30' }, 'Europe/Lisbon')!
  expect(event.startDate.toJSDate().toISOString()).toBe(expected.toISOString())
  expect(unfolded.find((l) => l.startsWith('DTSTART'))).toMatch(/^DTSTART:\d{8}T\d{6}Z$/)
  expect(event.summary).toBe('Day of action: free the Seltz Three: Porto')
  expect(event.location).toBe('Praça da Liberdade, by the statue, Porto, Portugal')
  expect(event.description).toContain(description)
  // Escaped on the wire (RFC 5545 §3.3.11), folded because it is long (§3.1).
  const wire = unfolded.find((l) => l.startsWith('DESCRIPTION:'))!
  expect(wire).toContain('Bring candles\\, banners\\; and a friend.\\nSpeakers')
  expect(wire).toContain('São João da Foz \\\\ Matosinhos')
  expect(text.split('\r\n').some((l) => l.startsWith(' '))).toBe(true)
  expect(event.uid).toMatch(/^[0-9a-f-]{36}@/)

  // The whole day's file holds it too, with the demo's protests.
  const day = checkCalendar(await (await request.get(`${dayPath}/calendar.ics`)).text())
  expect(day.events.map((e) => e.uid)).toContain(event.uid)
  expect(day.events.length).toBeGreaterThanOrEqual(6)

  // Stored once, approved, and the organiser's address never left the database.
  const rows = await withDatabase(async (db) => (await db.query(`SELECT status, time_zone FROM action_events WHERE email = $1`, [email])).rows)
  expect(rows).toEqual([{ status: 'approved', time_zone: 'Europe/Lisbon' }])
})

test('without JavaScript an organiser can still register, and the protest waits for a moderator', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  const email = `nojs.${Date.now()}@example.org`
  await page.goto(`${dayPath}/register`)
  await page.getByLabel('Country').selectOption('IE')
  await page.getByLabel('City or town').fill('Cork')
  await page.getByLabel('Meeting place').fill('Grand Parade')
  await page.getByLabel('Start time').fill('13:00')
  await page.getByLabel('Organiser’s public name').fill('Cork Trades Council')
  await page.getByLabel('Your email').fill('not-an-email')
  await page.getByRole('button', { name: 'Register the protest' }).click()
  await expect(page.getByText('That doesn’t look like an email address')).toBeVisible()
  await expect(page.getByLabel('City or town')).toHaveValue('Cork')
  await page.getByLabel('Your email').fill(email)
  await page.getByRole('button', { name: 'Register the protest' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Almost done: check your email')
  const rows = await withDatabase(async (db) => (await db.query(`SELECT status, hold_reasons, time_zone FROM action_events WHERE email = $1`, [email])).rows)
  expect(rows).toEqual([{ status: 'pending', hold_reasons: ['no-proof-of-work'], time_zone: 'Europe/Dublin' }])
  await context.close()
})
