import { expect, test, type APIRequestContext } from '@playwright/test'
import { createAccount, signInRequest } from './support/admin'
import { databaseDigest } from './support/site'

// The part of the bad-input table (tests/integration/bad-input-table.test.ts) that only the real
// server sees: bodies too large for the server's fast path, content types, methods a handler
// doesn't export, encoded path traversal in addresses, foreign origins, unknown server-action
// ids. Each answer is a 4xx with words saying what was wrong (or, for a plain form post, a 303
// to a page that says it), never a 5xx or a stack trace, and the database is unchanged.

const SIGN = '/api/petitions/free-the-seltz-three/signatures'
const RESEND = '/api/petitions/free-the-seltz-three/resend'
const json = { 'content-type': 'application/json' }
const nested = (depth: number) => `${'{"fullName":'.repeat(depth)}"x"${'}'.repeat(depth)}`

type Row = {
  name: string
  method: string
  url: string
  headers?: Record<string, string>
  data?: string | Buffer
  multipart?: Record<string, string | { name: string; mimeType: string; buffer: Buffer }>
  as?: 'editor' | 'moderator'
  status: number
  /** The words the answer (or the page a 303 leads to) must hold; null where the protocol's status says it all (405). */
  says: RegExp | null
}

const TOO_LARGE = /too large \(at most 16 KB\)/
const NOT_JSON_OR_FORM = /Send the form as JSON or as a normal form post/
const UNREADABLE = /could not be read/
const NO_PETITION = /no petition at this address/
const MALFORMED = /This address is malformed/
const FOREIGN = /did not come from a page of this site/
const INVALID_LINK = /This link doesn’t work/

const rows: Row[] = [
  // The sign endpoint, answered by scripts/serve.ts's fast path.
  { name: 'sign: 100 KB body', method: 'POST', url: SIGN, headers: json, data: JSON.stringify({ comment: 'x'.repeat(100_000) }), status: 413, says: TOO_LARGE },
  { name: 'sign: 3 MB body', method: 'POST', url: SIGN, headers: json, data: Buffer.alloc(3_000_000, 0x61), status: 413, says: TOO_LARGE },
  { name: 'sign: XML', method: 'POST', url: SIGN, headers: { 'content-type': 'text/xml' }, data: '<sign/>', status: 415, says: NOT_JSON_OR_FORM },
  { name: 'sign: no content type', method: 'POST', url: SIGN, headers: {}, data: 'fullName=x', status: 415, says: NOT_JSON_OR_FORM },
  { name: 'sign: malformed JSON', method: 'POST', url: SIGN, headers: json, data: '{"fullName": "Rosa', status: 400, says: UNREADABLE },
  { name: 'sign: JSON nested 5,000 deep', method: 'POST', url: SIGN, headers: json, data: '['.repeat(5000) + ']'.repeat(5000), status: 400, says: UNREADABLE },
  { name: 'sign: objects nested 1,000 deep', method: 'POST', url: SIGN, headers: json, data: nested(1000), status: 422, says: /enter your full name/ },
  { name: 'sign: GET', method: 'GET', url: SIGN, status: 405, says: null },
  { name: 'sign: PUT', method: 'PUT', url: SIGN, headers: json, data: '{}', status: 405, says: null },
  {
    name: 'sign: ../ encoded in the slug',
    method: 'POST',
    url: '/api/petitions/..%2f..%2fetc%2fpasswd/signatures',
    headers: json,
    data: '{}',
    status: 404,
    says: NO_PETITION,
  },
  {
    name: 'sign: %2e%2e%2f in the slug',
    method: 'POST',
    url: '/api/petitions/%2e%2e%2f%2e%2e%2fadmin/signatures',
    headers: json,
    data: '{}',
    status: 404,
    says: NO_PETITION,
  },
  {
    name: 'sign: backslashes in the slug',
    method: 'POST',
    url: '/api/petitions/..%5c..%5cwin.ini/signatures',
    headers: json,
    data: '{}',
    status: 404,
    says: NO_PETITION,
  },
  {
    name: 'sign: right-to-left override in the slug',
    method: 'POST',
    url: '/api/petitions/%E2%80%AEeerht-ztles/signatures',
    headers: json,
    data: '{}',
    status: 404,
    says: NO_PETITION,
  },
  { name: 'sign: NUL in the slug', method: 'POST', url: '/api/petitions/free%00/signatures', headers: json, data: '{}', status: 400, says: MALFORMED },
  // Resend, withdraw, unsubscribe, confirm: through Next.
  {
    name: 'resend: 100 KB body',
    method: 'POST',
    url: RESEND,
    headers: json,
    data: JSON.stringify({ email: 'x'.repeat(100_000) }),
    status: 413,
    says: TOO_LARGE,
  },
  { name: 'resend: text/plain', method: 'POST', url: RESEND, headers: { 'content-type': 'text/plain' }, data: 'email', status: 415, says: NOT_JSON_OR_FORM },
  { name: 'resend: malformed JSON', method: 'POST', url: RESEND, headers: json, data: '{email', status: 400, says: UNREADABLE },
  { name: 'resend: invalid email', method: 'POST', url: RESEND, headers: json, data: '{"email":"rosa@"}', status: 422, says: /email address you signed with/ },
  { name: 'resend: GET', method: 'GET', url: RESEND, status: 405, says: null },
  { name: 'withdraw: GET', method: 'GET', url: '/api/signatures/withdraw', status: 405, says: null },
  {
    name: 'withdraw: foreign origin',
    method: 'POST',
    url: '/api/signatures/withdraw',
    headers: { origin: 'https://evil.example', ...json },
    data: '{"token":"x"}',
    status: 403,
    says: FOREIGN,
  },
  {
    name: 'withdraw: 100 KB token',
    method: 'POST',
    url: '/api/signatures/withdraw',
    headers: json,
    data: JSON.stringify({ token: 'x'.repeat(100_000) }),
    status: 303,
    says: INVALID_LINK,
  },
  { name: 'erase: GET', method: 'GET', url: '/api/signatures/erase', status: 405, says: null },
  {
    name: 'erase: foreign origin',
    method: 'POST',
    url: '/api/signatures/erase',
    headers: { origin: 'https://evil.example', ...json },
    data: '{"token":"x"}',
    status: 403,
    says: FOREIGN,
  },
  {
    name: 'erase: 100 KB token',
    method: 'POST',
    url: '/api/signatures/erase',
    headers: json,
    data: JSON.stringify({ token: 'x'.repeat(100_000) }),
    status: 303,
    says: /This erasure link doesn’t work/,
  },
  {
    name: 'privacy download: foreign origin',
    method: 'POST',
    url: '/api/admin/privacy/export',
    headers: { origin: 'https://evil.example', ...json },
    data: '{"email":"a@example.org"}',
    status: 403,
    says: FOREIGN,
  },
  {
    name: 'unsubscribe: one-click with a made-up token',
    method: 'POST',
    url: '/api/signatures/unsubscribe?token=made-up',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    data: 'List-Unsubscribe=One-Click',
    status: 400,
    says: /This unsubscribe link does not work/,
  },
  {
    name: 'unsubscribe: one-click with a 500-character token',
    method: 'POST',
    url: `/api/signatures/unsubscribe?token=${'a'.repeat(500)}`,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    data: 'List-Unsubscribe=One-Click',
    status: 400,
    says: /This unsubscribe link does not work/,
  },
  { name: 'unsubscribe: PUT', method: 'PUT', url: '/api/signatures/unsubscribe', status: 405, says: null },
  { name: 'confirm: NUL in the token', method: 'GET', url: '/signatures/confirm?token=%00', status: 400, says: MALFORMED },
  { name: 'confirm: 3,000-character token', method: 'GET', url: `/signatures/confirm?token=${'a'.repeat(3000)}`, status: 414, says: /too long/ },
  { name: 'confirm: POST', method: 'POST', url: '/signatures/confirm?token=x', status: 405, says: null },
  // Public reads.
  { name: 'count.json: ../ encoded', method: 'GET', url: '/petitions/..%2f..%2fetc%2fpasswd/count.json', status: 404, says: NO_PETITION },
  { name: 'count.json: POST', method: 'POST', url: '/petitions/free-the-seltz-three/count.json', status: 405, says: null },
  { name: 'sheet.pdf: %2e%2e%2f in the slug', method: 'GET', url: '/petitions/%2e%2e%2fadmin/sheet.pdf', status: 404, says: NO_PETITION },
  { name: 'category feed: ../ encoded', method: 'GET', url: '/category/..%2f..%2fadmin/feed.xml', status: 404, says: /No such category/ },
  { name: 'feed.xml: POST', method: 'POST', url: '/feed.xml', status: 405, says: null },
  { name: 'atom.xml: DELETE', method: 'DELETE', url: '/atom.xml', status: 405, says: null },
  { name: 'altcha challenge: POST', method: 'POST', url: '/api/altcha/challenge', status: 405, says: null },
  { name: 'health: POST', method: 'POST', url: '/api/health', status: 405, says: null },
  { name: 'ready: DELETE', method: 'DELETE', url: '/api/ready', status: 405, says: null },
  { name: 'robots.txt: NUL in the query', method: 'GET', url: '/robots.txt?x=%00', status: 400, says: MALFORMED },
  { name: 'sitemap.xml: broken escape', method: 'GET', url: '/sitemap.xml?x=%E0%A4%A', status: 400, says: MALFORMED },
  { name: 'media: ../ encoded', method: 'GET', url: '/media/..%2f..%2f..%2fetc%2fpasswd', status: 404, says: /Not found/ },
  { name: 'media: %2e%2e%2f in a segment', method: 'GET', url: '/media/%2e%2e%2f%2e%2e%2fpackage.json/640.webp', status: 404, says: /Not found/ },
  { name: 'media: backslashes', method: 'GET', url: '/media/..%5c..%5cpackage.json/640.webp', status: 404, says: /Not found/ },
  { name: 'media: NUL before the extension', method: 'GET', url: '/media/0123456789abcdef01234567/640.webp%00.txt', status: 400, says: MALFORMED },
  { name: 'media: POST', method: 'POST', url: '/media/0123456789abcdef01234567/640.webp', status: 405, says: null },
  // Internal and next-auth's own.
  { name: 'revalidate: no secret', method: 'POST', url: '/api/revalidate', headers: json, data: '{"changes":["posts:x"]}', status: 403, says: /Forbidden/ },
  {
    name: 'revalidate: a guessed secret',
    method: 'POST',
    url: '/api/revalidate',
    headers: { ...json, 'x-placard-secret': 'secret' },
    data: '{}',
    status: 403,
    says: /Forbidden/,
  },
  { name: 'revalidate: GET', method: 'GET', url: '/api/revalidate', status: 405, says: null },
  { name: 'auth: PUT on the session', method: 'PUT', url: '/api/auth/session', status: 405, says: null },
  {
    name: 'auth: sign-in from a foreign origin',
    method: 'POST',
    url: '/api/auth/callback/credentials',
    headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
    data: 'email=a%40b.c&password=x',
    status: 403,
    says: FOREIGN,
  },
  // The admin's route handlers, signed in.
  {
    name: 'media upload: JSON',
    method: 'POST',
    url: '/api/admin/media',
    as: 'editor',
    headers: json,
    data: '{"file":"x"}',
    status: 415,
    says: /multipart\/form-data/,
  },
  {
    name: 'media upload: 21 MB',
    method: 'POST',
    url: '/api/admin/media',
    as: 'editor',
    multipart: { file: { name: 'big.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(21 * 1024 * 1024) } },
    status: 413,
    says: /at most 20 MB/,
  },
  { name: 'media upload: no file', method: 'POST', url: '/api/admin/media', as: 'editor', multipart: { alt: 'x' }, status: 422, says: /had no file in it/ },
  {
    name: 'media upload: a script named ../../x.jpg',
    method: 'POST',
    url: '/api/admin/media',
    as: 'editor',
    multipart: { file: { name: '../../../public/x.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('<script>alert(1)</script>') } },
    status: 422,
    says: /not an image|isn’t an image|can’t be read|JPEG, PNG/,
  },
  {
    name: 'media upload: foreign origin',
    method: 'POST',
    url: '/api/admin/media',
    as: 'editor',
    headers: { origin: 'https://evil.example' },
    multipart: { alt: 'x' },
    status: 403,
    says: FOREIGN,
  },
  { name: 'media upload: PUT', method: 'PUT', url: '/api/admin/media', as: 'editor', status: 405, says: null },
  {
    name: 'export: a moderator asks for emails',
    method: 'GET',
    url: `/api/admin/signatures/export?petition=00000000-0000-4000-8000-000000000000&columns=email`,
    as: 'moderator',
    status: 403,
    says: /Only admins can export email addresses/,
  },
  { name: 'export: POST', method: 'POST', url: '/api/admin/signatures/export', as: 'moderator', status: 405, says: null },
  // Server actions, through the server.
  {
    name: 'server action: an unknown id',
    method: 'POST',
    url: '/admin/posts',
    as: 'editor',
    headers: { 'next-action': '7f' + '0'.repeat(40) },
    multipart: { '0': '[]' },
    status: 409,
    says: /This form comes from an older version of the site\. Reload the page/,
  },
  {
    name: 'server action: foreign origin',
    method: 'POST',
    url: '/admin/posts',
    as: 'editor',
    headers: { 'next-action': '7f' + '0'.repeat(40), origin: 'https://evil.example' },
    multipart: { '0': '[]' },
    status: 403,
    says: FOREIGN,
  },
]

test('bad input the real server sees gets a 4xx with a clear message and stores nothing', async ({ playwright, baseURL }) => {
  test.setTimeout(180_000)
  const contexts: Record<'anonymous' | 'editor' | 'moderator', APIRequestContext> = {
    anonymous: await playwright.request.newContext({ baseURL }),
    editor: await playwright.request.newContext({ baseURL }),
    moderator: await playwright.request.newContext({ baseURL }),
  }
  await signInRequest(contexts.editor, await createAccount('editor'))
  await signInRequest(contexts.moderator, await createAccount('moderator'))
  const endpoints = new Set<string>()
  for (const row of rows) {
    const before = await databaseDigest()
    const response = await contexts[row.as ?? 'anonymous'].fetch(row.url, {
      method: row.method,
      headers: row.headers,
      data: row.data,
      multipart: row.multipart,
      maxRedirects: 0,
      failOnStatusCode: false,
    })
    let body = await response.text()
    expect(response.status(), row.name).toBe(row.status)
    if (row.status === 303) body = await (await contexts.anonymous.get(response.headers().location!)).text()
    if (row.says) expect(body, row.name).toMatch(row.says)
    expect(body, row.name).not.toMatch(/\n\s+at .+:\d+:\d+|Internal Server Error|TypeError|PrismaClient/)
    expect(await databaseDigest(), row.name).toEqual(before)
    endpoints.add(`${row.method === 'GET' ? 'GET' : 'POST'} ${row.url.split('?')[0]!.replace(/\/(api\/petitions|petitions|category|media)\/[^/]+/, '/$1/…')}`)
  }
  console.log(`${rows.length} bad inputs sent to the real server across ${endpoints.size} addresses`)
  for (const context of Object.values(contexts)) await context.dispose()
})
