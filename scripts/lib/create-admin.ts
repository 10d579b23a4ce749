import { recordAudit } from '@/lib/audit/record'
import { hashPassword } from '@/lib/auth/password'
import { createUser } from '@/lib/auth/users'
import { AppError } from '@/lib/errors'

// Creates an admin with a password from the command line (`npm run admin:create`, and the
// demo admin of `npm start`), recorded in the audit log like a change made in the admin area.

type Db = typeof import('@/lib/db/client').db

export type NewAdmin = { name: string; email: string; password: string }

export async function createAdmin(db: Db, admin: NewAdmin, actorLabel: string): Promise<{ ok: true; id: string } | { ok: false; reason: 'email-taken' }> {
  const passwordHash = await hashPassword(admin.password)
  try {
    return await db.$transaction(async (tx) => {
      const user = await createUser(tx, { name: admin.name, email: admin.email, role: 'admin', passwordHash })
      const summary = `Created admin ${user.name} <${user.email}> (${actorLabel})`
      await recordAudit(tx, { id: null, label: actorLabel }, { action: 'user.create', entityType: 'user', entityId: user.id, summary })
      return { ok: true as const, id: user.id }
    })
  } catch (error) {
    // createUser's only expected refusal: the address already has an account.
    if (error instanceof AppError) return { ok: false, reason: 'email-taken' }
    throw error
  }
}

/** True when at least one enabled admin has a password, i.e. someone can manage the site. */
export async function anAdminCanSignIn(db: Db): Promise<boolean> {
  return (await db.user.count({ where: { role: 'admin', disabledAt: null, passwordHash: { not: null } } })) > 0
}
