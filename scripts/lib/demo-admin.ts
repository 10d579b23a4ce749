import { randomBytes } from 'node:crypto'
import { anAdminCanSignIn, createAdmin } from './create-admin'

// What `npm start` says about signing in. A fresh embedded demo database gets a demo admin
// with a random password, printed this once (it is stored only as a hash). Later starts say
// nothing while some admin can sign in, and explain how to create one when none can.

type Db = typeof import('@/lib/db/client').db

export const DEMO_ADMIN_EMAIL = 'admin@example.org'

export type SignInNote = {
  /** Printed at once, so it is never lost if the build fails. */
  now: string
  /** A short pointer printed again once the server starts, after the build's output. */
  later?: string
}

export async function signInNote(db: Db, { createDemoAdmin, port }: { createDemoAdmin: boolean; port: number }): Promise<SignInNote | null> {
  const signInUrl = `http://localhost:${port}/admin/sign-in`
  if (createDemoAdmin) {
    // 15 random bytes: 20 characters of base64url, about 120 bits.
    const password = randomBytes(15).toString('base64url')
    const created = await createAdmin(db, { name: 'Demo Admin', email: DEMO_ADMIN_EMAIL, password }, 'npm start (demo admin)')
    if (created.ok) {
      const line = '─'.repeat(72)
      return {
        now: `\n${line}\n  Sign in at ${signInUrl}\n  as ${DEMO_ADMIN_EMAIL} with password ${password}\n  This is shown only once: change it under Account after signing in.\n${line}\n`,
        later: `Sign in at ${signInUrl} as ${DEMO_ADMIN_EMAIL} with the password printed above.`,
      }
    }
  }
  if (await anAdminCanSignIn(db)) return null
  return { now: 'No admin can sign in yet. Create one with: npm run admin:create' }
}
