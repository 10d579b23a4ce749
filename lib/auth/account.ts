import 'server-only'
import { hashPassword, verifyPassword } from '@/lib/auth/password'
import { refundSignInAttempt, reserveSignInAttempt } from '@/lib/auth/sign-in-throttle'
import { SIGN_IN_THROTTLED } from '@/lib/auth/sign-in'
import { AppError } from '@/lib/errors'
import type { Prisma } from '@/lib/generated/prisma/client'

// A signed-in person changing their own password. The current password is asked for (a
// session left open on a shared computer must not be enough), and wrong guesses count
// towards the same limit as failed sign-ins.

export const WRONG_CURRENT = 'That isn’t your current password.'

export async function changeOwnPassword(
  tx: Prisma.TransactionClient,
  user: { id: string; email: string },
  input: { current: string; password: string },
  ipHash: string | null,
) {
  if (!(await reserveSignInAttempt(user.email, ipHash)).allowed) throw new AppError(SIGN_IN_THROTTLED)
  const stored = await tx.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } })
  if (!(await verifyPassword(stored?.passwordHash, input.current))) throw new AppError('Please correct the marked fields.', { current: WRONG_CURRENT })
  await refundSignInAttempt(user.email, ipHash)
  // Bumping the session version ends every session, this one included.
  await tx.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(input.password), sessionVersion: { increment: 1 } } })
}

export async function changeOwnName(tx: Prisma.TransactionClient, userId: string, name: string) {
  await tx.user.update({ where: { id: userId }, data: { name } })
}
