import { randomUUID } from 'node:crypto'
import { expect, test } from '@playwright/test'
import { createAccount, signIn } from './support/admin'
import { withDatabase } from './support/site'

// Thirty confirmed signatures arrive within minutes from one unknown email domain. Mo, a
// moderator, spots the domain in Trending, previews the invalidation, runs it, and the public
// count drops by thirty; then changes her mind, undoes it, and the count comes back.

const petitionPath = '/petitions/free-the-seltz-three'

test('a moderator finds a burst in Trending, invalidates it, and undoes it; the public count follows both ways', async ({ page, browser, request }) => {
  test.setTimeout(180_000)
  const count = async () => ((await (await request.get(`${petitionPath}/count.json`)).json()) as { count: number }).count
  const shownCount = async () => {
    const visitor = await browser.newPage()
    await visitor.goto(petitionPath)
    const text = await visitor.locator('[data-count]').first().textContent()
    await visitor.close()
    return Number(text?.replace(/\D/g, ''))
  }
  const domain = `burst-${randomUUID().slice(0, 6)}.example`
  const before = await count()
  await withDatabase((db) =>
    db.query(
      `INSERT INTO signatures (id, petition_id, full_name, email, email_canonical, email_domain, country, consent_version, consented_at, status, confirmed_at, created_at)
       SELECT gen_random_uuid(), p.id, 'Bot ' || i, 'bot' || i || '@' || $1, 'bot' || i || '@' || $1, $1, 'GB', '2026-11', now(), 'confirmed', now(), now() - make_interval(secs => i)
       FROM petitions p, generate_series(1, 30) i WHERE p.slug = 'free-the-seltz-three'`,
      [domain],
    ),
  )
  await expect.poll(count).toBe(before + 30)

  const moderator = await createAccount('moderator', 'Mo Moderator')
  await signIn(page, moderator)
  await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Moderation' }).click()
  await page.getByRole('navigation', { name: 'Moderation tools' }).getByRole('link', { name: 'Trending domains and addresses' }).click()
  await expect(page.getByRole('heading', { name: 'Trending', level: 1 })).toBeVisible()
  const petitionId = await withDatabase(
    async (db) => (await db.query<{ id: string }>(`SELECT id FROM petitions WHERE slug = 'free-the-seltz-three'`)).rows[0]!.id,
  )
  await page.getByLabel('Petition').selectOption(petitionId)
  await page.getByRole('button', { name: 'Show' }).click()
  const lastHour = page.getByRole('region', { name: 'Email domains, last hour' })
  await expect(lastHour.getByRole('row').filter({ hasText: `@${domain}` })).toContainText('30')
  await lastHour.getByRole('link', { name: `Invalidate @${domain}` }).click()

  await expect(page.getByRole('heading', { name: 'Invalidate signatures' })).toBeVisible()
  await expect(page.getByText(`email domain @${domain}`)).toBeVisible()
  await expect(page.getByText('This will invalidate 30 signatures.')).toBeVisible()
  await expect(page.getByRole('table', { name: 'Signatures this would invalidate' }).getByRole('row')).toHaveCount(21)
  await page.getByRole('button', { name: 'Invalidate 30 signatures' }).click()

  // The worker does it in the background; on a machine busy with other builds that can take a while.
  await expect(page.getByText('Done: 30 of 30 invalidated')).toBeVisible({ timeout: 60_000 })
  await expect.poll(count, { timeout: 1_000, intervals: [100] }).toBe(before)
  expect(await shownCount()).toBe(before)

  await page.getByRole('button', { name: 'Undo this invalidation' }).click()
  await expect(page.getByText('Undone: 30 of 30 put back')).toBeVisible({ timeout: 60_000 })
  await expect.poll(count, { timeout: 1_000, intervals: [100] }).toBe(before + 30)
  expect(await shownCount()).toBe(before + 30)
})
