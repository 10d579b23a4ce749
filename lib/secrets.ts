import { createHmac } from 'node:crypto'
import { parseEnv } from '@/lib/env'

// One server secret, from PLACARD_SECRET, with a separate key derived for each purpose so a
// value made for one use (say, a confirmation link) can never pass as another.

export type KeyPurpose =
  | 'altcha'
  | 'confirm-link'
  | 'withdraw-link'
  | 'unsubscribe-link'
  | 'erase-link'
  | 'supporter-confirm-link'
  | 'message-confirm-link'
  | 'ip-hash'
  | 'email-key'
  | 'session'
  | 'password-link'
  | 'sign-in-throttle'
  | 'resend-limit'
  | 'event-confirm-link'

export function serverSecret(): string {
  const { PLACARD_SECRET } = parseEnv()
  if (!PLACARD_SECRET) {
    throw new Error(
      'PLACARD_SECRET is not set. `npm start` creates one in .data/secret; in production set it to a long random string (openssl rand -hex 32), the same on every instance.',
    )
  }
  return PLACARD_SECRET
}

const cache = new Map<string, string>()

export function derivedKey(purpose: KeyPurpose): string {
  const secret = serverSecret()
  const id = `${purpose}\0${secret}`
  let key = cache.get(id)
  if (!key) {
    key = createHmac('sha256', secret).update(`placard:${purpose}`).digest('hex')
    cache.set(id, key)
  }
  return key
}

export function hmac(purpose: KeyPurpose, value: string): string {
  return createHmac('sha256', derivedKey(purpose)).update(value).digest('base64url')
}
