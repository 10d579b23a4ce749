import { expect, test } from '@playwright/test'
import { createAccount, signIn } from './support/admin'
import { latestEmailTo } from './support/outbox'

// Amina, the campaign's admin, brings in a moderator and later locks out an editor whose
// laptop was stolen. The moderator sees only what their role allows; the editor's open
// session stops working at their very next click.

test('an admin invites a moderator, who sets a password and sees only their part of the admin', async ({ browser }) => {
  const admin = await createAccount('admin', 'Amina Admin')
  const adminPage = await browser.newPage()
  await signIn(adminPage, admin)
  await adminPage.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Users' }).click()
  const email = `moderator-${Date.now()}@example.org`
  await adminPage.getByLabel('Name').fill('Mo Moderator')
  await adminPage.getByLabel('Email').fill(email)
  await adminPage.getByLabel('Role').selectOption('moderator')
  await adminPage.getByRole('button', { name: 'Add and send invitation' }).click()
  await expect(adminPage.getByRole('link', { name: 'Mo Moderator' })).toBeVisible()

  // The invitation arrives through the outbox (the worker sends it) with a one-time link.
  let mail: string | null = null
  await expect.poll(() => (mail = latestEmailTo(email)), { timeout: 15_000 }).not.toBeNull()
  const link = mail!.replace(/=\r?\n/g, '').match(/https?:\/\/[^\s"<]+\/admin\/set-password\/[A-Za-z0-9_-]+/)![0]
  const moderator = await browser.newPage()
  await moderator.goto(link.replace(/^https?:\/\/[^/]+/, ''))
  const password = 'a long moderator password'
  await moderator.getByLabel('New password', { exact: true }).fill(password)
  await moderator.getByLabel('The same password again').fill(password)
  await moderator.getByRole('button', { name: 'Save my password' }).click()
  await expect(moderator.getByRole('link', { name: 'Go to sign in' })).toBeVisible()

  await signIn(moderator, { id: '', email, password, name: 'Mo Moderator' })
  const nav = moderator.getByRole('navigation', { name: 'Admin' })
  await expect(nav.getByRole('link', { name: 'Posts' })).toHaveCount(0)
  await expect(nav.getByRole('link', { name: 'Users' })).toHaveCount(0)
  for (const path of ['/admin/posts', '/admin/posts/new', '/admin/users', '/admin/media', '/admin/audit']) {
    await moderator.goto(path)
    await expect(moderator.getByRole('heading', { name: 'This screen isn’t part of your role' }), path).toBeVisible()
  }
  await adminPage.close()
  await moderator.close()
})

test('an admin disables an editor, and the editor’s very next request is refused', async ({ browser }) => {
  const admin = await createAccount('admin', 'Amina Admin')
  const editor = await createAccount('editor', 'Ed Itor')
  const editorPage = await browser.newPage()
  await signIn(editorPage, editor)
  await editorPage.goto('/admin/posts')
  await expect(editorPage.getByRole('heading', { name: 'Posts', level: 1 })).toBeVisible()

  const adminPage = await browser.newPage()
  await signIn(adminPage, admin)
  await adminPage.goto(`/admin/users/${editor.id}`)
  adminPage.once('dialog', (dialog) => void dialog.accept())
  await adminPage.getByRole('button', { name: 'Disable account' }).click()
  await expect(adminPage.getByRole('button', { name: 'Enable account' })).toBeVisible()

  await editorPage.goto('/admin/posts')
  await expect(editorPage).toHaveURL(/\/admin\/sign-in$/)
  await editorPage.getByLabel('Email').fill(editor.email)
  await editorPage.getByLabel('Password').fill(editor.password)
  await editorPage.getByRole('button', { name: 'Sign in' }).click()
  await expect(editorPage.getByText('That email and password don’t match an account. Check both and try again.')).toBeVisible()
  await editorPage.close()
  await adminPage.close()
})
