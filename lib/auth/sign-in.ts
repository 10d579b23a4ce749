import 'server-only'
import { recordAudit } from '@/lib/audit/record'
import { verifyPassword } from '@/lib/auth/password'
import { refundSignInAttempt, reserveSignInAttempt, WINDOW_MINUTES } from '@/lib/auth/sign-in-throttle'
import { db } from '@/lib/db/client'
import { signInSchema } from '@/lib/validation/account'

// Checks an email and password. An unknown email, a wrong password and a disabled account all
// get the same answer, after the same work, so the form never tells which accounts exist.

export const SIGN_IN_FAILED = 'That email and password don’t match an account. Check both and try again.'
export const SIGN_IN_THROTTLED = `Too many failed sign-ins. Wait ${WINDOW_MINUTES} minutes and try again, or ask an admin to send you a password reset link.`

export type SignInResult = { ok: true; user: { id: string; sessionVersion: number } } | { ok: false; message: string }

export async function signInWithPassword(input: unknown, ipHash: string | null): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(input ?? {})
  if (!parsed.success || !parsed.data.email || !parsed.data.password) return { ok: false, message: SIGN_IN_FAILED }
  const { email, password } = parsed.data

  const attempt = await reserveSignInAttempt(email, ipHash)
  if (!attempt.allowed) {
    // Logged once per window, so a flood of refused guesses can't flood the audit log.
    if (attempt.justCrossed) await recordAudit(db, { id: null, label: email }, { action: 'sign-in.throttled' }, ipHash)
    return { ok: false, message: SIGN_IN_THROTTLED }
  }
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, passwordHash: true, disabledAt: true, sessionVersion: true },
  })
  const passwordOk = await verifyPassword(user?.passwordHash, password)
  if (!user || !passwordOk || user.disabledAt) {
    await recordAudit(db, { id: user?.id ?? null, label: email }, { action: 'sign-in.failed', summary: user?.disabledAt ? 'account disabled' : '' }, ipHash)
    return { ok: false, message: SIGN_IN_FAILED }
  }
  await refundSignInAttempt(email, ipHash)
  await recordAudit(db, { id: user.id, label: user.email }, { action: 'sign-in', entityType: 'user', entityId: user.id }, ipHash)
  return { ok: true, user: { id: user.id, sessionVersion: user.sessionVersion } }
}
