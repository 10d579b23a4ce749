import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import { isIP } from 'node:net'
import proxyAddr from 'proxy-addr'
import { parseEnv } from '@/lib/env'
import { derivedKey } from '@/lib/secrets'

// The client's address, worked out once by the server (scripts/serve.ts) and handed to route
// handlers in this header, as "<token> <address>". The token is made afresh by each server
// process, so a client's own header (or any request to `next start` / `next dev`, which have
// no such server in front) is worth nothing: the address is then unknown.
export const CLIENT_IP_HEADER = 'x-placard-client-ip'
const TOKEN_VARIABLE = 'PLACARD_CLIENT_IP_TOKEN'

/** Called by the server before Next starts (both read it from this process's environment). */
export function startVouchingForClientIps(): void {
  process.env[TOKEN_VARIABLE] = randomBytes(18).toString('base64url')
}

/** The header value the server hands on with a request from this address. */
export function vouchedClientIp(ip: string): string {
  const token = process.env[TOKEN_VARIABLE]
  if (!token) throw new Error('startVouchingForClientIps() must run first')
  return `${token} ${ip}`
}

/** The address in a header this process's server wrote, or null for anything else. */
export function trustedClientIp(header: string | string[] | null | undefined): string | null {
  const token = process.env[TOKEN_VARIABLE]
  if (!token || typeof header !== 'string') return null
  const space = header.indexOf(' ')
  if (space < 0) return null
  const given = Buffer.from(header.slice(0, space))
  const expected = Buffer.from(token)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
  const ip = header.slice(space + 1)
  return isIP(ip) ? ip : null
}

/**
 * The connecting address, or behind TRUST_PROXY proxies the X-Forwarded-For entry the
 * outermost of them wrote (counted from the right: a client can put anything on the left).
 * TRUST_PROXY as a number counts hops; as a list of addresses, every hop from the right whose
 * address is on the list is skipped, and the first one that is not is the client.
 */
export function clientIpOf(req: IncomingMessage): string | null {
  const trust = parseEnv().TRUST_PROXY
  if (Array.isArray(trust)) return clientPastTrustedProxies(req, trust)
  if (trust > 0) {
    const entries = forwardedFor(req)
    const forwarded = entries.length >= trust ? entries[entries.length - trust] : undefined
    if (forwarded && isIP(forwarded)) return forwarded
  }
  return req.socket.remoteAddress ?? null
}

function forwardedFor(req: IncomingMessage): string[] {
  const header = req.headers['x-forwarded-for']
  return (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').map((entry) => entry.trim())
}

const compiled = new Map<string, ReturnType<typeof proxyAddr.compile>>()

function clientPastTrustedProxies(req: IncomingMessage, trusted: string[]): string | null {
  const key = trusted.join(',')
  if (!compiled.has(key)) compiled.set(key, proxyAddr.compile(trusted))
  // The socket's address, then the X-Forwarded-For entries from the right, up to and including
  // the first address that is not a trusted proxy.
  const hops = proxyAddr.all(req, compiled.get(key)!)
  // Something that is no address in the header: the last proxy that wrote a real one answers for it.
  const last = hops.findLast((hop) => isIP(hop) !== 0)
  return last ?? req.socket.remoteAddress ?? null
}

/** Addresses are kept only as keyed hashes: enough to spot a burst, useless to anyone else. */
export function hashIp(ip: string | null): string | null {
  if (!ip) return null
  return createHmac('sha256', derivedKey('ip-hash')).update(ip).digest('base64url')
}
