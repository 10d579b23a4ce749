import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { ROLE_PERMISSIONS, type Permission } from '../../lib/auth/permissions'
import { createAccount, signInRequest } from './support/admin'

// Every admin page, found from the route tree, asked for without a session and by each role
// that lacks its permission: none may show its content. Pages outside the signed-in area
// (sign-in, set-password) are the only ones open to everyone.

type AdminPage = { url: string; permission: Permission | 'signed-in' | 'public'; file: string }
const PUBLIC = ['/admin/sign-in', '/admin/set-password/x']

function pages(dir: string, url: string): AdminPage[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) {
      const segment = entry.name.startsWith('(')
        ? ''
        : entry.name.startsWith('[')
          ? entry.name === '[id]'
            ? '/00000000-0000-4000-8000-000000000000'
            : '/x'
          : `/${entry.name}`
      return pages(full, url + segment)
    }
    if (entry.name !== 'page.tsx') return []
    const source = readFileSync(full, 'utf8')
    const required = /requirePermission\('([a-z.-]+)'\)/.exec(source)?.[1] as Permission | undefined
    const permission = PUBLIC.includes(url) ? 'public' : (required ?? (/requireUser\(\)/.test(source) ? 'signed-in' : undefined))
    if (!permission) throw new Error(`${full} checks neither requirePermission nor requireUser`)
    return [{ url: url || '/admin', permission, file: full }]
  })
}

const adminPages = pages(path.resolve('app/admin'), '/admin')

// The header Next.js once trusted to skip middleware (CVE-2025-29927), in the shapes the
// exploits used for each layout; Placard's checks live in every page and handler, not in
// middleware, so none of them may change what a stranger gets.
const BYPASS_HEADERS: Record<string, string>[] = [
  {},
  ...[
    'middleware',
    'src/middleware',
    'pages/_middleware',
    'proxy',
    'src/proxy',
    'middleware:middleware:middleware:middleware:middleware',
    'src/middleware:src/middleware:src/middleware:src/middleware:src/middleware',
  ].map((value) => ({ 'x-middleware-subrequest': value })),
]

test('every admin page sends strangers to sign in, whatever middleware-bypass header they send', async ({ request }) => {
  expect(adminPages.length).toBeGreaterThan(5)
  for (const page of adminPages.filter((p) => p.permission !== 'public')) {
    for (const headers of BYPASS_HEADERS) {
      const response = await request.get(page.url, { maxRedirects: 0, headers })
      const label = `${page.url} ${JSON.stringify(headers)}`
      expect(response.status(), label).toBe(307)
      expect(response.headers().location, label).toMatch(/\/admin\/sign-in$/)
      expect(await response.text(), label).not.toMatch(/<nav|<main|<table|@example/)
    }
  }
})

test('each role is kept out of the pages its role lacks, and every admin answer is private', async ({ playwright, baseURL }) => {
  for (const role of ['moderator', 'editor'] as const) {
    const account = await createAccount(role)
    const request = await playwright.request.newContext({ baseURL })
    await signInRequest(request, account)
    for (const page of adminPages.filter((p) => p.permission !== 'public' && p.permission !== 'signed-in')) {
      const response = await request.get(page.url, { maxRedirects: 0 })
      const allowed = ROLE_PERMISSIONS[role].includes(page.permission as Permission)
      if (allowed) expect([200, 404], `${role} ${page.url}`).toContain(response.status())
      else {
        expect(response.status(), `${role} ${page.url}`).toBe(307)
        expect(response.headers().location, `${role} ${page.url}`).toMatch(/\/admin\/no-access$/)
      }
      expect(response.headers()['cache-control'], page.url).toMatch(/private|no-store/)
    }
    const dashboard = await request.get('/admin')
    expect(dashboard.status()).toBe(200)
    expect(dashboard.headers()['cache-control']).toContain('no-store')
    await request.dispose()
  }
})

// Admin route handlers (app/api/admin/**/route.ts), found from the route tree with the HTTP
// methods each exports and the permission it checks (can(user, '…')): 401 without a session,
// 403 for a role without the permission.
function adminRoutes(dir: string, url: string): { url: string; methods: string[]; permission: Permission }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return adminRoutes(full, `${url}/${entry.name.startsWith('[') ? 'x' : entry.name}`)
    if (entry.name !== 'route.ts') return []
    const source = readFileSync(full, 'utf8')
    const methods = [...source.matchAll(/export (?:async )?function (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]!)
    const permission = /can\(user, '([a-z.-]+)'\)/.exec(source)?.[1] as Permission | undefined
    if (!permission) throw new Error(`${full} checks no permission with can(user, '…')`)
    return [{ url, methods, permission }]
  })
}

test('every admin route handler refuses strangers (401) and roles without its permission (403)', async ({ playwright, baseURL }) => {
  const routes = adminRoutes(path.resolve('app/api/admin'), '/api/admin')
  expect(routes.flatMap((r) => r.methods).length).toBeGreaterThan(0)
  const signedIn = {} as Record<'moderator' | 'editor', Awaited<ReturnType<typeof playwright.request.newContext>>>
  for (const role of ['moderator', 'editor'] as const) {
    signedIn[role] = await playwright.request.newContext({ baseURL })
    await signInRequest(signedIn[role], await createAccount(role))
  }
  const anonymous = await playwright.request.newContext({ baseURL })
  for (const route of routes) {
    const outsider = (['moderator', 'editor'] as const).find((role) => !ROLE_PERMISSIONS[role].includes(route.permission))
    expect(outsider, `${route.url}: a role without ${route.permission}`).toBeTruthy()
    for (const method of route.methods) {
      const send = (context: typeof anonymous, headers: Record<string, string> = {}) =>
        context.fetch(route.url, {
          method,
          maxRedirects: 0,
          headers,
          multipart: method === 'GET' ? undefined : { file: { name: 'a.jpg', mimeType: 'image/jpeg', buffer: Buffer.from([0xff, 0xd8, 0xff]) } },
        })
      for (const headers of BYPASS_HEADERS) {
        const stranger = await send(anonymous, headers)
        expect(stranger.status(), `${method} ${route.url} without a session ${JSON.stringify(headers)}`).toBe(401)
        expect((await stranger.json()) as { ok: boolean }).toEqual({
          ok: false,
          message: 'Your session has ended. Sign in again, then repeat what you were doing.',
        })
      }
      expect((await send(signedIn[outsider!])).status(), `${method} ${route.url} as a ${outsider}`).toBe(403)
    }
  }
  for (const context of [...Object.values(signedIn), anonymous]) await context.dispose()
})
