import 'server-only'
import { db } from '@/lib/db/client'
import type { Role } from '@/lib/generated/prisma/enums'

// Reads for the users screens. Whether an account has a password is reported as a yes/no;
// the hash itself is never selected here.

export type UserRow = {
  id: string
  name: string
  email: string
  role: Role
  disabledAt: Date | null
  createdAt: Date
  /** False until an invited person has chosen a password through their link. */
  hasPassword: boolean
}

type Found = Omit<UserRow, 'hasPassword'> & { passwordHash: string | null }
const SELECT = { id: true, name: true, email: true, role: true, disabledAt: true, createdAt: true, passwordHash: true } as const
const toRow = ({ passwordHash, ...user }: Found): UserRow => ({ ...user, hasPassword: passwordHash !== null })

export async function listUsers(): Promise<UserRow[]> {
  const users = await db.user.findMany({ select: SELECT, orderBy: [{ disabledAt: { sort: 'desc', nulls: 'first' } }, { name: 'asc' }] })
  return users.map(toRow)
}

export async function getUserForAdmin(id: string): Promise<UserRow | null> {
  const user = await db.user.findUnique({ where: { id }, select: SELECT })
  return user ? toRow(user) : null
}

export type PendingLink = { purpose: string; expiresAt: Date }

/** The user's newest unused, unexpired password link, if any (shown so admins don't resend blindly). */
export async function getPendingLink(userId: string): Promise<PendingLink | null> {
  return db.passwordToken.findFirst({
    where: { userId, usedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: 'desc' },
    select: { purpose: true, expiresAt: true },
  })
}
