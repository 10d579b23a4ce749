import { encode } from 'next-auth/jwt'
import { hashPassword } from '@/lib/auth/password'
import { sessionSecret } from '@/lib/auth/options'
import { SESSION_COOKIE_BASE } from '@/lib/auth/session-cookie'
import { db } from '@/lib/db/client'
import { CLIENT_IP_HEADER, startVouchingForClientIps, vouchedClientIp } from '@/lib/http/client-ip'
import type { Role } from '@/lib/generated/prisma/enums'
import { unique } from './factories'
import { requestStorage } from './next-headers'

// Real sessions for integration tests: a user in the database and a next-auth JWT signed with
// the server's key, put where next/headers' cookies() finds it while `work` runs.

// As scripts/serve.ts does before Next starts: route handlers believe only its address header.
startVouchingForClientIps()

/** The header scripts/serve.ts hands a route handler with a request from this address. */
export function fromAddress(ip: string) {
  return { [CLIENT_IP_HEADER]: vouchedClientIp(ip) }
}

export async function makeUser(role: Role, password = 'correct horse battery staple') {
  const slug = unique(role)
  return db.user.create({
    data: { name: `Test ${role}`, slug, email: `${slug}@example.org`, role, passwordHash: await hashPassword(password) },
    select: { id: true, email: true, name: true, role: true, sessionVersion: true },
  })
}

export async function sessionTokenFor(user: { id: string; sessionVersion: number }) {
  return encode({ token: { sub: user.id, sv: user.sessionVersion, at: Math.floor(Date.now() / 1000) }, secret: sessionSecret() })
}

/** Runs work as if in a request from this user (or from nobody, with null). */
export async function asUser<T>(user: { id: string; sessionVersion: number } | null, work: () => Promise<T>): Promise<T> {
  const cookies = new Map<string, string>()
  if (user) cookies.set(SESSION_COOKIE_BASE, await sessionTokenFor(user))
  return requestStorage.run({ cookies, headers: new Headers(fromAddress('203.0.113.7')) }, work)
}

export function formData(values: Record<string, string | string[] | Blob>) {
  const form = new FormData()
  for (const [key, value] of Object.entries(values)) {
    if (Array.isArray(value)) for (const v of value) form.append(key, v)
    else form.append(key, value)
  }
  return form
}
