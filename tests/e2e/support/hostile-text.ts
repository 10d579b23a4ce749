import { XSS_PAYLOADS } from '../../support/xss-payloads'

// The known XSS payloads (tests/support/xss-payloads.ts) cut to the shapes each field takes, for
// the browser proof (visitors-never-run-planted-scripts.spec.ts). No server imports: the spec
// and the planting script (plant-hostile-content.ts) both use it.

export type RichDocument = { html: string; markers: string[]; payloads: number }

/**
 * The payloads as rich-text documents, each between two visible markers. Some payloads swallow
 * whatever follows them (an unclosed <style> inside <svg>); such a payload ends its document,
 * so every payload reaches the sanitiser and the browser in a context of its own.
 */
export function hostileRichTextDocuments(sanitize: (html: string) => string): RichDocument[] {
  const documents: RichDocument[] = []
  let current: RichDocument = { html: '', markers: [], payloads: 0 }
  XSS_PAYLOADS.forEach((payload, i) => {
    const [before, after] = [`xss-${i}-before`, `xss-${i}-after`]
    const html = `<p>${before}</p>${payload}<p>${after}</p>`
    current.html += html
    current.markers.push(before, after)
    current.payloads++
    if (!sanitize(html).includes(after)) {
      documents.push(current)
      current = { html: '', markers: [], payloads: 0 }
    }
  })
  if (current.payloads) documents.push(current)
  return documents
}

// Characters no text field keeps (PostgreSQL refuses NUL; the sign form refuses the rest).
const REFUSED = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/

/** The payloads as plain text, joined into strings of at most `max` characters (longer ones left out). */
export function textPayloads(max: number): string[] {
  const texts: string[] = []
  let current = ''
  for (const payload of XSS_PAYLOADS.filter((p) => !REFUSED.test(p) && p.trim() === p && p.length <= max)) {
    if (current && current.length + 1 + payload.length > max) {
      texts.push(current)
      current = ''
    }
    current = current ? `${current} ${payload}` : payload
  }
  if (current) texts.push(current)
  return texts
}

/** How many of the payloads appear whole in any of `texts`. */
export function payloadsIn(texts: string[]): number {
  return XSS_PAYLOADS.filter((payload) => texts.some((text) => text.includes(payload))).length
}

/**
 * Names a signer could send: the sign form refuses < and >, a leading = + - @, web addresses
 * and control characters, so these attack the places names are shown (attributes, scripts,
 * templates) with what is left. Public pages show the first word and an initial, so the attack
 * sits in the first word.
 */
export const SIGNER_NAMES = [
  `"onmouseover="alert(1)"x=" Smith`,
  `'autofocus/onfocus='alert(1)' Jones`,
  '&lt;img/src/onerror=alert(1)&gt; Brown',
  '&#60;script&#62;alert(1)&#60;/script&#62; Green',
  "{{constructor.constructor('alert(1)')()}} White",
  '${alert(1)}`${alert(1)}` Black',
  '/script\u2028alert(1)//x Gray',
  "javascript:alert(1)//' Stone",
  '\\u003cimg\\u0020src=x\\u0020onerror=alert(1)\\u003e Wood',
]
