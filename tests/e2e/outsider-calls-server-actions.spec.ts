import { readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test, type APIRequestContext } from '@playwright/test'
import { ROLE_PERMISSIONS } from '../../lib/auth/permissions'
import { createAccount, signInRequest } from './support/admin'
import { databaseDigest, withDatabase } from './support/site'

// Every server action is a public HTTP endpoint: anyone who knows (or reads from the page's
// JavaScript) its id can POST to it with a `Next-Action` header, skipping the form and the
// page's own checks. This takes every action the production build contains, from the build's
// manifest, and calls each as an outsider (also with the middleware-bypass header) and as
// signed-in roles its permission leaves out: each must refuse in words, change nothing in the
// database and send back no signer's or user's name or email.

const NOT_SIGNED_IN = 'Your session has ended. Sign in again, then repeat what you were doing.'
const NOT_ALLOWED = 'Your role doesn’t allow this. Ask an admin if you need it.'
const LINK_UNUSABLE = 'This link doesn’t work any more'
const SOME_ID = '00000000-0000-4000-8000-000000000000'

type ManifestEntry = { workers: Record<string, unknown>; filename?: string; exportedName?: string }
type Action = { id: string; file: string; name: string; page: string; permission: string | null }

function buildActions(): Action[] {
  const manifestPath = path.resolve(process.env.PLACARD_DIST_DIR ?? '.next-e2e', 'server/server-reference-manifest.json')
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { node: Record<string, ManifestEntry> }
  return Object.entries(manifest.node).map(([id, entry]) => {
    const file = entry.filename ?? ''
    const name = entry.exportedName ?? ''
    const source = readFileSync(path.resolve(file), 'utf8')
    const built = new RegExp(`export const ${name} = (adminAction|accountAction)\\(\\s*(?:'([a-z.-]+)')?`).exec(source)
    const permission = built ? (built[1] === 'accountAction' ? 'admin.enter' : built[2]!) : null
    // The page whose module carries the action: route groups vanish from the address, and a
    // dynamic segment gets an id that names nothing.
    const worker = Object.keys(entry.workers)[0]!
    const page = worker
      .replace(/^app/, '')
      .replace(/\/page$/, '')
      .split('/')
      .filter((s) => !/^\(.*\)$/.test(s))
      .map((s) => (/^\[.*\]$/.test(s) ? SOME_ID : s))
      .join('/')
    return { id, file, name, page: page || '/', permission }
  })
}

// Plausible form fields: whatever an action reads is there, so only its checks can stop it.
const FIELDS: Record<string, string> = {
  id: SOME_ID,
  userId: SOME_ID,
  petitionId: SOME_ID,
  ids: SOME_ID,
  'ids[]': SOME_ID,
  decision: 'approve',
  intent: 'save',
  title: 'Taken over',
  name: 'Taken over',
  slug: 'taken-over',
  bodyHtml: '<p>Taken over</p>',
  subject: 'Taken over',
  email: 'attacker@example.net',
  role: 'admin',
  count: '5',
  note: 'Taken over',
  goal: '10',
  expected: '0',
  direction: 'up',
  ipBurstLimit: '100000',
  domainBurstLimit: '1000000',
  burstWindowMinutes: '1',
  minFillSeconds: '0',
  current: 'x',
  password: 'a new password for me',
  repeat: 'a new password for me',
  token: 'A'.repeat(43),
  q: 'a',
}

/** The action called as React's client calls it: the arguments (previous state, a FormData) in
 * React's reply encoding, the FormData's fields prefixed with its reference number. */
function callAction(request: APIRequestContext, action: Action, headers: Record<string, string> = {}) {
  const multipart: Record<string, string> = { '0': JSON.stringify([null, '$K1']) }
  for (const [key, value] of Object.entries(FIELDS)) multipart[`1_${key}`] = value
  return request.post(action.page, { headers: { 'next-action': action.id, accept: 'text/x-component', ...headers }, multipart, maxRedirects: 0 })
}

async function personalData(): Promise<string[]> {
  return withDatabase(async (db) => {
    const { rows } = await db.query<{ value: string }>(
      `SELECT email AS value FROM users UNION SELECT name FROM users
       UNION SELECT email FROM signatures WHERE email <> '' UNION SELECT full_name FROM signatures WHERE full_name <> ''`,
    )
    return rows.map((r) => r.value).filter((v) => v.length >= 6)
  })
}

async function expectNothingGiven(body: string, label: string, personal: string[]) {
  expect(body, label).not.toMatch(/<html/i)
  expect(
    personal.filter((value) => body.includes(value)),
    `${label} sends back personal data`,
  ).toEqual([])
}

test('every server action in the build refuses outsiders and the roles it leaves out, changing and revealing nothing', async ({ playwright, baseURL }) => {
  test.setTimeout(180_000)
  const actions = buildActions()
  expect(actions.length).toBeGreaterThan(20)
  for (const action of actions) expect(action.permission ?? action.file, `${action.file} ${action.name}`).toBeTruthy()

  const roles = {} as Record<'editor' | 'moderator', APIRequestContext>
  for (const role of ['editor', 'moderator'] as const) {
    roles[role] = await playwright.request.newContext({ baseURL })
    await signInRequest(roles[role], await createAccount(role))
  }
  const outsider = await playwright.request.newContext({ baseURL })
  const personal = await personalData()
  expect(personal.length).toBeGreaterThan(5)

  const before = await databaseDigest()
  let calls = 0
  for (const action of actions) {
    const label = `${action.file} ${action.name}`
    for (const headers of [{}, { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' }] as Record<string, string>[]) {
      const response = await callAction(outsider, action, headers)
      const body = await response.text()
      calls++
      expect(response.status(), label).toBeLessThan(500)
      // The public password-link action answers for its (made-up) token instead.
      expect(body, label).toContain(action.permission ? NOT_SIGNED_IN : LINK_UNUSABLE)
      await expectNothingGiven(body, label, personal)
    }
    for (const role of ['editor', 'moderator'] as const) {
      if (!action.permission || (ROLE_PERMISSIONS[role] as readonly string[]).includes(action.permission)) continue
      const response = await callAction(roles[role], action)
      const body = await response.text()
      calls++
      expect(response.status(), `${label} as ${role}`).toBeLessThan(500)
      expect(body, `${label} as ${role}`).toContain(NOT_ALLOWED)
      await expectNothingGiven(body, `${label} as ${role}`, personal)
    }
  }
  expect(await databaseDigest()).toEqual(before)
  console.log(`${calls} direct calls to ${actions.length} server actions (from the build's manifest): every one refused, nothing changed`)
  for (const context of [...Object.values(roles), outsider]) await context.dispose()
})
