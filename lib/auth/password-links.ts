import 'server-only'
import { spanOfHours } from '@/lib/auth/password-link-email'
import { randomBytes } from 'node:crypto'
import { recordAudit } from '@/lib/audit/record'
import { clearSignInFailures } from '@/lib/auth/sign-in-throttle'
import { hashPassword } from '@/lib/auth/password'
import { PASSWORD_LINK_JOB } from '@/lib/auth/password-link-job'
import { db } from '@/lib/db/client'
import type { Prisma } from '@/lib/generated/prisma/client'
import { hmac } from '@/lib/secrets'
import { absoluteUrl } from '@/lib/site'
import { passwordLinkTokenSchema } from '@/lib/validation/users'

// One-time links to choose a password: an invitation (new account, 7 days) or a reset (1 hour).
// The token is 32 random bytes; only its keyed hash is stored, so a copy of the database
// can't be turned into working links. Using a link also ends every session of the account.

export type PasswordLinkPurpose = 'invite' | 'reset'

const LINK_LIFETIME_HOURS: Record<PasswordLinkPurpose, number> = { invite: 7 * 24, reset: 1 }

export const linkLifetimeText = (purpose: PasswordLinkPurpose) => spanOfHours(LINK_LIFETIME_HOURS[purpose])

export const LINK_UNUSABLE = 'This link doesn’t work any more: it has already been used, or it has expired. Ask an admin to send you a new one.'

function passwordLinkUrl(token: string) {
  return absoluteUrl(`/admin/set-password/${token}`)
}

const tokenHash = (token: string) => hmac('password-link', token)

/** Every unused link of the user stops working (a newer one replaces it, or the account is disabled). */
export async function revokePasswordLinks(tx: Prisma.TransactionClient, userId: string) {
  await tx.passwordToken.deleteMany({ where: { userId, usedAt: null } })
}

/**
 * Creates a link for the user and queues its email, both inside the caller's transaction: if
 * the change rolls back, no email goes out. Any older unused link of the user stops working.
 */
export async function issuePasswordLink(
  tx: Prisma.TransactionClient,
  link: { userId: string; purpose: PasswordLinkPurpose; requestedBy: string },
): Promise<{ expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url')
  const expiresAt = new Date(Date.now() + LINK_LIFETIME_HOURS[link.purpose] * 3_600_000)
  await revokePasswordLinks(tx, link.userId)
  const row = await tx.passwordToken.create({
    data: { userId: link.userId, tokenHash: tokenHash(token), purpose: link.purpose, expiresAt },
    select: { id: true },
  })
  await tx.job.create({
    data: { kind: PASSWORD_LINK_JOB, payload: { tokenId: row.id, link: passwordLinkUrl(token), requestedBy: link.requestedBy } },
  })
  return { expiresAt }
}

export type LinkCheck = { ok: true; purpose: PasswordLinkPurpose; name: string; email: string } | { ok: false }

/** Whether a link can still be used, without using it (the page shows the form or says why not). */
export async function checkPasswordLink(token: string): Promise<LinkCheck> {
  if (!passwordLinkTokenSchema.safeParse(token).success) return { ok: false }
  const row = await db.passwordToken.findUnique({
    where: { tokenHash: tokenHash(token) },
    select: { purpose: true, expiresAt: true, usedAt: true, user: { select: { name: true, email: true, disabledAt: true } } },
  })
  if (!row || row.usedAt || row.expiresAt <= new Date() || row.user.disabledAt) return { ok: false }
  return { ok: true, purpose: row.purpose === 'invite' ? 'invite' : 'reset', name: row.user.name, email: row.user.email }
}

export type ConsumeResult = { ok: true; email: string } | { ok: false; message: string }

/** Sets the password through the link, once: the link is spent, and every older session ends. */
export async function consumePasswordLink(token: string, password: string, ipHash: string | null): Promise<ConsumeResult> {
  // Checked before hashing: argon2 is deliberately costly, and anyone can post to this form.
  if (!(await checkPasswordLink(token)).ok) return { ok: false, message: LINK_UNUSABLE }
  const passwordHash = await hashPassword(password)
  const result = await db.$transaction(async (tx): Promise<ConsumeResult> => {
    // One statement both checks and spends the link, so two submissions can't both succeed.
    const [spent] = await tx.passwordToken.updateManyAndReturn({
      where: { tokenHash: tokenHash(token), usedAt: null, expiresAt: { gt: new Date() }, user: { disabledAt: null } },
      data: { usedAt: new Date() },
      select: { userId: true, purpose: true },
    })
    if (!spent) return { ok: false, message: LINK_UNUSABLE }
    const user = await tx.user.update({
      where: { id: spent.userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { id: true, email: true },
    })
    const action = spent.purpose === 'invite' ? 'user.password-set' : 'user.password-reset'
    await recordAudit(tx, { id: user.id, label: user.email }, { action, entityType: 'user', entityId: user.id, summary: 'through an emailed link' }, ipHash)
    return { ok: true, email: user.email }
  })
  // A new password lifts any sign-in lock an attacker's guesses put on the account.
  if (result.ok) await clearSignInFailures(result.email)
  return result
}
