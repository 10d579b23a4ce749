import { expect, test, type Page } from '@playwright/test'
import { loggedViolations, watchCspConsole } from './support/csp'
import { withDatabase } from './support/site'

// A sanitiser failure, played: Chromium gets the server's real answer for a post (its headers,
// its policy, its vouched scripts), with inline scripts written into the post's text on the way,
// one dressed up as Next's own payload push. Readers' browsers must not run them, whether the
// page comes fresh from Next or from the micro-cache, and must report the violation; the page
// itself still works: Next's own scripts ran, so the sign form inside the post signs with
// JavaScript. (That the server never vouches for such a script is the unit tests' part.)

const STORED = 'Stored text that escaped the sanitiser.'
const injected = [
  `<p>${STORED}</p>`,
  `<script>document.title = "pwned"; window.__pwned = "plain script"</script>`,
  `<script>self.__next_f.push([1,""]);window.__pwned = "next look-alike"</script>`,
  `<script>(self.__next_f=self.__next_f||[]).push([0]);window.__pwned = "bootstrap look-alike"</script>`,
  `<img src="/no-such-image.png" alt="" onerror="window.__pwned = 'event handler'">`,
].join('\n')

async function createPost(): Promise<string> {
  const slug = `csp-injected-${Date.now()}`
  await withDatabase(async (db) => {
    const { rows } = await db.query<{ author_id: string }>(`SELECT author_id FROM posts WHERE status = 'published' LIMIT 1`)
    await db.query(
      `INSERT INTO posts (id, title, slug, excerpt, body_html, status, published_at, author_id, updated_at)
       VALUES (gen_random_uuid(), 'A post with an injected script', $1, 'Injected.', $2, 'published', now() - interval '1 minute', $3, now())`,
      [slug, `<p>${STORED}</p>\n<p>[petition free-the-seltz-three]</p>`, rows[0]!.author_id],
    )
  })
  return `/posts/${slug}`
}

/** Writes the scripts into the post's text as the page reaches the browser; headers unchanged. */
async function injectInto(page: Page, path: string) {
  await page.route(
    (url) => url.pathname === path,
    async (route) => {
      const response = await route.fetch()
      const html = await response.text()
      expect(html).toContain(`<p>${STORED}</p>`)
      // The body is handed over decoded, so it is no longer compressed.
      const { 'content-encoding': _encoding, 'content-length': _length, ...headers } = response.headers()
      // The header alone must block them: the copy of the policy that page files carry inside
      // (PAGE_FILES_DIR, on for the e2e site) is taken out (reader-gets-pages-nginx-sends-as-files tests that one).
      const withoutPolicyTag = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
      await route.fulfill({ response, headers, body: withoutPolicyTag.replace(`<p>${STORED}</p>`, injected) })
    },
  )
}

async function expectBlockedAndWorking(page: Page, path: string) {
  await expect(page).toHaveTitle(/A post with an injected script/)
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined()

  // Every injected script and the event handler were reported, and the server logged them
  // without the query string.
  await expect
    .poll(() => loggedViolations().filter((v) => v.document.endsWith(path) && v.directive.startsWith('script-src')).length, { timeout: 10_000 })
    .toBeGreaterThanOrEqual(4)
  expect(loggedViolations().some((v) => v.sample === 'self.__next_f.push([1,""]);window.__pwne')).toBe(true)
  expect(loggedViolations().every((v) => !v.document.includes('?'))).toBe(true)

  // Next hydrated the page: the form signs with JavaScript, without leaving the post.
  const form = page.locator('section[aria-labelledby="sign-free-the-seltz-three-heading"]')
  await form.getByLabel('Full name').fill('Ada Reader')
  await form.getByLabel('Email', { exact: true }).fill(`ada.${Date.now()}.${Math.random().toString(36).slice(2)}@example.org`)
  await form.getByLabel('Country').selectOption({ label: 'Ireland' })
  await page.waitForTimeout(3_500)
  await form.getByRole('button', { name: 'Sign the petition' }).click()
  await expect(form.getByRole('status')).toContainText('Almost done!')
  expect(new URL(page.url()).pathname).toBe(path)
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined()
}

test('an injected script does not run on a page fresh from Next, is reported, and the page still signs', async ({ page }) => {
  const path = await createPost()
  await injectInto(page, path)
  const complaints = watchCspConsole(page)
  const response = await page.goto(`${path}?utm_source=mail&email=ada@example.org`)
  expect(response!.headers()['x-placard-cache']).toBeUndefined()
  expect(response!.headers()['content-security-policy']).toMatch(/script-src 'self' 'report-sample' 'nonce-[A-Za-z0-9_-]+'/)
  await expectBlockedAndWorking(page, path)
  expect(complaints.length).toBeGreaterThanOrEqual(4)
})

test('an injected script does not run on a copy from the micro-cache either', async ({ page, request }) => {
  const path = await createPost()
  await expect.poll(async () => (await request.get(path)).headers()['x-placard-cache'], { timeout: 10_000, intervals: [200] }).toBe('HIT')
  await injectInto(page, path)
  const complaints = watchCspConsole(page)
  const response = await page.goto(path)
  expect(response!.headers()['x-placard-cache']).toBe('HIT')
  expect(response!.headers()['content-security-policy']).toMatch(/script-src 'self' 'report-sample'( 'sha256-[A-Za-z0-9+/]+=*')+;/)
  await expectBlockedAndWorking(page, path)
  expect(complaints.length).toBeGreaterThanOrEqual(4)
})
