import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { createAccount, signIn } from './support/admin'
import { confirmLinkIn, latestEmailTo } from './support/outbox'
import { withDatabase } from './support/site'

// Erasure, from both sides: Suzie erases everything the site holds about her with the link in
// her confirmation email; Ada, an admin, answers a subject-access request for another address:
// finds it on two petitions, downloads it as JSON, erases it, and sees it gone.

const petitionPath = '/petitions/free-the-seltz-three'

async function shownCount(page: Page) {
  const text = await page.locator('main [data-petition-progress] [data-count]').first().textContent()
  return Number(text!.replace(/,/g, ''))
}

test('a signer follows the erasure link in her email: the page asks first, the button erases, and her signature stops counting', async ({ page, request }) => {
  const email = `erasing.suzie.${Date.now()}@example.org`
  await page.goto(petitionPath)
  await expect.poll(() => shownCount(page)).toBeGreaterThan(0)
  const before = await shownCount(page)
  const form = page.locator('#sign')
  await form.getByLabel('Full name').fill('Suzie Eraser')
  await form.getByLabel('Email', { exact: true }).fill(email)
  await form.getByLabel('Country').selectOption({ label: 'Ireland' })
  await page.waitForTimeout(3_500)
  await form.getByRole('button', { name: 'Sign the petition' }).click()
  await expect(form.getByRole('status')).toContainText('check your email')
  await expect.poll(() => latestEmailTo(email), { timeout: 10_000 }).not.toBeNull()
  const message = latestEmailTo(email)!
  await page.goto(confirmLinkIn(message))
  await expect.poll(() => shownCount(page)).toBe(before + 1)

  expect(message).toContain(`Erase everything this site holds about ${email}`)
  const link = /https?:\/\/[^\s"<]+\/signatures\/erase\?token=[A-Za-z0-9._-]+/.exec(message)?.[0]
  expect(link).toBeTruthy()
  const path = new URL(link!).pathname + new URL(link!).search
  // Opening it (as a mail scanner would) erases nothing.
  await page.goto(path)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Erase everything this site holds about ${email}?`)
  await page.goto(petitionPath)
  await expect.poll(() => shownCount(page)).toBe(before + 1)

  // A forged link: a 404 that says so.
  const forged = await request.get(path.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')))
  expect(forged.status()).toBe(404)
  expect(await forged.text()).toContain('This erasure link doesn’t work')

  await page.goto(path)
  await page.getByRole('button', { name: 'Erase everything' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your data is erased')
  await expect(page.getByText('from 1 signature on 1 petition')).toBeVisible()
  await page.goto(petitionPath)
  await expect.poll(() => shownCount(page)).toBe(before)
  const left = await withDatabase(
    async (db) => (await db.query(`SELECT 1 FROM signatures WHERE email ILIKE $1 OR full_name = 'Suzie Eraser'`, [email])).rowCount,
  )
  expect(left).toBe(0)
})

test('an admin finds an address, downloads it as JSON, erases it and sees it gone', async ({ page }) => {
  const email = `sar.${Date.now()}@example.org`
  const petitions = await withDatabase(async (db) => {
    const { rows } = await db.query<{ title: string }>(
      `INSERT INTO signatures (id, petition_id, full_name, email, email_canonical, email_domain, country, city, consent_version, consented_at, status, confirmed_at)
       SELECT gen_random_uuid(), id, 'Petra Request', $1, lower($1), 'example.org', 'PL', 'Zamość', '2026-11', now(), 'confirmed', now()
       FROM petitions WHERE status = 'open' ORDER BY created_at LIMIT 2
       RETURNING (SELECT title FROM petitions p WHERE p.id = petition_id)`,
      [email],
    )
    return rows.map((r) => r.title)
  })
  expect(petitions).toHaveLength(2)
  const admin = await createAccount('admin', 'Ada Admin')
  await signIn(page, admin)
  await page.getByRole('link', { name: 'Privacy requests' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Privacy requests')

  await page.getByLabel('Email address').fill('not an address')
  await page.getByRole('button', { name: 'Find', exact: true }).click()
  await expect(page.getByText('That isn’t a whole email address. Type it like rosa@example.org.')).toBeVisible()

  await page.getByLabel('Email address').fill(email.toUpperCase())
  await page.getByRole('button', { name: 'Find', exact: true }).click()
  const signatures = page.getByRole('region', { name: 'Signatures: 2' })
  await expect(signatures).toBeVisible()
  for (const title of petitions) await expect(signatures.getByText(title)).toBeVisible()
  await expect(signatures.getByText(/Petra Request/).first()).toBeVisible()

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as JSON' }).click()])
  expect(download.suggestedFilename()).toMatch(/^placard-subject-access-\d{4}-\d{2}-\d{2}\.json$/)
  const file = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { sources: { id: string; items: { fields: Record<string, unknown> }[] }[] }
  const held = file.sources.find((s) => s.id === 'signatures')!.items.map((i) => i.fields)
  expect(held).toHaveLength(2)
  expect(held[0]).toMatchObject({ full_name: 'Petra Request', email, city: 'Zamość' })

  await page.getByText('Erase all of it…').click()
  await page.getByRole('button', { name: `Yes, erase everything about ${email}` }).click()
  await expect(page.getByRole('status')).toContainText('Erased 2 signatures')
  await expect(signatures.getByText(/Erased on \d/)).toHaveCount(2)
  await expect(page.getByText('Petra Request')).toHaveCount(0)
  await expect(page.getByText('Nothing left to erase.')).toBeVisible()
  const audit = await withDatabase(async (db) => (await db.query(`SELECT 1 FROM audit_log t WHERE t::text ILIKE $1`, [`%${email.split('@')[0]}%`])).rowCount)
  expect(audit).toBe(0)
})
