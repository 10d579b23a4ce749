import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { createAccount, signIn } from './support/admin'
import { withDatabase } from './support/site'

// Volunteers use the admin area with screen readers and keyboards too: every admin screen an
// admin can open passes the same WCAG 2.2 AA checks as the public pages.

const check = async (page: import('@playwright/test').Page) => {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

test('the sign-in page has no WCAG 2.2 AA violations', async ({ page }) => {
  await page.goto('/admin/sign-in')
  expect(await check(page)).toEqual([])
})

test('every admin screen has no WCAG 2.2 AA violations', async ({ page }) => {
  // About thirty screens, each checked after its requests settle: minutes on a busy machine.
  test.setTimeout(420_000)
  const admin = await createAccount('admin', 'Axe Admin')
  const postId = await withDatabase(async (db) => (await db.query<{ id: string }>(`SELECT id FROM posts WHERE status = 'published' LIMIT 1`)).rows[0]!.id)
  const petitionId = await withDatabase(async (db) => (await db.query<{ id: string }>(`SELECT id FROM petitions WHERE status = 'open' LIMIT 1`)).rows[0]!.id)
  // A held signature, so the moderation queue is checked with a row in it.
  await withDatabase((db) =>
    db.query(
      `INSERT INTO signatures (id, petition_id, full_name, email, email_canonical, email_domain, country, consent_version, consented_at, held, hold_reasons)
       SELECT gen_random_uuid(), id, 'Axe Held', 'axe.held@example.org', 'axe.held@example.org', 'example.org', 'DE', '2026-11', now(), true, '{no-proof-of-work}'
       FROM petitions WHERE status = 'open' LIMIT 1 ON CONFLICT DO NOTHING`,
    ),
  )
  // A finished bulk invalidation, so its progress screen (with the undo button) is checked too.
  const invalidationId = await withDatabase(
    async (db) =>
      (
        await db.query<{ id: string }>(
          `INSERT INTO signature_invalidations (id, filter, requested_by_label, state, total, changed, finished_at)
           VALUES (gen_random_uuid(), '{"domain":"example.org"}', 'axe@example.org', 'done', 1, 1, now()) RETURNING id`,
        )
      ).rows[0]!.id,
  )
  // A draft update, so its screen (editor, test, send and preview) is checked; and a sent one for the progress screen.
  const [draftId, sentId] = await withDatabase(async (db) => {
    const ids: string[] = []
    for (const state of ['draft', 'sent']) {
      const { rows } = await db.query<{ id: string }>(
        `INSERT INTO petition_updates (id, petition_id, subject, body_html, state, published_at, updated_at)
         SELECT gen_random_uuid(), id, 'Axe update', '<p>News.</p>', $1::"UpdateState", $2::timestamptz, now()
         FROM petitions WHERE status = 'open' LIMIT 1 RETURNING id`,
        [state, state === 'sent' ? new Date() : null],
      )
      ids.push(rows[0]!.id)
    }
    return ids
  })
  await signIn(page, admin)
  for (const path of [
    '/admin',
    '/admin/moderation',
    '/admin/moderation/export',
    '/admin/moderation/export?problem=1&columns=name',
    '/admin/moderation/signatures',
    '/admin/moderation/signatures?domain=example.org&status=pending',
    '/admin/moderation/trending',
    '/admin/moderation/invalidate?domain=example.org',
    '/admin/moderation/invalidate',
    '/admin/moderation/invalidations',
    `/admin/moderation/invalidations/${invalidationId}`,
    '/admin/posts',
    '/admin/posts/new',
    `/admin/posts/${postId}`,
    '/admin/categories',
    '/admin/pages',
    '/admin/pages/new',
    '/admin/petitions',
    '/admin/petitions/new',
    `/admin/petitions/${petitionId}`,
    '/admin/media',
    '/admin/users',
    `/admin/users/${admin.id}`,
    '/admin/account',
    '/admin/audit',
    '/admin/settings',
    '/admin/privacy',
    '/admin/updates',
    '/admin/updates/new',
    `/admin/updates/${draftId}`,
    `/admin/updates/${sentId}`,
    `/preview/posts/${postId}`,
    `/preview/petitions/${petitionId}`,
  ]) {
    await page.goto(path)
    await page.waitForLoadState('networkidle')
    expect(await check(page), path).toEqual([])
  }
  // The privacy screen with an address found and its erase step open.
  await page.goto('/admin/privacy')
  await page.getByLabel('Email address').fill('axe.held@example.org')
  await page.getByRole('button', { name: 'Find', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'What this site holds about axe.held@example.org' })).toBeVisible()
  await page.getByText('Erase all of it…').click()
  expect(await check(page), '/admin/privacy with an address found').toEqual([])
})
