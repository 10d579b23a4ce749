import { randomUUID } from 'node:crypto'
import { hash } from '@node-rs/argon2'
import { chromium, type Browser, type Page } from '@playwright/test'
import pg from 'pg'
import { CHROMIUM_ARGS, chromiumExecutable } from '../../tests/e2e/support/browser'

// An editor working in the admin area of one given instance with a real Chromium, for the
// cluster benchmark: their edit is a server action answered by that instance alone.

export type BrowserEditor = { renamePost: (postId: string, title: string, onClick: () => void) => Promise<number>; close: () => Promise<void> }

export async function openEditorOn(instanceUrl: string, databaseUrl: string): Promise<BrowserEditor> {
  const email = `bench-editor-${randomUUID().slice(0, 8)}@example.org`
  const password = `pw-${randomUUID()}`
  const db = new pg.Client({ connectionString: databaseUrl })
  await db.connect()
  await db.query(
    `INSERT INTO users (id, name, email, slug, role, password_hash, updated_at) VALUES (gen_random_uuid(), 'Bench Editor', $1, $2, 'editor', $3, now())`,
    [email, email.split('@')[0], await hash(password, { memoryCost: 19_456, timeCost: 2, parallelism: 1 })],
  )
  await db.end()

  const browser: Browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: CHROMIUM_ARGS,
  })
  const page: Page = await browser.newPage()
  await page.goto(`${instanceUrl}/admin/sign-in`)
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.waitForURL('**/admin')
  return {
    /** Saves a new title in the post's editor; resolves with the time the instance said "Saved.". */
    renamePost: async (postId, title, onClick) => {
      await page.goto(`${instanceUrl}/admin/posts/${postId}`)
      await page.getByLabel('Title').fill(title)
      onClick()
      await page.getByRole('button', { name: 'Update' }).click()
      await page.getByText('Saved.', { exact: true }).waitFor({ timeout: 10_000 })
      return Date.now()
    },
    close: () => browser.close(),
  }
}
