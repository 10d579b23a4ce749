import 'server-only'
import { decode } from 'next-auth/jwt'
import { cookies, headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { cache } from 'react'
import { sessionSecret } from '@/lib/auth/options'
import { can, type Permission } from '@/lib/auth/permissions'
import { sessionCookieName } from '@/lib/auth/session-cookie'
import { db } from '@/lib/db/client'
import { parseEnv } from '@/lib/env'
import type { Role } from '@/lib/generated/prisma/enums'
import { CLIENT_IP_HEADER, hashIp, trustedClientIp } from '@/lib/http/client-ip'
import { site } from '@/lib/site'

// Who is asking, checked against the database on every request: the token only says which
// user signed in and with which session version; the role and whether the account is still
// enabled always come from the users table.

export type CurrentUser = { id: string; name: string; email: string; role: Role }

export async function userFromSessionToken(raw: string | undefined): Promise<CurrentUser | null> {
  if (!raw) return null
  const token = await decode({ token: raw, secret: sessionSecret() }).catch(() => null)
  if (!token?.sub || typeof token.sub !== 'string' || !/^[0-9a-f-]{36}$/.test(token.sub)) return null
  if (typeof token.exp === 'number' && token.exp * 1000 < Date.now()) return null
  if (typeof token.at !== 'number' || (token.at + parseEnv().SESSION_HOURS * 3600) * 1000 < Date.now()) return null
  const user = await db.user.findUnique({
    where: { id: token.sub },
    select: { id: true, name: true, email: true, role: true, disabledAt: true, sessionVersion: true },
  })
  if (!user || user.disabledAt || user.sessionVersion !== (token.sv ?? 0)) return null
  return { id: user.id, name: user.name, email: user.email, role: user.role }
}

export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const jar = await cookies()
  return userFromSessionToken(jar.get(sessionCookieName(site.url))?.value)
})

/** For admin pages: the signed-in user, or a redirect to the sign-in page. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser()
  if (!user) redirect('/admin/sign-in')
  return user
}

/** For admin pages: the user if they may do this, else the "no access" page. */
export async function requirePermission(permission: Permission): Promise<CurrentUser> {
  const user = await requireUser()
  if (!can(user, permission)) redirect('/admin/no-access')
  return user
}

/** The requester's address as a keyed hash, for the audit log. */
export async function requesterIpHash(): Promise<string | null> {
  return hashIp(trustedClientIp((await headers()).get(CLIENT_IP_HEADER)))
}
