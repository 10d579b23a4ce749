import { randomUUID } from 'node:crypto'
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { createAccount, signIn } from './support/admin'
import { emailsTo, emailsWithSubject, unsubscribeLinkIn } from './support/outbox'
import { withDatabase } from './support/site'

// Ede, an editor, tells the signers of a petition that the hearing was postponed. She writes the
// update in the editor she knows from posts, sends herself a test, then sends it and watches the
// progress reach the end. Each signer who confirmed and asked to be kept informed finds exactly
// one message in their inbox, nobody else finds any, and one of them unsubscribes from the link
// in it without any account.

const stamp = randomUUID().slice(0, 8)
const informed = [1, 2, 3].map((i) => `informed.${stamp}.${i}@example.org`)
const others = { pending: `pending.${stamp}@example.org`, held: `held.${stamp}@example.org`, silent: `silent.${stamp}@example.org` }
const slug = `update-test-${stamp}`
const title = `Free the dockers of Port ${stamp}`

test.beforeAll(async () => {
  await withDatabase(async (db) => {
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO petitions (id, slug, title, summary, body_html, target, goal, status, updated_at)
       VALUES (gen_random_uuid(), $1, $2, 'Release them.', '<p>Release them.</p>', 'The Ministry', 100, 'open', now()) RETURNING id`,
      [slug, title],
    )
    const sign = (email: string, status: string, held: boolean, keepInformed: boolean) =>
      db.query(
        `INSERT INTO signatures (id, petition_id, full_name, email, email_canonical, email_domain, country, consent_version, consented_at, status, held, keep_informed)
         VALUES (gen_random_uuid(), $1, 'Signer', $2, $2, 'example.org', 'DE', '2026-11', now(), $3, $4, $5)`,
        [rows[0]!.id, email, status, held, keepInformed],
      )
    for (const email of informed) await sign(email, 'confirmed', false, true)
    await sign(others.pending, 'pending', false, true)
    await sign(others.held, 'confirmed', true, true)
    await sign(others.silent, 'confirmed', false, false)
  })
})

test('an editor sends an update; each opted-in signer gets it once and can unsubscribe without signing in', async ({ page, browser }) => {
  const subject = `Hearing postponed ${stamp}`
  const editor = await createAccount('editor', 'Ede Editor')
  await signIn(page, editor)
  await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Updates' }).click()
  await page.getByRole('link', { name: 'New update' }).click()
  await page.getByLabel('Petition').selectOption({ label: `${title} (3 to inform)` })
  await page.getByLabel('Subject').fill(subject)
  await page.getByRole('textbox', { name: 'Update text' }).click()
  await page.keyboard.type('The court postponed the hearing by two weeks. Thank you for standing with them.')
  await page.getByRole('button', { name: 'Save draft' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(subject)
  await expect(page.getByRole('region', { name: /^Preview/ }).getByText('The court postponed the hearing')).toBeVisible()

  await page.getByRole('button', { name: 'Send a test to myself' }).click()
  await expect(page.getByText(`A test was sent to ${editor.email}.`)).toBeVisible()
  expect(emailsTo(editor.email)).toBe(1)

  await page.getByRole('button', { name: 'Send to 3 signers…' }).click()
  await expect(page.getByText(`Send “${subject}” to 3 signers now?`)).toBeVisible()
  await page.getByRole('button', { name: 'Yes, send to 3 signers' }).click()
  await expect(page.getByText('Done: sent to 3 of 3 signers.')).toBeVisible({ timeout: 20_000 })
  await expect(page.getByRole('progressbar', { name: 'Messages sent' })).toHaveAttribute('value', '3')

  expect(emailsWithSubject(subject)).toHaveLength(3)
  for (const email of informed) expect(emailsTo(email), email).toBe(1)
  for (const email of Object.values(others)) expect(emailsTo(email), email).toBe(0)

  // The list shows it done too.
  await page.getByRole('link', { name: '← All updates' }).click()
  await expect(page.getByRole('row').filter({ hasText: subject })).toContainText('3 of 3 sent')

  // A signer follows the link in the email, in a browser that has never signed in.
  const stranger = await browser.newContext()
  const inbox = await stranger.newPage()
  const mail = emailsWithSubject(subject).find((raw) => raw.includes(`To: ${informed[0]}`))!
  await inbox.goto(unsubscribeLinkIn(mail).replace(/^https?:\/\/[^/]+/, ''))
  await expect(inbox.getByRole('heading', { level: 1 })).toHaveText('Stop updates about this petition?')
  const axe = await new AxeBuilder({ page: inbox }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
  expect(axe.violations.map((v) => v.id)).toEqual([])
  await inbox.getByRole('button', { name: 'Unsubscribe' }).click()
  await expect(inbox.getByRole('heading', { level: 1 })).toHaveText('You are unsubscribed')
  await stranger.close()
  const unsubscribed = await withDatabase(
    async (db) => (await db.query(`SELECT 1 FROM signatures WHERE email = $1 AND unsubscribed_at IS NOT NULL`, [informed[0]])).rowCount,
  )
  expect(unsubscribed).toBe(1)

  // The update is news on the petition's page.
  await page.goto(`/petitions/${slug}`)
  const news = page.getByRole('region', { name: 'News' })
  await expect(news.getByRole('heading', { name: subject })).toBeVisible()
  await expect(news).toContainText('The court postponed the hearing by two weeks.')
})
