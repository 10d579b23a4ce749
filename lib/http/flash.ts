import { jsonReply, type PlainReply } from '@/lib/http/reply'
import { parseEnv } from '@/lib/env'

// After a plain form post (no JavaScript) that didn't go through, the form's page shows the
// answer and the entries again (the sign form, the contact form). They travel in a short-lived
// cookie, never in the URL: HttpOnly, SameSite=Lax, Secure when the site is served over HTTPS,
// scoped to the form's pages, and never larger than browsers keep (the entries are dropped
// before the answer is).

export type SignAnswer = {
  outcome: 'accepted' | 'already-signed' | 'invalid' | 'closed' | 'unknown-petition' | 'proof-problem' | 'unavailable' | 'resent' | 'too-many' | 'unknown-day'
  message: string
  fieldErrors?: Record<string, string>
}

export type SignFlash = SignAnswer & { values?: Record<string, string | boolean> }

/** Any public form's answer after a plain form post (the supporters' and solidarity forms too). */
export type FormFlash = { outcome: string; message: string; fieldErrors?: Record<string, string>; values?: Record<string, string | boolean> }

export const FLASH_COOKIE = 'placard_sign'

/** Browsers keep cookies up to 4,096 bytes with their name and attributes. */
export const FLASH_MAX_BYTES = 3_800

export function encodeFlash(flash: FormFlash): string {
  const values = Object.fromEntries(Object.entries(flash.values ?? {}).map(([k, v]) => [k, typeof v === 'string' ? v.slice(0, 300) : v]))
  // Too long to keep (a long comment in a non-Latin script, say): the entries go first, then
  // the fields' errors; the answer itself always comes back.
  const tries: FormFlash[] = [
    { ...flash, values },
    { ...flash, values: {} },
    { outcome: flash.outcome, message: flash.message.slice(0, 1000) },
  ]
  for (const attempt of tries) {
    const encoded = Buffer.from(JSON.stringify(attempt)).toString('base64url')
    if (encoded.length <= FLASH_MAX_BYTES) return encoded
  }
  return Buffer.from(JSON.stringify(tries[2])).toString('base64url')
}

/** The entries worth showing again: what the person typed, not the anti-abuse fields. */
export function keptEntries(values: Record<string, unknown>): Record<string, string | boolean> {
  return Object.fromEntries(
    Object.entries(values).filter(([k, v]) => !['altcha', 'website'].includes(k) && (typeof v === 'string' || typeof v === 'boolean')),
  ) as Record<string, string | boolean>
}

/** A 303 to `location`, carrying the answer in the flash cookie for the pages under `cookiePath`. */
function flashRedirect(location: string, cookiePath: string, flash: FormFlash): Record<string, string> {
  const secure = parseEnv().SITE_URL.startsWith('https:') ? '; Secure' : ''
  return { location, 'set-cookie': `${FLASH_COOKIE}=${encodeFlash(flash)}; Path=${cookiePath}; Max-Age=300; HttpOnly; SameSite=Lax${secure}` }
}

export type FormAnswerPages = {
  /** The page that shows the answer and the entries again after a plain form post. */
  back: string
  /** The pages the flash cookie is sent to (the form's own). */
  cookiePath: string
  /** Where an accepted plain form post goes instead (a thank-you page); none: `back` too. */
  accepted?: string
  /** What the person typed, to fill the form in again (keptEntries: no anti-abuse fields). */
  values?: Record<string, string | boolean>
}

/**
 * A public form's answer: JSON when the form's script sent it (shown in place), otherwise a
 * 303 to a page: the thank-you page when accepted, else back to the form with the answer and
 * the entries in the flash cookie.
 */
export function formAnswer(mode: 'json' | 'form', status: number, answer: FormFlash, pages: FormAnswerPages): PlainReply {
  if (mode === 'json') return jsonReply(status, answer)
  if (answer.outcome === 'accepted' && pages.accepted) return { status: 303, headers: { location: pages.accepted }, body: null }
  return { status: 303, headers: flashRedirect(pages.back, pages.cookiePath, pages.values ? { ...answer, values: pages.values } : answer), body: null }
}

export function decodeFlash<T extends FormFlash = SignFlash>(raw: string | undefined): T | null {
  if (!raw) return null
  try {
    const parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as T
    return typeof parsed.message === 'string' && typeof parsed.outcome === 'string' ? parsed : null
  } catch {
    return null
  }
}
