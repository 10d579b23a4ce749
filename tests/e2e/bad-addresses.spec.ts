import http from 'node:http'
import { expect, test } from '@playwright/test'
import { withDatabase } from './support/site'

// Addresses no real link produces get a clear 4xx from the server itself, with the same
// security headers as every page, and never reach Next (no 5xx, no cache-writer error).

const port = Number(process.env.E2E_PORT ?? 3100)

/** A raw request, exactly as written: browsers and fetch would re-escape the address first. */
function rawRequest(
  method: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path, headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }))
    })
    req.on('error', reject)
    req.end(method === 'POST' ? '{}' : undefined)
  })
}

test('malformed escapes, NUL bytes, invalid UTF-8 and overlong addresses get a 400 or 414 with a message', async () => {
  const cases: [string, string, number][] = [
    ['POST', '/api/petitions/%E0%A4%A/signatures', 400],
    ['GET', '/posts/abc%00def', 400],
    ['GET', '/posts/%C3%28', 400],
    ['GET', '/posts/caf\u00e9', 400],
    ['GET', '/search?q=%00', 400],
    ['GET', '/admin/posts/%E0%A4%A', 400],
    ['GET', `/posts/${'a'.repeat(3000)}`, 414],
  ]
  for (const [method, path, status] of cases) {
    const answer = await rawRequest(method, path)
    expect(answer.status, `${method} ${path.slice(0, 60)}`).toBe(status)
    expect(answer.body).toMatch(/malformed|too long/)
    expect(answer.headers['x-content-type-options']).toBe('nosniff')
    expect(answer.headers['cross-origin-opener-policy']).toBe('same-origin')
  }
})

test('every answer carries the security headers: pages, the micro-cache, the sign fast path and 404s', async () => {
  for (const [method, path] of [
    ['GET', '/'],
    ['GET', '/'],
    ['GET', '/no-such-page'],
    ['POST', '/api/petitions/free-the-seltz-three/signatures'],
  ] as const) {
    const answer = await rawRequest(method, path)
    expect(answer.status, path).toBeLessThan(500)
    expect(answer.headers['x-content-type-options'], path).toBe('nosniff')
    expect(answer.headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin')
    expect(answer.headers['permissions-policy'], path).toContain('camera=()')
    expect(answer.headers['cross-origin-opener-policy'], path).toBe('same-origin')
  }
})

test('a form posted from another site is refused with a clear 403 before anything is stored', async ({ page }) => {
  const sign = '/api/petitions/free-the-seltz-three/signatures'
  const foreign: Record<string, string>[] = [{ origin: 'https://evil.example' }, { origin: 'null' }, { referer: 'https://evil.example/page' }]
  for (const headers of foreign) {
    const answer = await rawRequest('POST', sign, headers)
    expect(answer.status, JSON.stringify(headers)).toBe(403)
    expect(answer.body).toContain('did not come from a page of this site')
  }
  const own = await rawRequest('POST', sign, { origin: `http://127.0.0.1:${port}` })
  expect(own.status).toBe(422) // on to the sign handler, which finds the empty form wanting

  // A page on another site that auto-submits a form to the petition gets the refusal too.
  await page.route('https://evil.example/', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<form method="post" action="http://127.0.0.1:${port}${sign}"><input name="fullName" value="Forged"></form><script>document.forms[0].submit()</script>`,
    }),
  )
  const [response] = await Promise.all([page.waitForResponse((r) => r.url().endsWith(sign)), page.goto('https://evil.example/')])
  expect(response.status()).toBe(403)
  const stored = await withDatabase(async (db) => (await db.query(`SELECT 1 FROM signatures WHERE full_name = 'Forged'`)).rowCount)
  expect(stored).toBe(0)
})
