import { isIP } from 'node:net'
import type { IncomingMessage } from 'node:http'
import { createHmac } from 'node:crypto'
import { parseEnv } from '@/lib/env'
import { derivedKey } from '@/lib/secrets'

// The client's address, worked out once by the server (scripts/serve.ts) and handed to route
// handlers in this header, which the server always overwrites so a client can't set it.
export const CLIENT_IP_HEADER = 'x-placard-client-ip'

export function clientIpOf(req: IncomingMessage): string | null {
  if (parseEnv().TRUST_PROXY) {
    const forwarded = String(req.headers['x-forwarded-for'] ?? '')
      .split(',')[0]
      ?.trim()
    if (forwarded && isIP(forwarded)) return forwarded
  }
  return req.socket.remoteAddress ?? null
}

/** Addresses are kept only as keyed hashes: enough to spot a burst, useless to anyone else. */
export function hashIp(ip: string | null): string | null {
  if (!ip) return null
  return createHmac('sha256', derivedKey('ip-hash')).update(ip).digest('base64url')
}
