import 'server-only'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { Role } from '@/lib/generated/prisma/enums'
import { issuePasswordLink, revokePasswordLinks } from '@/lib/auth/password-links'
import { AppError } from '@/lib/errors'
import { slugify } from '@/lib/validation/slug'

// Accounts as admins manage them: create, change role, disable and re-enable. Each runs inside
// the caller's transaction (an admin action, or a command-line script) beside its audit row.
// Two rules keep the site manageable: nobody locks themselves out, and there is always at
// least one enabled admin left.

type Tx = Prisma.TransactionClient
export type ManagedUser = { id: string; name: string; email: string; role: Role; disabledAt: Date | null }

export const EMAIL_TAKEN =
  'Someone already has an account with this email address. Find them in the list of users; from their page you can send them a password reset link.'
const GONE = 'That user no longer exists. Reload the page.'
const LAST_ADMIN = 'This is the only enabled admin left. Make someone else an admin first, so the site always has one.'
const OWN_ROLE = 'You can’t take away your own admin role. Ask another admin to do it.'
const OWN_ACCOUNT = 'You can’t disable your own account. Ask another admin to do it.'

const SELECT = { id: true, name: true, email: true, role: true, disabledAt: true } as const

/** A free slug for the author page (/author/<slug>): from the name, numbered when taken. */
async function freeSlug(tx: Tx, name: string): Promise<string> {
  const base = slugify(name) || 'user'
  const taken = new Set((await tx.user.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((u) => u.slug))
  let slug = base
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`
  return slug
}

export async function createUser(tx: Tx, input: { name: string; email: string; role: Role; passwordHash?: string }): Promise<ManagedUser> {
  if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    throw new AppError(EMAIL_TAKEN, { email: 'This email address already has an account.' })
  }
  const slug = await freeSlug(tx, input.name)
  return tx.user.create({ data: { ...input, slug }, select: SELECT })
}

async function findManaged(tx: Tx, userId: string): Promise<ManagedUser> {
  const user = await tx.user.findUnique({ where: { id: userId }, select: SELECT })
  if (!user) throw new AppError(GONE)
  return user
}

/**
 * Refuses a change that would leave no enabled admin. The enabled admins' rows are locked until
 * the transaction ends, so two admins demoting each other at the same moment can't both win.
 */
async function keepOneAdmin(tx: Tx, target: ManagedUser) {
  if (target.role !== 'admin' || target.disabledAt) return
  const admins = await tx.$queryRaw<{ id: string }[]>`SELECT id::text FROM users WHERE role = 'admin' AND disabled_at IS NULL ORDER BY id FOR UPDATE`
  if (admins.every((a) => a.id === target.id)) throw new AppError(LAST_ADMIN)
}

export type Change = { user: ManagedUser; changed: boolean }

export async function changeRole(tx: Tx, actorId: string, userId: string, role: Role): Promise<Change & { before: Role }> {
  const user = await findManaged(tx, userId)
  if (user.role === role) return { user, before: role, changed: false }
  if (user.id === actorId) throw new AppError(OWN_ROLE)
  await keepOneAdmin(tx, user)
  const updated = await tx.user.update({ where: { id: userId }, data: { role }, select: SELECT })
  return { user: updated, before: user.role, changed: true }
}

/** Disabling also bumps the session version, so every session of the account ends at once. */
export async function setDisabled(tx: Tx, actorId: string, userId: string, disabled: boolean): Promise<Change> {
  const user = await findManaged(tx, userId)
  if (Boolean(user.disabledAt) === disabled) return { user, changed: false }
  if (disabled) {
    if (user.id === actorId) throw new AppError(OWN_ACCOUNT)
    await keepOneAdmin(tx, user)
    // A link sent before the account was disabled must not work once it is enabled again.
    await revokePasswordLinks(tx, userId)
  }
  const data = disabled ? { disabledAt: new Date(), sessionVersion: { increment: 1 } } : { disabledAt: null }
  return { user: await tx.user.update({ where: { id: userId }, data, select: SELECT }), changed: true }
}

/** Whether the account has chosen a password yet (the hash itself never leaves lib/auth). */
export async function hasPassword(tx: Tx, userId: string): Promise<boolean> {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { passwordHash: true } })
  return Boolean(user?.passwordHash)
}

/**
 * A new link for someone: the invitation again if they never chose a password, otherwise a
 * reset. A disabled account gets none (enable it first).
 */
export async function sendPasswordLinkTo(tx: Tx, userId: string, requestedBy: string) {
  const user = await findManaged(tx, userId)
  if (user.disabledAt) throw new AppError(`${user.name}’s account is disabled. Enable it first, then send the link.`)
  const purpose = (await hasPassword(tx, user.id)) ? 'reset' : 'invite'
  await issuePasswordLink(tx, { userId: user.id, purpose, requestedBy })
  return { user, purpose } as const
}
