import { hmac } from '@/lib/secrets'

// What an erased signature keeps of its address: a keyed hash (HMAC with a key derived from the
// site secret, as addresses are hashed for burst limits) of the canonical email. Without the
// secret it says nothing; with the address in hand it finds that address's erased signatures,
// so the same person is never counted twice and a subject-access search finds them.

export function emailKeyOf(canonicalEmail: string): string {
  return hmac('email-key', canonicalEmail)
}

/** What the audit log names a person by: the key's first characters, never the address. */
export function emailKeyLabel(key: string): string {
  return `key ${key.slice(0, 12)}`
}
