// After a plain form post (no JavaScript) that didn't go through, the sign page shows the
// answer and the signer's entries again. They travel in a short-lived cookie, never in the URL.

export type SignAnswer = {
  outcome: 'accepted' | 'already-signed' | 'invalid' | 'closed' | 'unknown-petition' | 'proof-problem' | 'unavailable' | 'resent'
  message: string
  fieldErrors?: Record<string, string>
}

export type SignFlash = SignAnswer & { values?: Record<string, string | boolean> }

export const FLASH_COOKIE = 'placard_sign'

export function encodeFlash(flash: SignFlash): string {
  const values = Object.fromEntries(Object.entries(flash.values ?? {}).map(([k, v]) => [k, typeof v === 'string' ? v.slice(0, 300) : v]))
  return Buffer.from(JSON.stringify({ ...flash, values })).toString('base64url')
}

export function decodeFlash(raw: string | undefined): SignFlash | null {
  if (!raw) return null
  try {
    const parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as SignFlash
    return typeof parsed.message === 'string' && typeof parsed.outcome === 'string' ? parsed : null
  } catch {
    return null
  }
}
