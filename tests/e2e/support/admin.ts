import { randomUUID } from 'node:crypto'
import { hash } from '@node-rs/argon2'
import type { APIRequestContext, Page } from '@playwright/test'
import { withDatabase } from './site'

// People of the admin area for end-to-end tests: real accounts in the e2e site's database,
// signed in through the real sign-in form or next-auth's endpoints.

export type TestAccount = { id: string; email: string; password: string; name: string }

export async function createAccount(role: 'admin' | 'editor' | 'moderator', name = `Test ${role}`): Promise<TestAccount> {
  const slug = `${role}-${randomUUID().slice(0, 8)}`
  const email = `${slug}@example.org`
  const password = `pw-${randomUUID()}`
  const passwordHash = await hash(password, { memoryCost: 19_456, timeCost: 2, parallelism: 1 })
  const id = await withDatabase(async (db) => {
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO users (id, name, email, slug, role, password_hash, updated_at) VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, now()) RETURNING id`,
      [name, email, slug, role, passwordHash],
    )
    return rows[0]!.id
  })
  return { id, email, password, name }
}

/** Signs in through the sign-in page, as a person would. */
export async function signIn(page: Page, account: TestAccount) {
  await page.goto('/admin/sign-in')
  await page.getByLabel('Email').fill(account.email)
  await page.getByLabel('Password').fill(account.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.waitForURL('**/admin')
}

/** Signs an API request context in through next-auth's credentials endpoint. */
export async function signInRequest(request: APIRequestContext, account: TestAccount) {
  const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string }
  const response = await request.post('/api/auth/callback/credentials', {
    form: { csrfToken, email: account.email, password: account.password, json: 'true' },
    maxRedirects: 0,
  })
  if (![200, 302].includes(response.status())) throw new Error(`sign-in failed: ${response.status()}`)
}
