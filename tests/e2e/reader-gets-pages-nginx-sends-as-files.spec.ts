import { expect, test, type Page } from '@playwright/test'
import { watchCspConsole } from './support/csp'
import { e2eNginxUrl, startE2eNginx } from './support/nginx'
import { withDatabase } from './support/site'

// Behind the deploy recipe's nginx, a page the site answers from its micro-cache is also written
// as a file for the current second, and nginx sends it as it sends any static file
// (lib/http/page-files.ts, deploy/nginx/placard.conf). Such a file carries its own
// Content-Security-Policy inside it: Next's scripts run (the sign form checks entries as the
// reader types), a script written into the page does not, and a new post still shows within
// about a second.

let stopNginx: () => void
test.beforeAll(async () => {
  stopNginx = await startE2eNginx()
})
test.afterAll(() => stopNginx())

const STORED = 'Stored text that escaped the sanitiser.'
const injected = [
  `<p>${STORED}</p>`,
  `<script>document.title = "pwned"; window.__pwned = "plain script"</script>`,
  `<script>self.__next_f.push([1,""]);window.__pwned = "next look-alike"</script>`,
  `<img src="/no-such-image.png" alt="" onerror="window.__pwned = 'event handler'">`,
].join('\n')

async function publishPost(title: string, body = `<p>${STORED}</p>\n<p>[petition free-the-seltz-three]</p>`): Promise<string> {
  const slug = `page-file-${Date.now()}`
  await withDatabase(async (db) => {
    const { rows } = await db.query<{ author_id: string }>(`SELECT author_id FROM posts WHERE status = 'published' LIMIT 1`)
    await db.query(
      `INSERT INTO posts (id, title, slug, excerpt, body_html, status, published_at, author_id, updated_at)
       VALUES (gen_random_uuid(), $1, $2, 'Sent as a file.', $3, 'published', now() - interval '1 second', $4, now())`,
      [title, slug, body, rows[0]!.author_id],
    )
  })
  return `/posts/${slug}`
}

const cacheStatus = async (path: string, headers: Record<string, string> = {}) =>
  (await fetch(e2eNginxUrl + path, { headers, redirect: 'manual' })).headers.get('x-cache-status')

/** Asks nginx until it sends the page from a file (the site writes one once the page is in its micro-cache). */
async function untilSentAsFile(path: string) {
  await expect.poll(() => cacheStatus(path), { timeout: 15_000, intervals: [100] }).toBe('FILE')
}

/** Writes the scripts into the post's text on the way to the browser, from a page file; headers unchanged. */
async function injectIntoFile(page: Page, path: string) {
  await page.route(
    (url) => url.pathname === path,
    async (route) => {
      let response = await route.fetch()
      for (let tries = 0; tries < 50 && response.headers()['x-cache-status'] !== 'FILE'; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 50))
        response = await route.fetch()
      }
      expect(response.headers()['x-cache-status']).toBe('FILE')
      const html = await response.text()
      expect(html).toContain(`<p>${STORED}</p>`)
      const { 'content-encoding': _encoding, 'content-length': _length, ...headers } = response.headers()
      await route.fulfill({ response, headers, body: html.replace(`<p>${STORED}</p>`, injected) })
    },
  )
}

test('a page sent as a file runs Next’s scripts and no other, and carries the site’s headers', async ({ page }) => {
  const path = await publishPost('A post nginx sends as a file')
  await untilSentAsFile(path)
  await injectIntoFile(page, path)
  const complaints = watchCspConsole(page)
  const response = await page.goto(e2eNginxUrl + path)
  const headers = response!.headers()
  expect(headers['x-cache-status']).toBe('FILE')
  expect(headers['content-type']).toBe('text/html; charset=utf-8')
  // The page's own policy is inside it; nginx adds what only a header can carry, and the rest.
  expect(headers['content-security-policy']).toBe("frame-ancestors 'self'")
  expect(headers['x-frame-options']).toBe('SAMEORIGIN')
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
  const policy = await page.locator('head meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
  expect(policy).toMatch(/script-src 'self' 'report-sample'( 'sha256-[A-Za-z0-9+/]+=*')+;/)

  await expect(page).toHaveTitle(/A post nginx sends as a file/)
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined()
  // Chromium names each blocked script and the event handler in the console.
  await expect.poll(() => complaints.length).toBeGreaterThanOrEqual(3)

  // Next hydrated the page: the form inside the post checks the entries in the browser (without
  // JavaScript it would post them to the petition's sign page).
  const form = page.locator('section[aria-labelledby="sign-free-the-seltz-three-heading"]')
  await form.getByLabel('Full name').fill('Fay File')
  await form.getByLabel('Email', { exact: true }).fill('fay@gmial.com')
  await form.getByRole('button', { name: 'Sign the petition' }).click()
  await expect(form.getByText('Did you mean fay@gmail.com? Please check the address.')).toBeVisible()
  expect(new URL(page.url()).pathname).toBe(path)
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined()
})

test('nginx sends the file gzipped or plain, and none with a query, to a signed-in editor, to the framework’s own requests, or for a form post', async () => {
  const path = await publishPost('A post for the exceptions')
  await untilSentAsFile(path)
  // Browsers get the gzip copy beside the file; HEAD the same headers.
  const sentAs = async (init: RequestInit) => {
    const response = await fetch(e2eNginxUrl + path, init)
    return `${response.headers.get('x-cache-status')} ${response.headers.get('content-encoding')}`
  }
  await expect.poll(() => sentAs({ headers: { 'accept-encoding': 'gzip, deflate, br' } }), { intervals: [100] }).toBe('FILE gzip')
  await expect.poll(async () => (await fetch(e2eNginxUrl + path, { method: 'HEAD' })).headers.get('x-cache-status'), { intervals: [100] }).toBe('FILE')
  expect(await cacheStatus(`${path}?utm_source=mail`)).not.toBe('FILE')
  expect(await cacheStatus(path, { cookie: 'next-auth.session-token=an-editor' })).toBe('BYPASS')
  expect(await cacheStatus(path, { rsc: '1' })).not.toBe('FILE')
  expect(await cacheStatus(`${path}/`)).not.toBe('FILE')
  // A form posted to the page's address reaches the site (which names each answer), not nginx's 405 for a file.
  const posted = await fetch(e2eNginxUrl + path, { method: 'POST', body: 'x=1', headers: { 'content-type': 'application/x-www-form-urlencoded' } })
  expect(posted.status).not.toBe(405)
  expect(posted.headers.get('x-request-id')).toBeTruthy()
})

test('a new post shows on the home page through nginx within about a second, page files and all', async () => {
  await untilSentAsFile('/')
  const title = `Published while the home page is a file ${Date.now()}`
  await publishPost(title, '<p>Fresh.</p>')
  const publishedAt = Date.now()
  await expect.poll(async () => (await (await fetch(`${e2eNginxUrl}/`)).text()).includes(title), { timeout: 10_000, intervals: [50] }).toBe(true)
  // A second's file lasts to the end of its second; the site takes a moment to hear of the post.
  expect(Date.now() - publishedAt).toBeLessThan(3_000)
  // And the files nginx sends from then on have it.
  await expect
    .poll(
      async () => {
        const response = await fetch(`${e2eNginxUrl}/`)
        const text = await response.text()
        return response.headers.get('x-cache-status') === 'FILE' && text.includes(title)
      },
      { timeout: 10_000, intervals: [100] },
    )
    .toBe(true)
})
