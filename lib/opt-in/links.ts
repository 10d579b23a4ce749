import { timingSafeEqual } from 'node:crypto'
import { hmac } from '@/lib/secrets'

// Every link in an email to a person (confirm, withdraw, unsubscribe, erase) carries the id of
// their entry (a signature, a supporter entry, a message, a protest), when the link was made, and
// an HMAC of both: unguessable, nothing to store, and a link made for one purpose never works for
// another. Confirmation links expire; a resent email carries a fresh one. Unsubscribe links (in
// updates to signers) never expire: a mail client may use them years later. Erasure links (in
// every email to a person) work for a year: long enough to come back to, and a forwarded or
// leaked old email can't erase anyone for ever.

export const CONFIRM_LINK_TTL_MS = 7 * 24 * 60 * 60 * 1000
export const ERASE_LINK_TTL_MS = 365 * 24 * 60 * 60 * 1000

export type Purpose =
  'confirm-link' | 'withdraw-link' | 'unsubscribe-link' | 'erase-link' | 'event-confirm-link' | 'supporter-confirm-link' | 'message-confirm-link'

export function makeToken(purpose: Purpose, id: string, issuedAt = Date.now()): string {
  const payload = `${id}.${Math.floor(issuedAt / 1000)}`
  return `${payload}.${hmac(purpose, payload)}`
}

/** The entry's id and issue time a token was made with, or null when forged or malformed. */
export function readToken(purpose: Purpose, token: string): { id: string; issuedAt: number } | null {
  const match = /^([0-9a-f-]{36})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token)
  if (!match) return null
  const [, id, seconds, mac] = match as unknown as [string, string, string, string]
  const expected = Buffer.from(hmac(purpose, `${id}.${seconds}`))
  const given = Buffer.from(mac)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null
  return { id, issuedAt: Number(seconds) * 1000 }
}

export function isExpired(issuedAt: number, now = Date.now(), ttl = CONFIRM_LINK_TTL_MS) {
  return now - issuedAt > ttl
}
