// Requests whose address cannot be a page of this site are answered before they reach Next or
// the database: a malformed percent escape, an escape that is not UTF-8, a NUL or other control
// character, or an address longer than any real link. A clear 400 or 414, never a 5xx.

export const MAX_URL_LENGTH = 2_048

export type Refusal = { status: 400 | 414; message: string }

const CONTROL = /[\u0000-\u001f\u007f]/
const utf8 = new TextDecoder('utf-8', { fatal: true })

function decodes(part: string): boolean {
  try {
    // Raw bytes above ASCII must themselves be UTF-8 (Node hands them over as latin1).
    utf8.decode(Buffer.from(part, 'latin1'))
    return !CONTROL.test(decodeURIComponent(part.replace(/\+/g, ' ')))
  } catch {
    return false
  }
}

export function refuseBadUrl(url: string): Refusal | null {
  if (url.length > MAX_URL_LENGTH) return { status: 414, message: 'This address is too long to be a page of this site.' }
  const queryAt = url.indexOf('?')
  const path = queryAt === -1 ? url : url.slice(0, queryAt)
  const query = queryAt === -1 ? '' : url.slice(queryAt + 1)
  if (!path.startsWith('/') || !decodes(path) || !query.split('&').every(decodes)) {
    return { status: 400, message: 'This address is malformed: it has a broken %-escape or a character no link can contain.' }
  }
  return null
}
