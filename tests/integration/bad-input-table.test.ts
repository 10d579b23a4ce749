import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ActionState } from '@/lib/action-state'
import { db } from '@/lib/db/client'
import { asUser, formData, makeUser } from '../support/admin-session'
import { databaseDigest } from '../support/database-digest'
import { makeCategory, makeAuthor, makePost, resetDatabase, unique } from '../support/factories'
import { makePetition, solvedProof, validSigner } from '../support/signing'

// The bad-input table: every route handler and every server-action module under app/, found
// from the route tree, gets inputs a careless client or an attacker would send (oversized
// bodies, wrong content types, malformed and deeply nested JSON, unknown ids, path traversal
// in slugs and names, control characters, right-to-left overrides, overlong strings, NUL bytes,
// spreadsheet formulas, invalid emails, missing fields, numbers out of range, impossible dates).
// Each must be refused with words saying what to fix (a 4xx, the action's error state, or a 303
// to a page that explains) and leave every table as it was; never a 5xx, never a stack trace.
// What only the real server sees (wrong methods, encoded addresses, bodies through
// scripts/serve.ts, foreign origins) is in tests/e2e/attacker-sends-bad-input.spec.ts.

type Answer = { status: number | 'action'; message: string; fields: Record<string, string>; location?: string }
type Row = { file: string; name: string; send: () => Promise<Answer>; status: number | 'action'; says: RegExp }

const E2E_SPEC = 'tests/e2e/attacker-sends-bad-input.spec.ts'
// Handlers with no input of their own to get wrong, or (next-auth) that only run inside a real
// Next request: their rows are in the e2e spec, at these addresses.
const ROWS_IN_E2E: Record<string, string> = {
  'app/api/auth/[...nextauth]/route.ts': "'/api/auth/",
  'app/api/altcha/challenge/route.ts': "'/api/altcha/challenge'",
  'app/api/health/route.ts': "'/api/health'",
  'app/api/ready/route.ts': "'/api/ready'",
  'app/feed.xml/route.ts': "'/feed.xml'",
  'app/atom.xml/route.ts': "'/atom.xml'",
}

function routeTree(dir: string): { routes: string[]; actions: string[] } {
  const routes: string[] = []
  const actions: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.tsx?$/.test(entry.name)) continue
    const file = path.relative(process.cwd(), path.join(entry.parentPath, entry.name))
    if (entry.name === 'route.ts') routes.push(file)
    else if (/^\s*['"]use server['"]/.test(readFileSync(file, 'utf8'))) actions.push(file)
  }
  return { routes: routes.sort(), actions: actions.sort() }
}

// --- How a row reaches its endpoint ---------------------------------------------------------

type Handler = (request: Request, context: { params: Promise<Record<string, unknown>> }) => Promise<Response>

async function handler(file: string, method: string): Promise<Handler> {
  const routeModule = (await import(/* @vite-ignore */ path.resolve(file))) as Record<string, Handler>
  return routeModule[method]!
}

async function answerOf(response: Response): Promise<Answer> {
  const text = await response.text()
  let message = text
  let fields: Record<string, string> = {}
  try {
    const body = JSON.parse(text) as { message?: string; error?: string; fieldErrors?: Record<string, string> }
    message = body.message ?? body.error ?? text
    fields = body.fieldErrors ?? {}
  } catch {
    // Plain text (or nothing, with a redirect).
  }
  return { status: response.status, message, fields, location: response.headers.get('location') ?? undefined }
}

/** A request to a route handler, called directly as Next would, as the given user (or nobody). */
function call(
  file: string,
  method: string,
  url: string,
  init: { params?: Record<string, unknown>; body?: BodyInit; type?: string; headers?: Record<string, string>; user?: () => User } = {},
) {
  return async () => {
    const headers = new Headers(init.headers)
    if (init.type) headers.set('content-type', init.type)
    const request = new Request(`http://localhost${url}`, { method, headers, body: init.body })
    const run = await handler(file, method)
    return asUser(init.user?.() ?? null, async () => answerOf(await run(request, { params: Promise.resolve(init.params ?? {}) })))
  }
}

const jsonBody = (value: unknown) => ({ body: JSON.stringify(value), type: 'application/json' })

type Action = (previous: ActionState | null, form: FormData) => Promise<ActionState>
type User = { id: string; sessionVersion: number }

/** A server action called as its form would, by an admin: only the input can be wrong. */
type Fields = Record<string, string | string[] | Blob>
function act(file: string, name: string, fields: Fields | (() => Fields)) {
  return async (): Promise<Answer> => {
    const actions = (await import(/* @vite-ignore */ path.resolve(file))) as Record<string, Action>
    const form = formData(typeof fields === 'function' ? fields() : fields)
    const state = await asUser(admin, () => actions[name]!(null, form))
    if (state.ok) return { status: 200, message: state.message ?? 'ok', fields: {} }
    return { status: 'action', message: state.message, fields: state.fieldErrors ?? {} }
  }
}

// --- Fixtures --------------------------------------------------------------------------------

let admin: User
let adminEmail: string
let moderator: User
let editor: User
let open: { id: string; slug: string }
let postId: string
let takenCategorySlug: string
let pageId: string
let updateId: string
let paperEntryId: string
let mediaId: string
const NOBODY = '00000000-0000-4000-8000-000000000000'
const RTL = '\u202e'
const NUL = '\u0000'
const long = (n: number) => 'x'.repeat(n)
const TRAVERSALS = ['../../etc/passwd', '%2e%2e%2f%2e%2e%2fetc', '..\\..\\windows\\win.ini']

beforeAll(async () => {
  await resetDatabase()
  const adminUser = await makeUser('admin')
  admin = adminUser
  adminEmail = adminUser.email
  moderator = await makeUser('moderator')
  editor = await makeUser('editor')
  const author = await makeAuthor()
  const category = await makeCategory()
  takenCategorySlug = category.slug
  postId = (await makePost({ authorId: author.id, categoryIds: [category.id] })).id
  open = await makePetition()
  pageId = (await db.page.create({ data: { title: 'About', slug: unique('about'), bodyHtml: '<p>About</p>' } })).id
  updateId = (await db.petitionUpdate.create({ data: { petitionId: open.id, subject: 'News', bodyHtml: '<p>News</p>' } })).id
  paperEntryId = (await db.paperSignatureEntry.create({ data: { petitionId: open.id, count: 5, note: 'March', createdById: admin.id } })).id
  mediaId = (
    await db.media.create({
      data: { storageKey: '0123456789abcdef01234567', originalName: 'a.jpg', mimeType: 'image/jpeg', width: 10, height: 10, bytes: 100 },
    })
  ).id
})

// --- The table -------------------------------------------------------------------------------

const A = 'app/admin/(area)'
const SIGN = 'app/api/petitions/[slug]/signatures/route.ts'
const sign = (change: Record<string, unknown>, slug?: () => string) => async () => {
  const body = { ...validSigner(), altcha: await solvedProof(), ...change }
  return call(SIGN, 'POST', '/api/petitions/x/signatures', { params: { slug: slug ? slug() : open.slug }, ...jsonBody(body) })()
}

const post = (change: Record<string, string | string[]>) =>
  act(`${A}/posts/actions.ts`, 'savePostAction', { intent: 'save', title: 'A post', bodyHtml: '<p>x</p>', ...change })
const page = (change: Record<string, string>) =>
  act(`${A}/pages/actions.ts`, 'savePageAction', { intent: 'save', title: 'A page', bodyHtml: '<p>x</p>', ...change })
const petition = (change: Record<string, string>) =>
  act(`${A}/petitions/actions.ts`, 'savePetitionAction', { intent: 'save', title: 'A petition', goal: '100', ...change })
const category = (change: Record<string, string>) => act(`${A}/categories/actions.ts`, 'saveCategoryAction', { name: 'News', ...change })
const invite = (change: Record<string, string>) =>
  act(`${A}/users/actions.ts`, 'inviteUser', { name: 'New Person', email: 'new@example.org', role: 'editor', ...change })
const rules = (change: Record<string, string>) =>
  act(`${A}/settings/actions.ts`, 'saveHoldRulesAction', {
    ipBurstLimit: '50',
    domainBurstLimit: '50',
    burstWindowMinutes: '10',
    minFillSeconds: '3',
    ...change,
  })
const update = (change: Record<string, string>) =>
  act(`${A}/updates/actions.ts`, 'saveUpdateAction', () => ({ petitionId: open.id, subject: 'News', bodyHtml: '<p>News</p>', ...change }))
const paperCount = (change: Record<string, string>) =>
  act(`${A}/petitions/paper-actions.ts`, 'addPaperCountAction', () => ({ petitionId: open.id, count: '10', note: 'May Day march', ...change }))
const paperList =
  (csv: string | Blob, change: Record<string, string> = {}) =>
  () =>
    act(`${A}/petitions/paper-actions.ts`, 'uploadPaperListAction', {
      petitionId: open.id,
      note: 'May Day march',
      file: typeof csv === 'string' ? new File([csv], 'list.csv', { type: 'text/csv' }) : csv,
      ...change,
    })()
const media = (change: Record<string, string>) =>
  act(`${A}/media/actions.ts`, 'updateMedia', () => ({ id: mediaId, alt: 'A picture', caption: '', credit: '', ...change }))
const redirectRule = (change: Record<string, string>) =>
  act(`${A}/redirects/actions.ts`, 'saveRedirectAction', { from: '/2013/07/old-post/', to: '/archive', status: '301', ...change })
const ownName = (name: string) => act(`${A}/account/actions.ts`, 'changeOwnNameAction', { name })
const invalidate = (change: Record<string, string>) => act(`${A}/moderation/invalidations/actions.ts`, 'startInvalidationAction', change)
const setPassword = (change: Record<string, string>) =>
  act('app/admin/set-password/[token]/public-actions.ts', 'setPasswordWithLink', {
    token: 'A'.repeat(43),
    password: 'a long new password',
    repeat: 'a long new password',
    ...change,
  })

const validOrganiser = () => ({
  country: 'PT',
  city: 'Porto',
  place: 'Praça da Liberdade',
  date: actionDay.date,
  time: '18:30',
  timeZone: 'Europe/Lisbon',
  organiserName: 'Comissão do Porto',
  description: '',
  email: `${unique('ines')}@example.org`,
})
const day = (change: Record<string, string>) =>
  act(`${A}/days-of-action/actions.ts`, 'saveActionDayAction', { intent: 'save', title: 'Day of action', date: '2026-09-12', callHtml: '<p>x</p>', ...change })
const donations = (change: Record<string, string>) =>
  act(`${A}/donations/actions.ts`, 'saveDonationsAction', {
    ask: 'Please give.',
    accountHolder: 'Fund',
    iban: 'DE89 3704 0044 0532 0130 00',
    bic: 'COBADEFFXXX',
    ...change,
  })

const rows: Row[] = [
  // Public sign form (JSON and the no-JS form post reach the same handler).
  ...(
    [
      ['empty name', { fullName: '' }, 'fullName', /enter your full name/],
      ['missing name', { fullName: undefined }, 'fullName', /enter your full name/],
      ['10,000-character name', { fullName: long(10_000) }, 'fullName', /at most 100 characters/],
      ['NUL byte in the name', { fullName: `Rosa${NUL}Example` }, 'fullName', /control characters/],
      ['right-to-left override in the name', { fullName: `Rosa ${RTL}elpmaxE` }, 'fullName', /text-direction/],
      ['=HYPERLINK formula as the name', { fullName: '=HYPERLINK("http://evil.example","x")' }, 'fullName', /can’t start with =/],
      ['+cmd formula as the name', { fullName: '+cmd|calc' }, 'fullName', /can’t start with/],
      ['@SUM formula as the name', { fullName: '@SUM(A1:A9)' }, 'fullName', /can’t start with/],
      ['script in the name', { fullName: 'Rosa <script>alert(1)</script>' }, 'fullName', /can’t contain < or >/],
      ['web address as the name', { fullName: 'Visit www.cheap-pills.example now' }, 'fullName', /not a web address/],
      ['name without letters', { fullName: '12345' }, 'fullName', /in letters/],
      ['name as a nested object', { fullName: { $gt: '' } }, 'fullName', /enter your full name|Invalid/],
      ['empty email', { email: '' }, 'email', /enter your email/],
      ['invalid email', { email: 'rosa@' }, 'email', /doesn’t look like an email/],
      ['email with two @', { email: 'ro@sa@example.org' }, 'email', /doesn’t look like an email/],
      ['email with a NUL byte', { email: `rosa${NUL}@example.org` }, 'email', /plain Latin letters|doesn’t look like an email/],
      ['look-alike email (Cyrillic а)', { email: 'rosa@gmаil.com' }, 'email', /plain Latin letters/],
      ['typo domain', { email: 'rosa@gmial.com' }, 'email', /Did you mean rosa@gmail\.com/],
      ['unknown country', { country: 'XX' }, 'country', /choose your country/],
      ['country as a name', { country: 'Germany' }, 'country', /choose your country/],
      ['../ as the country', { country: '../' }, 'country', /choose your country/],
      ['comment over the limit', { comment: long(1001) }, 'comment', /at most 1,000 characters/],
      ['right-to-left override in the comment', { comment: `fine ${RTL}txet` }, 'comment', /text-direction/],
      ['outdated privacy notice', { consentVersion: '2019-01' }, 'consentVersion', /privacy notice has changed/],
    ] as const
  ).map(([name, change, field, says]): Row => ({
    file: SIGN,
    name: `sign: ${name}`,
    send: async () => {
      const answer = await sign(change)()
      return { ...answer, message: answer.fields[field] ?? `(no error for ${field}) ${answer.message}` }
    },
    status: 422,
    says,
  })),
  { file: SIGN, name: 'sign: closed petition', send: sign({}, () => closedSlug), status: 409, says: /closed and no longer takes signatures/ },
  { file: SIGN, name: 'sign: unknown petition', send: sign({}, () => 'no-such-petition'), status: 404, says: /no petition at this address/ },
  ...TRAVERSALS.map((slug): Row => ({
    file: SIGN,
    name: `sign: ${slug} as the petition`,
    send: sign({}, () => slug),
    status: 404,
    says: /no petition at this address/,
  })),
  { file: SIGN, name: 'sign: RTL override in the petition slug', send: sign({}, () => `${RTL}${open.slug}`), status: 404, says: /no petition at this address/ },
  { file: SIGN, name: 'sign: missing proof-of-work', send: sign({ altcha: undefined }), status: 400, says: /security check hasn’t finished/ },
  { file: SIGN, name: 'sign: garbage proof-of-work', send: sign({ altcha: '%%%not-base64' }), status: 400, says: /security check failed/ },
  {
    file: SIGN,
    name: 'sign: forged proof-of-work',
    send: async () =>
      sign({
        altcha: Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(await solvedProof(), 'base64').toString()), number: 999_999 })).toString('base64'),
      })(),
    status: 400,
    says: /security check failed/,
  },
  {
    file: SIGN,
    name: 'sign: a 20 KB body',
    send: call(SIGN, 'POST', '/x', { params: { slug: 'x' }, ...jsonBody({ ...validSigner(), comment: long(20_000) }) }),
    status: 413,
    says: /too large \(at most 16 KB\)/,
  },
  ...(
    [
      ['malformed JSON', '{"fullName": ', 'application/json', 400, /could not be read/],
      ['a JSON array', '[1,2]', 'application/json', 400, /could not be read/],
      ['JSON nested 3,000 deep', '['.repeat(3000) + ']'.repeat(3000), 'application/json', 400, /could not be read/],
      ['text/plain', 'hello', 'text/plain', 415, /as JSON or as a normal form post/],
      ['XML', '<a/>', 'application/xml', 415, /as JSON or as a normal form post/],
    ] as const
  ).map(([name, body, type, status, says]): Row => ({
    file: SIGN,
    name: `sign: ${name}`,
    send: () => call(SIGN, 'POST', '/x', { params: { slug: open.slug }, body, type })(),
    status,
    says,
  })),

  // Resend the confirmation.
  ...(() => {
    const file = 'app/api/petitions/[slug]/resend/route.ts'
    const resend = (body: Partial<{ body: BodyInit; type: string }>, slug?: string) => () =>
      call(file, 'POST', '/x', { params: { slug: slug ?? open.slug }, ...body })()
    return [
      { file, name: 'resend: invalid email', send: resend(jsonBody({ email: 'rosa@' })), status: 422, says: /email address you signed with/ },
      { file, name: 'resend: missing email', send: resend(jsonBody({})), status: 422, says: /email address you signed with/ },
      {
        file,
        name: 'resend: 300-character email',
        send: resend(jsonBody({ email: `${long(290)}@example.org` })),
        status: 422,
        says: /email address you signed with/,
      },
      { file, name: 'resend: email as an object', send: resend(jsonBody({ email: { $ne: null } })), status: 422, says: /email address you signed with/ },
      { file, name: 'resend: a 20 KB body', send: resend(jsonBody({ email: long(20_000) })), status: 413, says: /too large/ },
      { file, name: 'resend: malformed JSON', send: resend({ body: '{"email"', type: 'application/json' }), status: 400, says: /could not be read/ },
      { file, name: 'resend: text/plain', send: resend({ body: 'email=a', type: 'text/plain' }), status: 415, says: /as JSON or as a normal form post/ },
      ...TRAVERSALS.map((slug) => ({
        file,
        name: `resend: ${slug} as the petition`,
        send: resend(jsonBody({ email: 'a@example.org' }), slug),
        status: 404,
        says: /no petition at this address/,
      })),
    ]
  })(),

  // Withdraw, unsubscribe and confirm: links from emails. A form post is answered with a 303 to
  // the page that says the link doesn't work; the one-click unsubscribe with a plain 400.
  ...(() => {
    const file = 'app/api/signatures/withdraw/route.ts'
    const withdraw = (body: Partial<{ body: BodyInit; type: string }>) => call(file, 'POST', '/api/signatures/withdraw', body)
    const invalid = /\/signatures\/invalid-link$/
    return [
      { file, name: 'withdraw: made-up token', send: withdraw(jsonBody({ token: 'made-up' })), status: 303, says: invalid },
      { file, name: 'withdraw: missing token', send: withdraw(jsonBody({})), status: 303, says: invalid },
      { file, name: 'withdraw: 500-character token', send: withdraw(jsonBody({ token: long(500) })), status: 303, says: invalid },
      { file, name: 'withdraw: NUL in the token', send: withdraw(jsonBody({ token: `abc${NUL}def` })), status: 303, says: invalid },
      { file, name: 'withdraw: token as an array', send: withdraw(jsonBody({ token: ['a', 'b'] })), status: 303, says: invalid },
      { file, name: 'withdraw: malformed JSON', send: withdraw({ body: '{token', type: 'application/json' }), status: 303, says: invalid },
      {
        file,
        name: 'withdraw: a 20 KB form',
        send: withdraw({ body: `token=${long(20_000)}`, type: 'application/x-www-form-urlencoded' }),
        status: 303,
        says: invalid,
      },
    ].map((row) => ({ ...row, send: locationOf(row.send) }))
  })(),
  // The erasure link's button: a bad token is sent back to the link's page, which is a 404 saying so.
  ...(() => {
    const file = 'app/api/signatures/erase/route.ts'
    const erase = (body: Partial<{ body: BodyInit; type: string }>) => locationOf(call(file, 'POST', '/api/signatures/erase', body))
    const back = /^\/signatures\/erase(\?token=|$)/
    return [
      { file, name: 'erase: made-up token', send: erase(jsonBody({ token: 'made-up' })), status: 303, says: back },
      { file, name: 'erase: missing token', send: erase(jsonBody({})), status: 303, says: back },
      { file, name: 'erase: 500-character token', send: erase(jsonBody({ token: long(500) })), status: 303, says: back },
      { file, name: 'erase: NUL in the token', send: erase(jsonBody({ token: `abc${NUL}def` })), status: 303, says: back },
      { file, name: 'erase: a withdraw link’s token', send: erase(jsonBody({ token: `${NOBODY}.1796148670.${'A'.repeat(43)}` })), status: 303, says: back },
      { file, name: 'erase: malformed JSON', send: erase({ body: '{token', type: 'application/json' }), status: 303, says: back },
      { file, name: 'erase: a 20 KB form', send: erase({ body: `token=${long(20_000)}`, type: 'application/x-www-form-urlencoded' }), status: 303, says: back },
    ]
  })(),
  ...(() => {
    const file = 'app/api/signatures/unsubscribe/route.ts'
    const oneClick = (token: string) =>
      call(file, 'POST', `/api/signatures/unsubscribe?token=${encodeURIComponent(token)}`, {
        body: 'List-Unsubscribe=One-Click',
        type: 'application/x-www-form-urlencoded',
      })
    const doesNotWork = /This unsubscribe link does not work/
    return [
      { file, name: 'unsubscribe: one-click, made-up token', send: oneClick('made-up'), status: 400, says: doesNotWork },
      { file, name: 'unsubscribe: one-click, 500-character token', send: oneClick(long(500)), status: 400, says: doesNotWork },
      { file, name: 'unsubscribe: one-click, NUL in the token', send: oneClick(`a${NUL}b`), status: 400, says: doesNotWork },
      { file, name: 'unsubscribe: one-click, ../ as the token', send: oneClick('../../etc/passwd'), status: 400, says: doesNotWork },
      {
        file,
        name: 'unsubscribe: the page’s button without a token',
        send: locationOf(call(file, 'POST', '/api/signatures/unsubscribe', jsonBody({}))),
        status: 303,
        says: /problem=invalid/,
      },
      {
        file,
        name: 'unsubscribe: GET without a token',
        send: locationOf(call(file, 'GET', '/api/signatures/unsubscribe')),
        status: 303,
        says: /problem=invalid/,
      },
    ]
  })(),
  ...(() => {
    const file = 'app/signatures/confirm/route.ts'
    const confirm = (token: string) => locationOf(call(file, 'GET', `/signatures/confirm?token=${encodeURIComponent(token)}`))
    const invalid = /\/signatures\/invalid-link$/
    return [
      { file, name: 'confirm: made-up token', send: confirm('made-up'), status: 303, says: invalid },
      { file, name: 'confirm: empty token', send: confirm(''), status: 303, says: invalid },
      { file, name: 'confirm: 5,000-character token', send: confirm(long(5000)), status: 303, says: invalid },
      { file, name: 'confirm: RTL override in the token', send: confirm(`${RTL}abc`), status: 303, says: invalid },
    ]
  })(),

  // Public reads that take an address.
  ...(() => {
    const count = 'app/(site)/petitions/[slug]/count.json/route.ts'
    const sheet = 'app/(print)/petitions/[slug]/sheet.pdf/route.ts'
    const feed = 'app/(site)/category/[slug]/feed.xml/route.ts'
    const slugs = [...TRAVERSALS, `${RTL}abc`, long(500), 'no-such-petition', `a${NUL}b`]
    return [
      ...slugs.map((slug) => ({
        file: count,
        name: `count.json: ${slug.slice(0, 30)}`,
        send: call(count, 'GET', '/x', { params: { slug } }),
        status: 404,
        says: /no petition at this address/,
      })),
      ...slugs.slice(0, 4).map((slug) => ({
        file: sheet,
        name: `sheet.pdf: ${slug}`,
        send: call(sheet, 'GET', '/x', { params: { slug } }),
        status: 404,
        says: /no petition at this address/,
      })),
      ...slugs.slice(0, 4).map((slug) => ({
        file: feed,
        name: `category feed: ${slug}`,
        send: call(feed, 'GET', '/x', { params: { slug } }),
        status: 404,
        says: /No such category/,
      })),
    ]
  })(),
  ...(() => {
    const file = 'app/media/[...path]/route.ts'
    const get = (segments: string[]) => call(file, 'GET', '/media/x', { params: { path: segments } })
    return [
      ['..', '..', 'package.json'],
      ['..%2f..%2fpackage.json', '640.webp'],
      ['..\\..\\package.json', '640.webp'],
      ['0123456789abcdef01234567', '../../../../package.json'],
      ['0123456789abcdef01234567', '640.webp\u0000.txt'],
      ['0123456789abcdef01234567', '640.svg'],
      ['0123456789ABCDEF01234567', '640.webp'],
      ['0123456789abcdef01234567', '640.webp', 'extra'],
      [long(5000), '640.webp'],
    ].map((segments) => ({ file, name: `media file: ${segments.join('/').slice(0, 40)}`, send: get(segments), status: 404, says: /Not found/ }))
  })(),

  // Browsers' Content-Security-Policy violation reports: anything but a report is refused unlogged.
  ...(() => {
    const file = 'app/api/csp-report/route.ts'
    const send = (body: string, type: string) => call(file, 'POST', '/api/csp-report', { body, type })
    const report = (fields: Record<string, unknown>) => JSON.stringify({ 'csp-report': fields })
    const deep = `${'['.repeat(3000)}${']'.repeat(3000)}`
    return [
      { file, name: 'csp report: a form post', send: send('a=1', 'application/x-www-form-urlencoded'), status: 415, says: /application\/csp-report/ },
      { file, name: 'csp report: broken JSON', send: send('{"csp-report":', 'application/csp-report'), status: 400, says: /not valid JSON/ },
      { file, name: 'csp report: 3,000-deep JSON', send: send(deep, 'application/reports+json'), status: 422, says: /report/ },
      { file, name: 'csp report: no document', send: send(report({ 'blocked-uri': 'inline' }), 'application/csp-report'), status: 422, says: /document-uri/ },
      {
        file,
        name: 'csp report: eleven in a batch',
        send: send(JSON.stringify(Array(11).fill({ type: 'csp-violation' })), 'application/reports+json'),
        status: 422,
        says: /at most 10 reports/,
      },
      { file, name: 'csp report: over 64 KB', send: send(report({ 'document-uri': long(70_000) }), 'application/csp-report'), status: 413, says: /too large/ },
    ]
  })(),

  // The public contact form: the same rules as signing (lib/contact/receive.ts).
  ...(() => {
    const file = 'app/api/contact/route.ts'
    const lena = { topic: 'press', name: 'Lena Journalist', email: 'lena@newsroom.example', message: 'Could someone talk to me about the trial?' }
    const send =
      (change: Record<string, unknown>, proof = true) =>
      async () =>
        call(file, 'POST', '/api/contact', jsonBody({ ...lena, ...(proof ? { altcha: await solvedProof() } : {}), ...change }))()
    const raw = (body: string, type: string) => call(file, 'POST', '/api/contact', { body, type })
    return (
      [
        ['an unknown topic', send({ topic: 'gossip' }), 422, /Please choose what your message is about/],
        ['no name', send({ name: '' }), 422, /Please enter your full name/],
        ['a formula as the name', send({ name: '=cmd|x' }), 422, /can’t start with =/],
        ['RTL override in the name', send({ name: `Lena ${RTL}anel` }), 422, /text-direction/],
        ['NUL byte in the message', send({ message: `Hello there${NUL}, campaign` }), 422, /control characters/],
        ['a message of 5,001 characters', send({ message: long(5001) }), 422, /at most 5,000 characters/],
        ['a two-letter message', send({ message: 'hi' }), 422, /very short/],
        ['an email with a newline (header injection)', send({ email: 'lena@newsroom.example\r\nBcc: all@example.org' }), 422, /plain Latin letters/],
        ['an email with a Cyrillic letter', send({ email: 'lena@newsrооm.example' }), 422, /plain Latin letters/],
        ['no security check', send({}, false), 400, /security check hasn’t finished/],
        ['a forged security check', send({ altcha: 'eyJhbGdvcml0aG0iOiJTSEEtMjU2In0=' }), 400, /security check failed/],
        ['broken JSON', raw('{"topic":', 'application/json'), 400, /could not be read/],
        ['XML', raw('<message/>', 'application/xml'), 415, /JSON or as a normal form post/],
        ['a 70 KB form post', raw(`message=${long(70_000)}`, 'application/x-www-form-urlencoded'), 413, /too large/],
      ] as const
    ).map(([name, send, status, says]): Row => ({ file, name: `contact: ${name}`, send, status, says }))
  })(),

  // The internal revalidation hook: nobody outside the process knows its secret.
  ...(() => {
    const file = 'app/api/revalidate/route.ts'
    const send = (headers: Record<string, string>) => call(file, 'POST', '/api/revalidate', { headers, ...jsonBody({ changes: ['posts:../../x'] }) })
    return [
      { file, name: 'revalidate: no secret', send: send({}), status: 403, says: /Forbidden/ },
      { file, name: 'revalidate: a guessed secret', send: send({ 'x-placard-secret': 'x'.repeat(64) }), status: 403, says: /Forbidden/ },
      { file, name: 'revalidate: a 5,000-character secret', send: send({ 'x-placard-secret': long(5000) }), status: 403, says: /Forbidden/ },
    ]
  })(),

  // The admin's route handlers, signed in with the permission they need.
  ...(() => {
    const file = 'app/api/admin/media/route.ts'
    const upload = (form: FormData | string, type?: string) => call(file, 'POST', '/api/admin/media', { body: form, type, user: () => editor })
    const withFile = (bytes: BlobPart, name: string, extra: Record<string, string> = {}) => {
      const form = formData(extra)
      form.append('file', new File([bytes], name, { type: 'image/jpeg' }))
      return form
    }
    return [
      { file, name: 'media upload: JSON instead of a form', send: upload('{"file":"x"}', 'application/json'), status: 415, says: /multipart\/form-data/ },
      { file, name: 'media upload: no file', send: upload(formData({ alt: 'x' })), status: 422, says: /had no file in it/ },
      {
        file,
        name: 'media upload: a script named ../../x.jpg',
        send: upload(withFile('<script>alert(1)</script>', '../../public/x.jpg')),
        status: 422,
        says: /image/,
      },
      { file, name: 'media upload: an empty file', send: upload(withFile('', 'empty.jpg')), status: 422, says: /image|empty/ },
      {
        file,
        name: 'media upload: alt text over 300 characters',
        send: upload(withFile('x', 'a.jpg', { alt: long(301) })),
        status: 422,
        says: /under 300 characters/,
      },
      { file, name: 'media upload: 21 MB', send: upload(withFile(new Uint8Array(21 * 1024 * 1024), 'big.jpg')), status: 413, says: /at most 20 MB/ },
    ]
  })(),
  // The subject-access download: one email address, from an admin.
  ...(() => {
    const file = 'app/api/admin/privacy/export/route.ts'
    const download = (email: unknown, user: () => User = () => admin) => call(file, 'POST', '/api/admin/privacy/export', { ...jsonBody({ email }), user })
    const notAnAddress = /That isn’t a whole email address/
    return [
      { file, name: 'privacy download: no address', send: download(undefined), status: 422, says: /Type the email address to look for/ },
      { file, name: 'privacy download: an empty address', send: download(''), status: 422, says: /Type the email address to look for/ },
      { file, name: 'privacy download: words', send: download('rosa at example'), status: 422, says: notAnAddress },
      { file, name: 'privacy download: NUL in the address', send: download(`rosa${NUL}@example.org`), status: 422, says: notAnAddress },
      { file, name: 'privacy download: RTL override', send: download(`${RTL}gro.elpmaxe@asor`), status: 422, says: notAnAddress },
      { file, name: 'privacy download: a formula', send: download('=HYPERLINK("x")@example.org'), status: 422, says: notAnAddress },
      { file, name: 'privacy download: 300 characters', send: download(`${long(290)}@example.org`), status: 422, says: /at most 254 characters/ },
      {
        file,
        name: 'privacy download: a list of addresses',
        send: download(['a@example.org', 'b@example.org']),
        status: 422,
        says: /Type the email address to look for/,
      },
      { file, name: 'privacy download: as a moderator', send: download('a@example.org', () => moderator), status: 403, says: /Your role doesn’t allow this/ },
      {
        file,
        name: 'privacy download: as plain text',
        send: call(file, 'POST', '/api/admin/privacy/export', { body: 'email=a@example.org', type: 'text/plain', user: () => admin }),
        status: 415,
        says: /as JSON or as a normal form post/,
      },
    ]
  })(),
  // The WordPress import's upload and its progress, from an admin (the script on the screen asks for JSON).
  ...(() => {
    const file = 'app/api/admin/wordpress-imports/route.ts'
    const json = { accept: 'application/json' }
    const start = (form: FormData | string, type?: string, user: () => User = () => admin) =>
      call(file, 'POST', '/api/admin/wordpress-imports', { body: form, type, headers: json, user })
    const withExport = (text: string, name: string, extra: Record<string, string> = {}) => {
      const form = formData(extra)
      form.append('file', new File([text], name, { type: 'text/xml' }))
      return form
    }
    const wxr = '<?xml version="1.0"?><rss><channel><wp:wxr_version>1.2</wp:wxr_version></channel></rss>'
    const notExport = /not a WordPress export: an export is an \.xml file/
    const noPetition = /That petition doesn’t exist any more/
    const progress = (query: string, user: () => User = () => admin) => call(file, 'GET', `/api/admin/wordpress-imports?${query}`, { headers: json, user })
    return [
      { file, name: 'wordpress import: JSON instead of a form', send: start('{"file":"x"}', 'application/json'), status: 415, says: /multipart\/form-data/ },
      { file, name: 'wordpress import: no file', send: start(formData({ dryRun: 'on' })), status: 422, says: /Choose the export file/ },
      { file, name: 'wordpress import: an empty file', send: start(withExport('', 'export.xml')), status: 422, says: /The file is empty \(0 bytes\)/ },
      {
        file,
        name: 'wordpress import: a PHP script named ../../public/x.php',
        send: start(withExport('<?php system($_GET[1]);', '../../public/x.php')),
        status: 422,
        says: notExport,
      },
      { file, name: 'wordpress import: a PDF named export.xml', send: start(withExport('%PDF-1.4', 'export.xml')), status: 422, says: notExport },
      {
        file,
        name: 'wordpress import: a formula as the petition',
        send: start(withExport(wxr, 'export.xml', { signaturePetition: '=HYPERLINK("x")' })),
        status: 422,
        says: noPetition,
      },
      {
        file,
        name: 'wordpress import: RTL override in the petition',
        send: start(withExport(wxr, 'export.xml', { signaturePetition: `${RTL}noititep` })),
        status: 422,
        says: noPetition,
      },
      {
        file,
        name: 'wordpress import: ../ as the petition',
        send: start(withExport(wxr, 'export.xml', { signaturePetition: TRAVERSALS[0]! })),
        status: 422,
        says: noPetition,
      },
      {
        file,
        name: 'wordpress import: an unknown petition',
        send: start(withExport(wxr, 'export.xml', { signaturePetition: 'no-such-petition' })),
        status: 422,
        says: noPetition,
      },
      {
        file,
        name: 'wordpress import: a 2,000-character petition',
        send: start(withExport(wxr, 'export.xml', { signaturePetition: long(2000) })),
        status: 422,
        says: noPetition,
      },
      { file, name: 'wordpress import: NUL as the dry-run box', send: start(withExport(wxr, 'export.xml', { dryRun: NUL })), status: 422, says: /dry-run box/ },
      {
        file,
        name: 'wordpress import: as an editor',
        send: start(withExport(wxr, 'export.xml'), undefined, () => editor),
        status: 403,
        says: /Your role doesn’t allow this/,
      },
      { file, name: 'wordpress import progress: no run', send: progress(''), status: 404, says: /There is no such import/ },
      { file, name: 'wordpress import progress: an unknown run', send: progress(`run=${NOBODY}`), status: 404, says: /There is no such import/ },
      {
        file,
        name: 'wordpress import progress: ../ as the run',
        send: progress(`run=${encodeURIComponent(TRAVERSALS[0]!)}`),
        status: 404,
        says: /There is no such import/,
      },
      {
        file,
        name: 'wordpress import progress: as a moderator',
        send: progress(`run=${NOBODY}`, () => moderator),
        status: 403,
        says: /Your role doesn’t allow this/,
      },
    ]
  })(),
  ...(() => {
    const file = 'app/api/admin/signatures/export/route.ts'
    const exportAs = (query: string, user: () => User = () => moderator) => call(file, 'GET', `/api/admin/signatures/export?${query}`, { user })
    return [
      {
        file,
        name: 'export: a moderator asks for emails',
        send: exportAs(`petition=${NOBODY}&columns=email`),
        status: 403,
        says: /Only admins can export email addresses/,
      },
      ...[
        ['no petition', 'columns=name'],
        ['../ as the petition', 'petition=..%2F..%2Fetc&columns=name'],
        ['no columns', `petition=${NOBODY}`],
        ['an unknown column', `petition=${NOBODY}&columns=password_hash`],
        ['an unknown petition', `petition=${NOBODY}&columns=name`],
      ].map(([name, query]) => ({
        file,
        name: `export: ${name}`,
        send: locationOf(exportAs(query!)),
        status: 303,
        says: /\/admin\/moderation\/export\?.*problem=1/,
      })),
    ]
  })(),

  // Server actions, as an admin: only the input is wrong.
  ...(
    [
      ['title missing', post({ title: '' }), /Give the post a title/],
      ['title of 201 characters', post({ title: long(201) }), /under 200 characters/],
      ['NUL byte in the title', post({ title: `A${NUL}B` }), /control characters/],
      ['RTL override in the title', post({ title: `News ${RTL}sweN` }), /text-direction/],
      ['../ as the slug', post({ slug: '../../etc/passwd' }), /lower-case letters, digits and single hyphens/],
      ['%2e%2e%2f as the slug', post({ slug: '%2e%2e%2fadmin' }), /lower-case letters, digits and single hyphens/],
      ['backslashes in the slug', post({ slug: '..\\..\\admin' }), /lower-case letters, digits and single hyphens/],
      ['RTL override in the slug', post({ slug: `news-${RTL}abc` }), /text-direction/],
      ['slug of 200 characters', post({ slug: 'a'.repeat(200) }), /under 120 characters/],
      ['an unknown intent', post({ intent: 'drop-table' }), /Choose what to do with the post/],
      ['schedule with an impossible date', post({ intent: 'schedule', publishAt: '2027-02-30T25:00:00Z' }), /Pick a date and time/],
      ['schedule without a date', post({ intent: 'schedule' }), /Pick the date and time to publish/],
      ['a javascript: source link', post({ sourceUrl: 'javascript:alert(1)' }), /must start with https/],
      ['an image on another site', post({ imageUrl: '//evil.example/x.jpg', imageAlt: 'x' }), /Choose an image from the media library/],
      ['an image path with ../', post({ imageUrl: '/media/../../etc/passwd', imageAlt: 'x' }), /Choose an image from the media library/],
      ['a category id that is not one', post({ 'categoryIds[]': ['../x'] }), /Choose categories from the list/],
      ['an unknown category', post({ 'categoryIds[]': [NOBODY] }), /no longer exists/],
      ['an unknown post id', post({ id: NOBODY }), /deleted by someone else/],
      ['an edit from a copy of 2000', () => post({ id: postId, baseUpdatedAt: '2000-01-01T00:00:00.000Z' })(), /changed|someone else|reload/i],
      ['a base time that is no time', () => post({ id: postId, baseUpdatedAt: 'yesterday' })(), /Reload the page/],
      ['an id that is not one', post({ id: "1' OR '1'='1" }), /doesn’t exist\. Reload the page/],
      ['a body of 200,001 characters', post({ bodyHtml: long(200_001) }), /too long/],
    ] as const
  ).map(([name, send, says]): Row => ({ file: `${A}/posts/actions.ts`, name: `post: ${name}`, send, status: 'action', says })),
  {
    file: `${A}/posts/actions.ts`,
    name: 'delete post: unknown id',
    send: act(`${A}/posts/actions.ts`, 'deletePostAction', { id: NOBODY }),
    status: 'action',
    says: /already deleted/,
  },
  {
    file: `${A}/posts/actions.ts`,
    name: 'delete post: ../ as the id',
    send: act(`${A}/posts/actions.ts`, 'deletePostAction', { id: '../x' }),
    status: 'action',
    says: /That post doesn’t exist/,
  },
  ...(
    [
      ['title missing', page({ title: '' }), /Give the page a title/],
      ['NUL byte in the title', page({ title: `About${NUL}` }), /control characters/],
      ['RTL override in the title', page({ title: `${RTL}tuobA` }), /text-direction/],
      ['a reserved address as the slug', page({ slug: 'admin' }), /already uses this address/],
      ['../ as the slug', page({ slug: '../admin' }), /lower-case letters/],
      ['an unknown intent', page({ intent: 'destroy' }), /Choose what to do with the page/],
      ['an unknown page id', page({ id: NOBODY }), /deleted by someone else/],
    ] as const
  ).map(([name, send, says]): Row => ({ file: `${A}/pages/actions.ts`, name: `page: ${name}`, send, status: 'action', says })),
  {
    file: `${A}/pages/actions.ts`,
    name: 'move page: sideways',
    send: act(`${A}/pages/actions.ts`, 'movePageAction', () => ({ id: pageId, direction: 'sideways' })),
    status: 'action',
    says: /Move the page up or down/,
  },
  {
    file: `${A}/pages/actions.ts`,
    name: 'delete page: not an id',
    send: act(`${A}/pages/actions.ts`, 'deletePageAction', { id: '../../x' }),
    status: 'action',
    says: /That page doesn’t exist/,
  },
  ...(
    [
      ['goal of 0', petition({ goal: '0' }), /at least one signature/],
      ['negative goal', petition({ goal: '-5' }), /at least one signature/],
      ['goal of 10^12', petition({ goal: '1000000000000' }), /at most 100,000,000/],
      ['goal as words', petition({ goal: 'a thousand' }), /as a number of signatures/],
      ['goal of 2.5', petition({ goal: '2.5' }), /whole number/],
      ['deadline of 30 February', petition({ deadline: '2027-02-30' }), /Pick the last day as a date/],
      ['deadline as words', petition({ deadline: 'next tuesday' }), /Pick the last day as a date/],
      ['delivered without a day', petition({ intent: 'deliver' }), /Pick the day it was delivered/],
      ['NUL byte in the title', petition({ title: `Free${NUL}them` }), /control characters/],
      ['RTL override in the title', petition({ title: `Free ${RTL}meht` }), /text-direction/],
      ['RTL override in the slug', petition({ slug: `${RTL}free` }), /text-direction/],
      ['image without a description', petition({ imageUrl: '/media/a/640.webp' }), /Describe the image/],
      ['an unknown petition id', petition({ id: NOBODY }), /deleted by someone else/],
    ] as const
  ).map(([name, send, says]): Row => ({ file: `${A}/petitions/actions.ts`, name: `petition: ${name}`, send, status: 'action', says })),
  {
    file: `${A}/petitions/actions.ts`,
    name: 'feature petition: not an id',
    send: act(`${A}/petitions/actions.ts`, 'featurePetitionAction', { id: 'x' }),
    status: 'action',
    says: /Choose a petition from the list/,
  },
  {
    file: `${A}/petitions/actions.ts`,
    name: 'feature petition: unknown id',
    send: act(`${A}/petitions/actions.ts`, 'featurePetitionAction', { id: NOBODY }),
    status: 'action',
    says: /no longer exists|doesn’t exist/,
  },
  {
    file: `${A}/petitions/actions.ts`,
    name: 'delete petition: unknown id',
    send: act(`${A}/petitions/actions.ts`, 'deletePetitionAction', { id: NOBODY }),
    status: 'action',
    says: /already deleted/,
  },
  ...(
    [
      ['count of 0', paperCount({ count: '0' }), /at least one signature/],
      ['negative count', paperCount({ count: '-100' }), /at least one signature/],
      ['count of ten million', paperCount({ count: '10000000' }), /at most 1,000,000/],
      ['count as words', paperCount({ count: 'lots' }), /number of signatures/],
      ['count of 1.5', paperCount({ count: '1.5' }), /whole number/],
      ['note missing', paperCount({ note: '' }), /Say where they were collected/],
      ['note of 301 characters', paperCount({ note: long(301) }), /under 300 characters/],
      ['NUL byte in the note', paperCount({ note: `March${NUL}` }), /control characters/],
      ['unknown country', paperCount({ country: 'XX' }), /Choose a country from the list/],
      ['unknown petition', paperCount({ petitionId: NOBODY }), /deleted|no longer exists/],
      ['a formula and a control character in a list', paperList('Name,Country\n=cmd|calc,PL\nAnna\u0007,PL\n'), /some lines of the list need correcting/],
      ['an RTL override in a listed name', paperList(`Name,Country\nAnna ${RTL}annA,PL\n`), /some lines of the list need correcting/],
      ['a list with an unknown country', paperList('Name,Country\nAnna,Atlantis\n'), /some lines of the list need correcting/],
      ['an empty file', paperList(''), /The file is empty/],
      ['a file of 1 MB', paperList(new File([new Uint8Array(1_000_000)], 'big.csv')), /too large/],
      ['binary instead of CSV', paperList(new File([new Uint8Array([0, 159, 146, 150, 0, 1, 2])], 'x.csv')), /could not be read|need correcting/],
      ['no file', act(`${A}/petitions/paper-actions.ts`, 'uploadPaperListAction', () => ({ petitionId: open.id, note: 'x' })), /Choose a CSV file/],
      [
        'correct an entry to 0',
        act(`${A}/petitions/paper-actions.ts`, 'editPaperEntryAction', () => ({ id: paperEntryId, count: '0', note: 'x' })),
        /at least one signature/,
      ],
      [
        'correct an unknown entry',
        act(`${A}/petitions/paper-actions.ts`, 'editPaperEntryAction', { id: NOBODY, count: '5', note: 'x' }),
        /removed by someone else/,
      ],
      ['remove an entry by a non-id', act(`${A}/petitions/paper-actions.ts`, 'removePaperEntryAction', { id: '../../x' }), /That entry doesn’t exist any more/],
    ] as const
  ).map(([name, send, says]): Row => ({ file: `${A}/petitions/paper-actions.ts`, name: `paper signatures: ${name}`, send, status: 'action', says })),
  ...(
    [
      ['name missing', category({ name: '' }), /Give the category a name/],
      ['name of 61 characters', category({ name: long(61) }), /under 60 characters/],
      ['NUL byte in the name', category({ name: `News${NUL}` }), /control characters/],
      ['RTL override in the name', category({ name: `${RTL}sweN` }), /text-direction/],
      ['../ as the slug', category({ slug: '../../admin' }), /lower-case letters/],
      ['description of 501 characters', category({ description: long(501) }), /under 500 characters/],
      ['a slug another category has', () => category({ slug: takenCategorySlug })(), /already|taken|another/i],
      ['delete an unknown category', act(`${A}/categories/actions.ts`, 'deleteCategoryAction', { id: NOBODY }), /already deleted/],
    ] as const
  ).map(([name, send, says]): Row => ({ file: `${A}/categories/actions.ts`, name: `category: ${name}`, send, status: 'action', says })),
  ...(
    [
      ['old address missing', redirectRule({ from: '' }), /Enter the old address/],
      ['old address of 2001 characters', redirectRule({ from: `/${long(2000)}` }), /under 2000 characters/],
      ['NUL byte in the old address', redirectRule({ from: `/old${NUL}` }), /control characters/],
      ['RTL override in the new address', redirectRule({ to: `/posts/${RTL}x` }), /text-direction/],
      ...TRAVERSALS.map((t) => [`${t} as the old address`, redirectRule({ from: t }), /as a path on this site/] as const),
      ['the home page as the old address', redirectRule({ from: '/' }), /is the home page/],
      ['javascript: as the new address', redirectRule({ to: 'javascript:alert(1)', allowOffsite: 'on' }), /Start the new address with \//],
      ['another site, not ticked', redirectRule({ to: 'https://evil.example/x' }), /leads to another site/],
      ['a header injected into the new address', redirectRule({ to: '/x\r\nSet-Cookie: a=b' }), /control characters|can’t contain spaces/],
      ['status 307', redirectRule({ status: '307' }), /Choose 301/],
      ['an unknown redirect to edit', redirectRule({ id: NOBODY }), /doesn’t exist any more/],
      ['delete an unknown redirect', act(`${A}/redirects/actions.ts`, 'deleteRedirectAction', { id: NOBODY }), /already deleted/],
      ['delete by a non-id', act(`${A}/redirects/actions.ts`, 'deleteRedirectAction', { id: '../../x' }), /doesn’t exist any more/],
    ] as const
  ).map(([name, send, says]): Row => ({ file: `${A}/redirects/actions.ts`, name: `redirect: ${name}`, send, status: 'action', says })),
  ...(
    [
      ['unknown image', media({ id: NOBODY }), /no longer exists/],
      ['../ as the image id', media({ id: '../../etc/passwd' }), /That image no longer exists/],
      ['alt text of 301 characters', media({ alt: long(301) }), /under 300 characters/],
      ['NUL byte in the caption', media({ caption: `A${NUL}` }), /control characters/],
      ['RTL override in the alt text', media({ alt: `${RTL}txet` }), /text-direction/],
      ['delete an unknown image', act(`${A}/media/actions.ts`, 'deleteMedia', { id: NOBODY }), /already deleted/],
    ] as const
  ).map(([name, send, says]): Row => ({ file: `${A}/media/actions.ts`, name: `media: ${name}`, send, status: 'action', says })),
  ...(
    [
      ['name missing', invite({ name: '' }), /Enter a name/],
      ['name of 101 characters', invite({ name: long(101) }), /under 100 characters/],
      ['NUL byte in the name', invite({ name: `Ann${NUL}` }), /control characters/],
      ['RTL override in the name', invite({ name: `Ann ${RTL}nnA` }), /text-direction/],
      ['an email that already has an account', () => invite({ email: adminEmail.toUpperCase() })(), /already has an account/],
      ['invalid email', invite({ email: 'not-an-email' }), /doesn’t look like an email/],
      ['email of 300 characters', invite({ email: `${long(290)}@example.org` }), /too long/],
      ['email with a newline (header injection)', invite({ email: 'a@example.org\r\nBcc: all@example.org' }), /doesn’t look like an email/],
      ['role superadmin', invite({ role: 'superadmin' }), /Choose a role/],
      ['role of an unknown user', act(`${A}/users/actions.ts`, 'changeUserRole', { userId: NOBODY, role: 'admin' }), /could not be found|no longer exists/],
      ['disable a user by a non-id', act(`${A}/users/actions.ts`, 'disableUser', { userId: '1 OR 1=1' }), /could not be found/],
      ['enable an unknown user', act(`${A}/users/actions.ts`, 'enableUser', { userId: NOBODY }), /could not be found|no longer exists/],
      ['password link for an unknown user', act(`${A}/users/actions.ts`, 'sendPasswordLink', { userId: NOBODY }), /could not be found|no longer exists/],
    ] as const
  ).map(([name, send, says]): Row => ({ file: `${A}/users/actions.ts`, name: `users: ${name}`, send, status: 'action', says })),
  ...(
    [
      ['name missing', ownName(''), /Enter a name/],
      ['NUL byte in the name', ownName(`Me${NUL}`), /control characters/],
      ['RTL override in the name', ownName(`${RTL}eM`), /text-direction/],
      ['name of 5,000 characters', ownName(long(5000)), /under 100 characters/],
      ['password too short', act(`${A}/account/actions.ts`, 'changeOwnPasswordAction', { current: 'x', password: 'short', repeat: 'short' }), /at least/],
      [
        'passwords that differ',
        act(`${A}/account/actions.ts`, 'changeOwnPasswordAction', { current: 'x', password: 'a long new password', repeat: 'another one' }),
        /aren’t the same/,
      ],
      [
        'current password missing',
        act(`${A}/account/actions.ts`, 'changeOwnPasswordAction', { password: 'a long new password', repeat: 'a long new password' }),
        /Enter your current password/,
      ],
    ] as const
  ).map(([name, send, says]): Row => ({ file: `${A}/account/actions.ts`, name: `account: ${name}`, send, status: 'action', says })),
  ...(
    [
      [
        'ids that are not ids',
        act(`${A}/moderation/actions.ts`, 'decideSignaturesAction', { 'ids[]': ['../x'], decision: 'approve' }),
        /Choose signatures from the list/,
      ],
      ['no ids', act(`${A}/moderation/actions.ts`, 'decideSignaturesAction', { decision: 'approve' }), /Tick at least one signature/],
      [
        '201 ids',
        act(`${A}/moderation/actions.ts`, 'decideSignaturesAction', { 'ids[]': Array.from({ length: 201 }, () => NOBODY), decision: 'approve' }),
        /at most 200/,
      ],
      [
        'an unknown decision',
        act(`${A}/moderation/actions.ts`, 'decideSignaturesAction', { 'ids[]': [NOBODY], decision: 'delete' }),
        /Choose approve or reject/,
      ],
    ] as const
  ).map(([name, send, says]): Row => ({ file: `${A}/moderation/actions.ts`, name: `moderation: ${name}`, send, status: 'action', says })),
  ...(
    [
      ['an empty filter', invalidate({}), /Choose at least one filter/],
      ['a time that does not exist', invalidate({ from: '2026-02-30T25:61' }), /does not exist/],
      ['a time in words', invalidate({ from: 'yesterday' }), /like 2026-12-01T14:30/],
      ['from after to', invalidate({ from: '2026-12-02T00:00', to: '2026-12-01T00:00' }), /after the “to” time/],
      ['a domain with ../', invalidate({ domain: '../../etc' }), /Type a domain like example.org/],
      ['an address hash with a NUL', invalidate({ ip: `${'a'.repeat(42)}${NUL}` }), /control characters/],
      ['a one-letter name', invalidate({ name: 'a' }), /at least two letters/],
      ['a filter that matches nothing', invalidate({ petition: NOBODY }), /nothing to invalidate/],
      ['undo an unknown invalidation', act(`${A}/moderation/invalidations/actions.ts`, 'undoInvalidationAction', { id: NOBODY }), /can’t be undone now/],
      ['undo by a non-id', act(`${A}/moderation/invalidations/actions.ts`, 'undoInvalidationAction', { id: '../1' }), /Choose an invalidation from the list/],
    ] as const
  ).map(([name, send, says]): Row => ({ file: `${A}/moderation/invalidations/actions.ts`, name: `invalidation: ${name}`, send, status: 'action', says })),
  ...(
    [
      ['an unknown message', act(`${A}/messages/actions.ts`, 'deleteContactMessage', { id: NOBODY }), /no longer exists/],
      ['a non-id', act(`${A}/messages/actions.ts`, 'forwardHeldMessage', { id: '../1' }), /That message does not exist/],
      ['answered: maybe', act(`${A}/messages/actions.ts`, 'markMessageHandled', { id: NOBODY, handled: 'maybe' }), /Say whether the message is answered/],
      ['publish an unknown message', act(`${A}/messages/actions.ts`, 'publishContactMessage', { id: NOBODY, postId: NOBODY }), /no longer exists/],
      ['publish under a non-id', act(`${A}/messages/actions.ts`, 'publishContactMessage', { id: NOBODY, postId: '../1' }), /Choose a published post/],
    ] as const
  ).map(([name, send, says]): Row => ({ file: `${A}/messages/actions.ts`, name: `messages: ${name}`, send, status: 'action', says })),
  ...(
    [
      ['0 from one address', rules({ ipBurstLimit: '0' }), /from 1 to 100,000/],
      ['a negative window', rules({ burstWindowMinutes: '-10' }), /from 1 to 1,440/],
      ['10^9 from one domain', rules({ domainBurstLimit: '1e9' }), /from 1 to 1,000,000/],
      ['a fraction', rules({ minFillSeconds: '2.5' }), /from 0 to 600/],
      ['words', rules({ ipBurstLimit: 'fifty' }), /from 1 to 100,000/],
      ['a missing field', rules({ burstWindowMinutes: '' }), /from 1 to 1,440/],
      ['Infinity', rules({ ipBurstLimit: 'Infinity' }), /from 1 to 100,000/],
    ] as const
  ).map(([name, send, says]): Row => ({ file: `${A}/settings/actions.ts`, name: `hold rules: ${name}`, send, status: 'action', says })),
  ...(
    [
      ['subject missing', update({ subject: '' }), /Give the update a subject/],
      ['subject on two lines (header injection)', update({ subject: 'News\r\nBcc: all@example.org' }), /on one line/],
      ['subject of 151 characters', update({ subject: long(151) }), /under 150 characters/],
      ['NUL byte in the subject', update({ subject: `News${NUL}` }), /control characters/],
      ['RTL override in the subject', update({ subject: `${RTL}sweN` }), /text-direction/],
      ['an empty body', update({ bodyHtml: '<p> </p>' }), /Write the text of the update/],
      ['an unknown petition', update({ petitionId: NOBODY }), /Choose a published petition/],
      ['a test of an unknown update', act(`${A}/updates/actions.ts`, 'sendTestUpdateAction', { id: NOBODY }), /no longer exists/],
      [
        'send with a count in words',
        act(`${A}/updates/actions.ts`, 'sendUpdateAction', () => ({ id: updateId, expected: 'many' })),
        /Reload the page and confirm again/,
      ],
      ['send an unknown update', act(`${A}/updates/actions.ts`, 'sendUpdateAction', { id: NOBODY, expected: '5' }), /no longer exists/],
    ] as const
  ).map(([name, send, says]): Row => ({ file: `${A}/updates/actions.ts`, name: `update: ${name}`, send, status: 'action', says })),
  // Sponsors and supporters, solidarity messages (issue #11): the public forms, their links,
  // the moderators' actions and the campaign's export.
  ...(() => {
    const file = 'app/api/supporters/route.ts'
    const join = (change: Record<string, unknown>) =>
      call(file, 'POST', '/api/supporters', jsonBody({ name: 'Rosa Example', type: 'individual', country: 'DE', email: 'rosa@example.org', ...change }))
    const refused = (name: string, change: Record<string, unknown>, says: RegExp, status = 422): Row => ({
      file,
      name: `join supporters: ${name}`,
      send: join(change),
      status,
      says,
    })
    return [
      refused('empty name', { name: '' }, /Please enter your full name/),
      refused('a formula as the name', { name: '=SUM(A1:A9)' }, /can’t start with =/),
      refused('NUL in the name', { name: `Rosa${NUL}` }, /invisible control characters/),
      refused('RTL override in the organisation', { organisation: `${RTL}noinu` }, /text-direction/),
      refused('an invalid email', { email: 'rosa at example' }, /doesn’t look like an email address/),
      refused('no email', { email: undefined }, /Please enter your email address/),
      refused('an unknown country', { country: 'XX' }, /choose your country/),
      refused('an unknown type', { type: 'cult' }, /what kind of supporter/),
      refused('a 2,000-character statement', { statement: long(2000) }, /at most 500 characters/),
      refused('a list as the name', { name: ['a', 'b'] }, /Please enter your full name/),
      refused('a forged proof-of-work', { altcha: Buffer.from('{"algorithm":"SHA-256"}').toString('base64') }, /security check failed/, 400),
      {
        file,
        name: 'join supporters: malformed JSON',
        send: call(file, 'POST', '/api/supporters', { body: '{name', type: 'application/json' }),
        status: 400,
        says: /could not be read/,
      },
      {
        file,
        name: 'join supporters: plain text',
        send: call(file, 'POST', '/api/supporters', { body: 'name=x', type: 'text/plain' }),
        status: 415,
        says: /Send the form as JSON/,
      },
      {
        file,
        name: 'join supporters: a 20 KB form',
        send: call(file, 'POST', '/api/supporters', { body: `name=${long(20_000)}`, type: 'application/x-www-form-urlencoded' }),
        status: 413,
        says: /too large/,
      },
      {
        file,
        name: 'join supporters: a plain form without email goes back to the form',
        send: locationOf(call(file, 'POST', '/api/supporters', { body: 'name=Rosa&type=individual&country=DE', type: 'application/x-www-form-urlencoded' })),
        status: 303,
        says: /^\/supporters\/join$/,
      },
    ]
  })(),
  ...(() => {
    const file = 'app/api/posts/[slug]/messages/route.ts'
    const leave = (change: Record<string, unknown>, slug?: string) => async () =>
      call(file, 'POST', '/api/posts/x/messages', {
        params: { slug: slug ?? (await db.post.findUniqueOrThrow({ where: { id: postId } })).slug },
        ...jsonBody({ name: 'Rosa Example', message: 'Solidarity!', email: 'rosa@example.org', ...change }),
      })()
    const refused = (name: string, change: Record<string, unknown>, says: RegExp, slug?: string, status = 422): Row => ({
      file,
      name: `solidarity message: ${name}`,
      send: leave(change, slug),
      status,
      says,
    })
    return [
      refused('an empty message', { message: '' }, /Please write your message/),
      refused('HTML in the message', { message: '<script>alert(1)</script>' }, /plain text, without HTML/),
      refused('a 2,000-character message', { message: long(2000) }, /at most 600 characters/),
      refused('a formula as the name', { name: '@SUM(A1)' }, /can’t start with =/),
      refused('an invalid email', { email: 'rosa@' }, /doesn’t look like an email address/),
      refused('RTL override in the place', { place: `${RTL}kroC` }, /text-direction/),
      ...[...TRAVERSALS, 'no-such-post', `a${NUL}b`].map((slug) => refused(`post ${slug.slice(0, 20)}`, {}, /no published appeal at this address/, slug, 404)),
    ]
  })(),
  ...[
    ['app/supporters/confirm/route.ts', '/supporters/confirm'],
    ['app/messages/confirm/route.ts', '/messages/confirm'],
  ].flatMap(([file, url]) => {
    const confirm = (token: string) => locationOf(call(file!, 'GET', `${url}?token=${encodeURIComponent(token)}`))
    const invalid = /\/supporters\/done\/invalid-link$/
    return [
      { file: file!, name: `${url}: made-up token`, send: confirm('made-up'), status: 303, says: invalid },
      { file: file!, name: `${url}: a signature's confirmation token`, send: confirm(`${NOBODY}.1796148670.${'A'.repeat(43)}`), status: 303, says: invalid },
      { file: file!, name: `${url}: 5,000-character token`, send: confirm(long(5000)), status: 303, says: invalid },
    ]
  }),
  ...(() => {
    const file = 'app/api/admin/supporters/export/route.ts'
    const download = (query: string, user: () => User) => call(file, 'GET', `/api/admin/supporters/export${query}`, { user })
    return [
      { file, name: 'supporters export: as an editor', send: download('', () => editor), status: 403, says: /Your role doesn’t allow this/ },
      {
        file,
        name: 'supporters export: emails as a moderator',
        send: download('?emails=1', () => moderator),
        status: 403,
        says: /Only admins can export email addresses/,
      },
      { file, name: 'supporters export: emails=yes please', send: download('?emails=yes%20please', () => admin), status: 422, says: /with or without emails/ },
    ]
  })(),
  ...(
    [
      ['decide with a made-up id', 'decideSupportersAction', { 'ids[]': ['not-a-uuid'], decision: 'approve' }, /Choose entries from the list/],
      ['decide "delete"', 'decideSupportersAction', { 'ids[]': [NOBODY], decision: 'delete' }, /Choose approve, reject or remove/],
      ['decide 201 entries', 'decideMessagesAction', { 'ids[]': Array.from({ length: 201 }, () => NOBODY), decision: 'approve' }, /at most 200 entries/],
      ["one entry's button with a made-up id", 'decideMessagesAction', { entry: 'approve:not-a-uuid' }, /Choose entries from the list/],
      ['one entry\'s button deciding "publish"', 'decideSupportersAction', { entry: `publish:${NOBODY}` }, /Choose approve, reject or remove/],
      ["one entry's button without an entry", 'decideMessagesAction', { entry: 'approve' }, /Tick at least one entry first/],
      ['merge one entry', 'mergeSupportersAction', { 'ids[]': [NOBODY] }, /Tick at least 2 entries to merge/],
      [
        'merge entries that are gone',
        'mergeSupportersAction',
        { 'ids[]': [NOBODY, '00000000-0000-4000-8000-000000000001'] },
        /Fewer than two of these entries still exist/,
      ],
      ['edit an entry that is gone', 'editSupporterAction', { id: NOBODY, name: 'Rosa', type: 'individual', country: 'DE' }, /This entry no longer exists/],
      ['edit with a formula name', 'editSupporterAction', { id: NOBODY, name: '+cmd', type: 'individual', country: 'DE' }, /can’t start with =/],
      ['edit with an unknown country', 'editSupporterAction', { id: NOBODY, name: 'Rosa', type: 'individual', country: 'Narnia' }, /choose your country/],
    ] as const
  ).map(([name, action, fields, says]): Row => ({
    file: `${A}/supporters/actions.ts`,
    name: `supporters: ${name}`,
    send: act(`${A}/supporters/actions.ts`, action, fields as unknown as Fields),
    status: 'action',
    says,
  })),
  ...(
    [
      ['a made-up token', setPassword({}), /This link doesn’t work any more/],
      ['../ as the token', setPassword({ token: '../../../../etc/passwd' }), /This link doesn’t work any more/],
      ['a 5,000-character token', setPassword({ token: long(5000) }), /This link doesn’t work any more/],
      ['a short password', setPassword({ password: 'short', repeat: 'short' }), /at least/],
      ['a 2,000-character password', setPassword({ password: long(2000), repeat: long(2000) }), /at most/],
    ] as const
  ).map(([name, send, says]): Row => ({
    file: 'app/admin/set-password/[token]/public-actions.ts',
    name: `set password: ${name}`,
    send,
    status: 'action',
    says,
  })),
  // Protest letters: "I sent it", the count, the letter editor and the directory.
  ...(() => {
    const file = 'app/api/letters/[slug]/sent/route.ts'
    const press = (body: Partial<{ body: BodyInit; type: string }>, slug?: () => string) => async () =>
      call(file, 'POST', '/api/letters/x/sent', { params: { slug: slug ? slug() : letters.open }, ...body })()
    const withProof = (change: Record<string, unknown>, slug?: () => string) => async () => press(jsonBody({ altcha: await solvedProof(), ...change }), slug)()
    return [
      { file, name: 'I sent it: unknown letter', send: withProof({}, () => 'no-such-letter'), status: 404, says: /no letter action at this address/ },
      ...TRAVERSALS.map((slug) => ({
        file,
        name: `I sent it: ${slug} as the letter`,
        send: withProof({}, () => slug),
        status: 404,
        says: /no letter action at this address/,
      })),
      { file, name: 'I sent it: a draft letter', send: withProof({}, () => letters.draft), status: 404, says: /no letter action at this address/ },
      { file, name: 'I sent it: a closed letter', send: withProof({}, () => letters.closed), status: 409, says: /closed and no longer counts letters/ },
      { file, name: 'I sent it: missing proof-of-work', send: press(jsonBody({})), status: 400, says: /security check hasn’t finished/ },
      { file, name: 'I sent it: garbage proof-of-work', send: press(jsonBody({ altcha: '%%%not-base64' })), status: 400, says: /security check failed/ },
      { file, name: 'I sent it: proof as an object', send: press(jsonBody({ altcha: { $gt: '' } })), status: 400, says: /security check failed/ },
      {
        file,
        name: 'I sent it: forged proof-of-work',
        send: async () =>
          press(
            jsonBody({
              altcha: Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(await solvedProof(), 'base64').toString()), number: 999_999 })).toString('base64'),
            }),
          )(),
        status: 400,
        says: /security check failed/,
      },
      { file, name: 'I sent it: a 20 KB body', send: press(jsonBody({ website: long(20_000) })), status: 413, says: /too large/ },
      { file, name: 'I sent it: malformed JSON', send: press({ body: '{"altcha": ', type: 'application/json' }), status: 400, says: /could not be read/ },
      { file, name: 'I sent it: text/plain', send: press({ body: 'hello', type: 'text/plain' }), status: 415, says: /as JSON or as a normal form post/ },
      ...(
        [
          ['show my name, without a name', { showName: 'on', publicName: '  ' }, /Enter the name to show/],
          ['show my name, the name as an object', { showName: 'on', publicName: { $ne: '' } }, /Enter the name to show/],
          ['show my name, a formula as the name', { showName: 'on', publicName: '=HYPERLINK("x")' }, /can’t start with/],
          ['show my name, a web address as the name', { showName: 'on', publicName: 'cheap-pills.example.com' }, /not a web address/],
          ['show my name, a 101-character name', { showName: 'on', publicName: long(101) }, /at most 100 characters/],
          ['show my name, RTL override in the town', { showName: 'on', publicName: 'Sam', publicPlace: `${RTL}nodnoL` }, /text-direction/],
          ['show my name, a 121-character town', { showName: 'on', publicName: 'Sam', publicPlace: long(121) }, /at most 120 characters/],
        ] as const
      ).map(([name, change, says]) => ({ file, name: `I sent it: ${name}`, send: withProof(change), status: 400, says })),
      {
        file,
        name: 'I sent it: no-JS form, show my name without a name',
        send: press({ body: 'website=&showName=on&publicName=', type: 'application/x-www-form-urlencoded' }),
        status: 400,
        says: /Enter the name to show/,
      },
      {
        file,
        name: 'I sent it: no-JS form to a closed letter',
        send: press({ body: 'website=', type: 'application/x-www-form-urlencoded' }, () => letters.closed),
        status: 409,
        says: /closed/,
      },
    ]
  })(),
  ...(() => {
    const file = 'app/api/letters/[slug]/pdf/route.ts'
    const pdf = (body: Partial<{ body: BodyInit; type: string }>, slug?: () => string) => async () =>
      call(file, 'POST', '/api/letters/x/pdf', { params: { slug: slug ? slug() : letters.open }, ...body })()
    const letter = (change: Record<string, unknown>, slug?: () => string) => pdf(jsonBody({ name: 'Sam', subject: 'S', body: 'Dear Sir', ...change }), slug)
    const form = (fields: string) => pdf({ body: `subject=S&body=Dear%20Sir&${fields}`, type: 'application/x-www-form-urlencoded' })
    return (
      [
        ['unknown letter', letter({}, () => 'no-such-letter'), 404, /no letter action at this address/],
        ...TRAVERSALS.map((slug) => [`${slug} as the letter`, letter({}, () => slug), 404, /no letter action at this address/] as const),
        ['a draft letter', letter({}, () => letters.draft), 404, /no letter action at this address/],
        ['no subject', letter({ subject: '' }), 400, /Write a subject/],
        ['subject on two lines', letter({ subject: 'Free them\r\nBcc: x@example.org' }), 400, /on one line/],
        ['subject of 201 characters', letter({ subject: long(201) }), 400, /at most 200 characters/],
        ['no letter', letter({ body: '   ' }), 400, /Write your letter/],
        ['a 10,001-character letter', letter({ body: long(10_001) }), 400, /at most 10,000 characters/],
        ['NUL in the letter', letter({ body: `Dear${NUL}Sir` }), 400, /control characters/],
        ['RTL override in the name', letter({ name: `${RTL}maS` }), 400, /text-direction/],
        ['a 121-character town', letter({ town: long(121) }), 400, /at most 120 characters/],
        ['the letter as an object', letter({ body: { $gt: '' } }), 400, /Write your letter/],
        ['an addressee that is not an id', letter({ addressee: '../etc/passwd' }), 400, /Choose whom the letter goes to/],
        ['an addressee of no letter', letter({ addressee: NOBODY }), 400, /not one this letter goes to/],
        ['a demand that is not a number', form('demand=abc'), 400, /Choose demands from the list/],
        ['a demand the letter does not have', form('demand=7'), 400, /Choose demands from the list/],
        ['13 demands', form(Array.from({ length: 13 }, (_, i) => `demand=${i}`).join('&')), 400, /Choose demands from the list/],
        ['a 200 KB body', pdf(jsonBody({ subject: 'S', body: long(200_000) })), 413, /too large/],
        ['malformed JSON', pdf({ body: '{"body": ', type: 'application/json' }), 400, /could not be read/],
        ['text/plain', pdf({ body: 'hello', type: 'text/plain' }), 415, /as JSON or as a normal form post/],
      ] as const
    ).map(([name, send, status, says]): Row => ({ file, name: `letter PDF: ${name}`, send, status, says }))
  })(),
  ...(() => {
    const file = 'app/(site)/letters/[slug]/count.json/route.ts'
    return [...TRAVERSALS, `${RTL}abc`, long(500), 'no-such-letter', `a${NUL}b`].map((slug) => ({
      file,
      name: `letter count.json: ${slug.slice(0, 30)}`,
      send: call(file, 'GET', '/x', { params: { slug } }),
      status: 404,
      says: /no letter action at this address/,
    }))
  })(),
  ...(() => {
    const file = `${A}/letters/actions.ts`
    const letter = (change: Record<string, string | string[]>) =>
      act(file, 'saveLetterAction', { intent: 'save', title: 'Write to the embassy', subject: 'Free them', body: 'Dear Sir,', ...change })
    return (
      [
        ['no title', letter({ title: '' }), /Give the letter action a title/],
        ['an unknown intent', letter({ intent: 'publish' }), /Choose what to do with the letter/],
        ['subject on two lines (header injection)', letter({ subject: 'Free them\r\nBcc: all@example.org' }), /on one line/],
        ['subject of 201 characters', letter({ subject: long(201) }), /under 200 characters/],
        ['a 10,001-character letter', letter({ body: long(10_001) }), /under 10,000 characters/],
        ['RTL override in the title', letter({ title: `${RTL}ti etirW` }), /text-direction/],
        ['NUL in the letter', letter({ body: `Dear${NUL}Sir` }), /control characters/],
        ['a formula as the state', letter({ embassiesOf: '=cmd|calc' }), /can’t start with/],
        ['copies to a non-address', letter({ ccEmails: 'campaign at example dot org' }), /is not an email address/],
        ['copies to a look-alike address', letter({ ccEmails: 'campaign@exаmple.org' }), /is not an email address/],
        ['copies to 6 addresses', letter({ ccEmails: Array.from({ length: 6 }, (_, i) => `c${i}@example.org`).join('\n') }), /at most 5 addresses/],
        ['13 demands', letter({ demands: Array.from({ length: 13 }, (_, i) => `Demand ${i}`).join('\n') }), /at most 12 demands/],
        ['a 401-character demand', letter({ demands: long(401) }), /under 400 characters/],
        ['an addressee that is not an id', letter({ 'addresseeIds[]': ['../etc'] }), /Choose addressees from the directory/],
        ['an addressee not in the directory', letter({ 'addresseeIds[]': [NOBODY] }), /removed from the directory/],
        ['a slug with ../', letter({ slug: '../etc/passwd' }), /lower-case letters, digits and single hyphens/],
        ['opened without a letter or addressee', letter({ intent: 'open', body: '' }), /needs the marked fields/],
        ['an unknown letter', letter({ id: NOBODY }), /deleted by someone else/],
        ['delete an unknown letter', act(file, 'deleteLetterAction', { id: NOBODY }), /already deleted/],
        ['delete ../', act(file, 'deleteLetterAction', { id: '../x' }), /doesn’t exist/],
        ['count the held presses of an unknown letter', act(file, 'releaseHeldSendsAction', { id: NOBODY }), /was deleted/],
        ['names: decide a made-up id', act(file, 'decideSenderNamesAction', { 'ids[]': ['../etc'], decision: 'approve' }), /Choose entries from the list/],
        ['names: decide "hide"', act(file, 'decideSenderNamesAction', { 'ids[]': [NOBODY], decision: 'hide' }), /Choose approve, reject or remove/],
        [
          'names: decide 201 names',
          act(file, 'decideSenderNamesAction', { 'ids[]': Array.from({ length: 201 }, () => NOBODY), decision: 'approve' }),
          /at most 200 entries/,
        ],
      ] as const
    ).map(([name, send, says]): Row => ({ file, name: `letter: ${name}`, send, status: 'action', says }))
  })(),
  ...(() => {
    const file = `${A}/letters/directory/actions.ts`
    const entry = (change: Record<string, string>) =>
      act(file, 'saveAddresseeAction', { kind: 'embassy', name: 'Embassy of Kardania in Norway', state: 'Kardania', hostCountry: 'NO', ...change })
    const upload = (text: string | Blob, name = 'directory.csv') =>
      act(file, 'importDirectoryAction', { file: typeof text === 'string' ? new File([text], name, { type: 'text/csv' }) : text })
    const HEADER = 'kind,name,state,host_country,email\n'
    return (
      [
        ['an unknown kind', entry({ kind: 'palace' }), /Choose the kind/],
        ['no name', entry({ name: '' }), /Give the entry a name/],
        ['a formula as the name', entry({ name: '@SUM(A1:A9)' }), /can’t start with/],
        ['NUL in the name', entry({ name: `Embassy${NUL}` }), /control characters/],
        ['no state', entry({ state: '' }), /whose embassy, ministry or company/],
        ['an embassy without a host country', entry({ hostCountry: '' }), /Say which country the embassy or consulate is in/],
        ['an unknown host country', entry({ hostCountry: 'XX' }), /Choose the country the embassy/],
        ['an invalid email', entry({ email: 'rosa@' }), /doesn’t look like an email/],
        ['a look-alike email', entry({ email: 'office@embаssy.example' }), /doesn’t look like an email/],
        ['a phone number in words', entry({ phone: 'call the front desk' }), /digits, spaces/],
        ['a day checked in the future', entry({ checkedOn: '2999-01-01' }), /can’t be in the future/],
        ['an impossible day checked', entry({ checkedOn: '2026-02-30' }), /as a date/],
        ['a 501-character address', entry({ postalAddress: long(501) }), /under 500 characters/],
        ['an entry that exists already', () => entry({ name: takenAddressee })(), /already has this entry/],
        ['an unknown entry', entry({ id: NOBODY }), /removed by someone else/],
        ['remove an unknown entry', act(file, 'deleteAddresseeAction', { id: NOBODY }), /already removed/],
        ['import: an empty file', upload(''), /The file is empty/],
        ['import: not a file', act(file, 'importDirectoryAction', { file: 'kind,name' }), /Choose a CSV file/],
        ['import: no header row', upload('embassy,Embassy,Kardania,NO\n'), /must name the columns/],
        ['import: a header and nothing else', upload(HEADER), /no entries under it/],
        ['import: an unclosed quote', upload(`${HEADER}embassy,"Embassy of Kardania,Kardania,NO,\n`), /could not be read as CSV|not CSV/],
        [
          'import: a bad line among good ones',
          upload(`${HEADER}embassy,Embassy A,Kardania,NO,a@example.org\nembassy,Embassy B,Kardania,Narnia,b@example.org\n`),
          /Line 3, host_country/,
        ],
        ['import: 600 KB', upload(new File([HEADER + 'x'.repeat(600_000)], 'big.csv', { type: 'text/csv' })), /too large/],
        ['import: 2,001 entries', upload(HEADER + 'ministry,M,Kardania,,\n'.repeat(2_001)), /at most 2,000 entries/],
      ] as const
    ).map(([name, send, says]): Row => ({ file, name: `directory: ${name}`, send, status: 'action', says }))
  })(),
  // Days of action (issue #11): the organiser's form, the confirmation link, the calendar files,
  // and the admin's forms for days, their reports, the moderators' decisions and the donate page.
  ...(() => {
    const file = 'app/api/days-of-action/[slug]/events/route.ts'
    const register =
      (change: Record<string, unknown>, slug: () => string = () => actionDay.slug) =>
      async () => {
        const body = { ...validOrganiser(), altcha: await solvedProof(), ...change }
        return call(file, 'POST', '/x', { params: { slug: slug() }, ...jsonBody(body) })()
      }
    const field = (name: string, change: Record<string, unknown>, key: string, says: RegExp): Row => ({
      file,
      name: `register protest: ${name}`,
      send: async () => {
        const answer = await register(change)()
        return { ...answer, message: answer.fields[key] ?? `(no error for ${key}) ${answer.message}` }
      },
      status: 422,
      says,
    })
    return [
      field('empty city', { city: '' }, 'city', /enter the city/),
      field('10,000-character city', { city: long(10_000) }, 'city', /at most 100 characters/),
      field('NUL byte in the place', { place: `Square${NUL}` }, 'place', /control characters/),
      field('RTL override in the organiser', { organiserName: `Union ${RTL}noinu` }, 'organiserName', /text-direction/),
      field('=HYPERLINK formula as the organiser', { organiserName: '=HYPERLINK("http://evil.example")' }, 'organiserName', /can’t start with =/),
      field('script in the place', { place: '<script>alert(1)</script>' }, 'place', /can’t contain < or >/),
      field('web address as the organiser', { organiserName: 'www.cheap-pills.example' }, 'organiserName', /not a web address/),
      field('unknown country', { country: 'XX' }, 'country', /choose the country/),
      field('../ as the country', { country: '../' }, 'country', /choose the country/),
      field('impossible date', { date: '2026-02-30' }, 'date', /does not exist/),
      field('date in words', { date: 'next Saturday' }, 'date', /like 2026-09-12/),
      field('a date far from the day', { date: '2030-01-01' }, 'date', /within 7 days/),
      field('time 25:00', { time: '25:00' }, 'time', /like 18:00/),
      field('time zone that does not exist', { timeZone: 'Mars/Olympus_Mons' }, 'timeZone', /choose the time zone from the list/),
      field('country with several zones and none chosen', { country: 'US', timeZone: '' }, 'timeZone', /several time zones/),
      field('description over the limit', { description: long(1001) }, 'description', /at most 1,000 characters/),
      field('invalid email', { email: 'ines@' }, 'email', /doesn’t look like an email/),
      field('look-alike email', { email: 'ines@gmаil.com' }, 'email', /plain Latin letters/),
      field('email as a nested object', { email: { $gt: '' } }, 'email', /enter your email|Invalid/),
      { file, name: 'register protest: missing proof-of-work', send: register({ altcha: undefined }), status: 400, says: /security check hasn’t finished/ },
      { file, name: 'register protest: garbage proof-of-work', send: register({ altcha: '%%%' }), status: 400, says: /security check failed/ },
      { file, name: 'register protest: a draft day', send: register({}, () => draftDaySlug), status: 404, says: /no day of action at this address/ },
      {
        file,
        name: 'register protest: a day long over',
        send: register({ date: '2020-01-10' }, () => pastDaySlug),
        status: 409,
        says: /day of action is over/,
      },
      ...TRAVERSALS.map((slug): Row => ({
        file,
        name: `register protest: ${slug} as the day`,
        send: register({}, () => slug),
        status: 404,
        says: /no day of action at this address/,
      })),
      {
        file,
        name: 'register protest: a 20 KB body to a real day',
        send: () => call(file, 'POST', '/x', { params: { slug: actionDay.slug }, ...jsonBody({ description: long(20_000) }) })(),
        status: 413,
        says: /too large/,
      },
      {
        file,
        name: 'register protest: XML body',
        send: () => call(file, 'POST', '/x', { params: { slug: actionDay.slug }, body: '<x/>', type: 'application/xml' })(),
        status: 415,
        says: /as JSON or as a normal form post/,
      },
      {
        file,
        name: 'register protest: malformed JSON',
        send: () => call(file, 'POST', '/x', { params: { slug: actionDay.slug }, body: '{"city": ', type: 'application/json' })(),
        status: 400,
        says: /could not be read/,
      },
    ]
  })(),
  ...(() => {
    const file = 'app/action-events/confirm/route.ts'
    const confirm = (token: string) => locationOf(call(file, 'GET', `/action-events/confirm?token=${encodeURIComponent(token)}`))
    const invalid = /\/action-events\/invalid-link$/
    return [
      { file, name: 'confirm protest: made-up token', send: confirm('made-up'), status: 303, says: invalid },
      { file, name: 'confirm protest: a signature’s token shape', send: confirm(`${NOBODY}.1700000000.${'A'.repeat(43)}`), status: 303, says: invalid },
      { file, name: 'confirm protest: 5,000-character token', send: confirm(long(5000)), status: 303, says: invalid },
    ]
  })(),
  ...(() => {
    const day = 'app/(site)/days-of-action/[slug]/calendar.ics/route.ts'
    const one = 'app/(site)/days-of-action/[slug]/events/[event]/route.ts'
    return [
      ...[...TRAVERSALS, `${RTL}abc`, 'no-such-day'].map((slug): Row => ({
        file: day,
        name: `day calendar: ${slug}`,
        send: call(day, 'GET', '/x', { params: { slug } }),
        status: 404,
        says: /no day of action at this address/,
      })),
      ...['../../etc/passwd', `${NOBODY}.ics`, `${NOBODY}.ics.exe`, 'x.ics', `${NOBODY}`].map((event): Row => ({
        file: one,
        name: `protest calendar: ${event}`,
        send: () => call(one, 'GET', '/x', { params: { slug: actionDay.slug, event } })(),
        status: 404,
        says: /no listed protest at this address/,
      })),
    ]
  })(),
  ...(
    [
      ['a day without a title', day({ title: '' }), /Give the day of action a title/],
      ['a date that does not exist', day({ date: '2026-02-30' }), /does not exist/],
      ['a date in words', day({ date: 'soon' }), /like 2026-09-12/],
      ['a date in the year 3000', day({ date: '3000-01-01' }), /between 2000 and 2100/],
      ['a slug with ../', day({ slug: '../admin' }), /lower-case letters, digits and single hyphens/],
      ['publishing without a call', day({ intent: 'publish', callHtml: '<p> </p>' }), /Write the call/],
      ['an unknown intent', day({ intent: 'delete' }), /Choose what to do/],
      ['a report for no day', act(`${A}/days-of-action/actions.ts`, 'saveActionDayReportAction', { id: NOBODY, reportHtml: '<p>x</p>' }), /no longer exists/],
      [
        'a report with a made-up photo',
        act(`${A}/days-of-action/actions.ts`, 'saveActionDayReportAction', () => ({ id: actionDay.id, reportHtml: '', 'photoIds[]': [NOBODY] })),
        /deleted from the media library/,
      ],
      [
        'a report with a photo that is not an id',
        act(`${A}/days-of-action/actions.ts`, 'saveActionDayReportAction', () => ({ id: actionDay.id, reportHtml: '', 'photoIds[]': ['../x'] })),
        /Choose photos from the media library/,
      ],
      ['delete an unknown day', act(`${A}/days-of-action/actions.ts`, 'deleteActionDayAction', { id: NOBODY }), /already deleted/],
      [
        'decide an unknown protest',
        act(`${A}/days-of-action/actions.ts`, 'decideEventsAction', { 'ids[]': [NOBODY], decision: 'approve' }),
        /already decided or no longer exist/,
      ],
      [
        'decide with a made-up decision',
        act(`${A}/days-of-action/actions.ts`, 'decideEventsAction', { 'ids[]': [NOBODY], decision: 'publish' }),
        /Choose approve or reject/,
      ],
    ] as const
  ).map(([name, send, says]): Row => ({ file: `${A}/days-of-action/actions.ts`, name: `day of action: ${name}`, send, status: 'action', says })),
  ...(
    [
      ['no ask', donations({ ask: '' }), /Write the ask/],
      ['an IBAN with a mistyped digit', donations({ iban: 'DE89 3704 0044 0532 0130 01' }), /check digits don’t match/],
      ['an IBAN in words', donations({ iban: 'my bank account' }), /starts with two letters and two digits/],
      ['a BIC of 5 letters', donations({ bic: 'ABCDE' }), /8 or 11 letters and digits/],
      ['a BIC without an IBAN', donations({ iban: '', localDetails: 'Sort code 00-00-00', bic: 'COBADEFFXXX' }), /IBAN that goes with this BIC/],
      ['an IBAN without the account holder', donations({ accountHolder: '' }), /account holder’s name/],
      ['an http link', donations({ links: 'Give | http://give.example.org' }), /not a secure web address/],
      ['a javascript: link', donations({ links: 'Give | javascript:alert(1)' }), /not a secure web address/],
      ['an amount without a number', donations({ amounts: '€10, lots' }), /Each amount needs a number/],
      ['nothing to give to', donations({ iban: '', bic: '', accountHolder: '', links: '' }), /Give bank details .* or at least one donation link/],
      ['an ask of 5,000 characters', donations({ ask: long(5000) }), /under 600 characters/],
      ['NUL in the reference', donations({ reference: `GIFT${NUL}` }), /control characters/],
      ['RTL override in the account holder', donations({ accountHolder: `Fund ${RTL}dnuf` }), /text-direction/],
    ] as const
  ).map(([name, send, says]): Row => ({ file: `${A}/donations/actions.ts`, name: `donations: ${name}`, send, status: 'action', says })),
]

// Every action in the route tree, sent an empty form: a missing field is named in words, never as
// zod's "Invalid input".
const EMPTY_FORM_SAYS = /^(Please correct the marked fields\. \| [A-Z]|Choose at least one filter|This link doesn’t work any more)/
// An empty form that is a valid request: no petition in the sidebar.
const VALID_EMPTY = ['featurePetitionAction']
for (const file of routeTree(path.resolve('app')).actions) {
  const names = [...readFileSync(file, 'utf8').matchAll(/^export (?:const|async function) (\w+)/gm)].map((m) => m[1]!)
  for (const name of names.filter((n) => !VALID_EMPTY.includes(n)))
    rows.push({
      file,
      name: `${path.basename(path.dirname(file))} ${name}: no fields at all`,
      send: act(file, name, {}),
      status: 'action',
      says: EMPTY_FORM_SAYS,
    })
}

let closedSlug = ''
const letters = { open: '', closed: '', draft: '' }
let takenAddressee = ''
beforeAll(async () => {
  closedSlug = (await makePetition({ status: 'closed' })).slug
  for (const status of ['open', 'closed', 'draft'] as const)
    letters[status] = (await db.letterAction.create({ data: { slug: unique(`letter-${status}`), title: 'Write', subject: 'S', body: 'B', status } })).slug
  takenAddressee = (await db.letterAddressee.create({ data: { kind: 'embassy', name: unique('Embassy of Kardania'), state: 'Kardania', hostCountry: 'NO' } }))
    .name
})

let actionDay = { id: '', slug: '', date: '' }
let draftDaySlug = ''
let pastDaySlug = ''
beforeAll(async () => {
  const date = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10)
  const made = await db.actionDay.create({
    data: { slug: unique('day'), title: 'Day', date: new Date(`${date}T00:00:00Z`), callHtml: '<p>x</p>', status: 'published' },
  })
  actionDay = { id: made.id, slug: made.slug, date }
  draftDaySlug = (await db.actionDay.create({ data: { slug: unique('draft-day'), title: 'Draft', date: made.date, callHtml: '', status: 'draft' } })).slug
  pastDaySlug = (
    await db.actionDay.create({
      data: { slug: unique('past-day'), title: 'Past', date: new Date('2020-01-10T00:00:00Z'), callHtml: '<p>x</p>', status: 'published' },
    })
  ).slug
})

/** For a row answered with a redirect: the message is the page it leads to. */
function locationOf(send: () => Promise<Answer>) {
  return async () => {
    const answer = await send()
    return { ...answer, message: answer.location ?? `(no redirect) ${answer.message}` }
  }
}

const tree = routeTree(path.resolve('app'))
const covered = new Set(rows.map((r) => r.file))

it('covers every route handler and server-action module in the route tree', () => {
  expect(tree.routes.length).toBeGreaterThan(10)
  expect(tree.actions.length).toBeGreaterThan(10)
  const e2e = readFileSync(E2E_SPEC, 'utf8')
  for (const file of [...tree.routes, ...tree.actions]) {
    if (ROWS_IN_E2E[file]) expect(e2e, `${file} has no rows in ${E2E_SPEC}`).toContain(ROWS_IN_E2E[file])
    else expect(covered.has(file), `${file} has no rows in the bad-input table`).toBe(true)
  }
})

it('drops hidden characters from rich text instead of refusing it (nobody could find them to delete)', async () => {
  const saved = await post({ title: 'Pasted from Word', bodyHtml: `<p>a${NUL}b\u000bc ${RTL}d</p>` })()
  expect(saved).toMatchObject({ status: 200 })
  expect((await db.post.findFirstOrThrow({ where: { title: 'Pasted from Word' } })).bodyHtml).toBe('<p>abc d</p>')
})

describe('bad input is refused with a specific message and stores nothing', () => {
  for (const row of rows) {
    it(row.name, async () => {
      const before = await databaseDigest()
      const answer = await row.send()
      expect(answer.status, `${row.name}: ${answer.message}`).toBe(row.status)
      const words = [answer.message, ...Object.values(answer.fields)].join(' | ')
      expect(words, row.name).toMatch(row.says)
      expect(words, `${row.name}: ${words}`).not.toMatch(/\n\s+at |Invalid input|Prisma|Error:/)
      expect(await databaseDigest(), row.name).toBe(before)
    })
  }
})

afterAll(() => {
  const endpoints = new Set(rows.map((r) => r.file))
  const routes = [...endpoints].filter((f) => f.endsWith('route.ts')).length + Object.keys(ROWS_IN_E2E).length
  const actions = [...endpoints].filter((f) => !f.endsWith('route.ts')).length
  console.log(`${rows.length} bad inputs tried across ${routes + actions} endpoints (${routes} route handlers, ${actions} server-action modules)`)
})
