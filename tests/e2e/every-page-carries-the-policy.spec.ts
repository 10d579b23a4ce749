import { expect, test } from '@playwright/test'
import { createAccount, signIn } from './support/admin'
import { directive, loggedViolations, scriptSources, watchCspConsole } from './support/csp'
import { withDatabase } from './support/site'

// Every kind of HTML answer carries the strict policy, fresh from Next or from the micro-cache;
// only the widget may be framed by other sites. And on our own pages, with a person's real
// clicks, the browser blocks nothing: every script of ours was vouched for.

const petition = '/petitions/free-the-seltz-three'

async function publicPaths() {
  return withDatabase(async (db) => {
    const post = await db.query<{ slug: string }>(
      `SELECT slug FROM posts WHERE status = 'published' AND slug NOT LIKE 'csp-injected-%' ORDER BY published_at DESC LIMIT 1`,
    )
    await db.query(
      `INSERT INTO pages (id, title, slug, body_html, status, updated_at) VALUES (gen_random_uuid(), 'About the campaign', 'about-the-campaign', '<p>Who we are.</p>', 'published', now())
       ON CONFLICT (slug) DO NOTHING`,
    )
    return [
      '/',
      `/posts/${post.rows[0]!.slug}`,
      petition,
      `${petition}/sheet`,
      '/about-the-campaign',
      '/category/articles',
      '/search?q=union',
      '/posts/no-such-post',
      '/admin/sign-in',
    ]
  })
}

function expectStrict(policy: string | undefined, path: string, frameable = false) {
  expect(policy, path).toBeDefined()
  const scripts = scriptSources(policy!)
  expect(scripts, path).toContain("'self'")
  expect(
    scripts.filter((s) => !/^'(self|report-sample|sha256-[A-Za-z0-9+/]+=*|nonce-[A-Za-z0-9_-]+)'$/.test(s)),
    path,
  ).toEqual([])
  expect(policy, path).not.toMatch(/unsafe-eval/)
  expect(directive(policy!, 'script-src'), path).not.toMatch(/unsafe-inline/)
  expect(directive(policy!, 'object-src'), path).toBe("object-src 'none'")
  expect(directive(policy!, 'base-uri'), path).toBe("base-uri 'none'")
  expect(directive(policy!, 'form-action'), path).toBe("form-action 'self'")
  expect(directive(policy!, 'frame-ancestors'), path).toBe(frameable ? 'frame-ancestors *' : "frame-ancestors 'self'")
  expect(directive(policy!, 'report-uri'), path).toBe('report-uri /api/csp-report')
  // The tests' site is plain http, where Chromium would drop `report-to` reports (policy.ts).
  expect(directive(policy!, 'report-to'), path).toBeUndefined()
  // Nothing from another host: every source is a keyword, a hash, a nonce or a scheme of our own.
  expect(policy!.match(/\b[a-z0-9.-]+\.[a-z]{2,}\b|https?:\/\//g), path).toBeNull()
}

test('every page type answers with the strict policy, fresh and cached; the widget alone may be framed', async ({ request }) => {
  for (const path of await publicPaths()) {
    const fresh = await request.get(path)
    expectStrict(fresh.headers()['content-security-policy'], path)
  }
  // Cached copies carry their own (hashed) policy.
  for (const path of ['/', petition, '/category/articles']) {
    await expect.poll(async () => (await request.get(path)).headers()['x-placard-cache'], { timeout: 10_000, intervals: [200] }).toBe('HIT')
    const cached = await request.get(path)
    expectStrict(cached.headers()['content-security-policy'], path)
    expect(
      scriptSources(cached.headers()['content-security-policy']!).some((s) => s.startsWith("'sha256-")),
      path,
    ).toBe(true)
  }
  const widget = await request.get(`${petition}/widget`)
  expectStrict(widget.headers()['content-security-policy'], 'widget', true)
  // Refusals and errors carry a policy too.
  const refused = await request.get('/posts/abc%00def')
  expect(refused.status()).toBe(400)
  expectStrict(refused.headers()['content-security-policy'], 'refusal')
  const foreign = await request.post('/api/petitions/free-the-seltz-three/signatures', { headers: { origin: 'https://evil.example' }, form: { fullName: 'x' } })
  expect(foreign.status()).toBe(403)
  expectStrict(foreign.headers()['content-security-policy'], 'foreign origin')
})

test('a reader and an editor use the site and the browser blocks nothing of ours', async ({ page, browser }) => {
  test.setTimeout(180_000)
  const complaints = watchCspConsole(page)
  const before = loggedViolations().length
  for (const path of await publicPaths()) {
    // Twice: once as Next streams it, once from the micro-cache.
    await page.goto(path)
    await page.waitForLoadState('networkidle')
    await page.goto(path)
    await page.waitForLoadState('networkidle')
  }
  // The widget, framed by another page as campaigns embed it.
  await page.goto(`${petition}/widget`)
  await page.waitForLoadState('networkidle')

  // Signing with JavaScript: the proof of work is solved in the page, the answer shown in place.
  await page.goto(petition)
  const form = page.locator('#sign')
  await form.getByLabel('Full name').fill('Rosa Reader')
  await form.getByLabel('Email', { exact: true }).fill(`rosa.${Date.now()}@example.org`)
  await form.getByLabel('Country').selectOption({ label: 'Ireland' })
  await page.waitForTimeout(3_500)
  await form.getByRole('button', { name: 'Sign the petition' }).click()
  await expect(form.getByRole('status')).toContainText('Almost done!')

  // An editor signs in (next-auth), sees the dashboard's chart and writes in the editor.
  const context = await browser.newContext()
  const admin = await context.newPage()
  const adminComplaints = watchCspConsole(admin)
  await signIn(admin, await createAccount('admin', 'Csp Admin'))
  await expect(admin.locator('canvas').first()).toBeVisible()
  await admin.goto('/admin/posts/new')
  await admin.getByLabel('Title').fill('A draft')
  await admin.getByRole('textbox', { name: 'Post text' }).click()
  await admin.keyboard.type('Typed in the editor.')
  await expect(admin.getByRole('textbox', { name: 'Post text' })).toContainText('Typed in the editor.')
  for (const path of ['/admin/posts', '/admin/petitions', '/admin/moderation', '/admin/media', '/admin/settings']) {
    await admin.goto(path)
    await admin.waitForLoadState('networkidle')
  }
  await context.close()

  expect(complaints).toEqual([])
  expect(adminComplaints).toEqual([])
  await page.waitForTimeout(1_500)
  expect(
    loggedViolations()
      .slice(before)
      .filter((v) => !v.document.includes('/posts/csp-injected-')),
  ).toEqual([])
})
