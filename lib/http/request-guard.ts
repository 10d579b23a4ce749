// Requests whose address cannot be a page of this site are answered before they reach Next or
// the database: a malformed percent escape, an escape that is not UTF-8, a NUL or other control
// character, or an address longer than any real link. A clear 400 or 414, never a 5xx.

export const MAX_URL_LENGTH = 2_048

export type Refusal = { status: 400 | 403 | 409 | 414; message: string }

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

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/** Where a link in an email is the only authority (RFC 8058 one-click unsubscribe posts come
 * from the mail provider's servers), the request's origin says nothing and is not checked. */
export const ORIGIN_EXEMPT_PATHS: RegExp[] = [/^\/api\/signatures\/unsubscribe(?:\?|$)/]

function hostOf(url: string): string | null {
  try {
    return new URL(url).host
  } catch {
    return null
  }
}

/**
 * A state-changing request must come from a page of this site: a foreign or `null` Origin,
 * or without Origin a foreign Referer, is refused with a 403 (cross-site request forgery).
 * Requests with neither (scripts, feed readers, older clients) carry no browser's cookies
 * by accident and go on to their own checks.
 */
export function refuseForeignOrigin(
  method: string,
  url: string,
  headers: { origin?: string; referer?: string; host?: string },
  siteUrl: string,
): Refusal | null {
  if (SAFE_METHODS.has(method.toUpperCase())) return null
  if (ORIGIN_EXEMPT_PATHS.some((p) => p.test(url))) return null
  const from = headers.origin ?? headers.referer
  if (from === undefined) return null
  const own = new Set([hostOf(siteUrl), headers.host].filter(Boolean))
  const host = from === 'null' ? null : hostOf(from)
  if (host && own.has(host)) return null
  return { status: 403, message: 'This request did not come from a page of this site, so it was refused. Please use the form on the site itself.' }
}

/**
 * A server-action call whose id this build does not have: a form from a page an older build
 * served, or a probe. Answered here, plainly, so it never reaches Next (which would log an error
 * for every such request).
 */
export function refuseUnknownAction(method: string, actionId: string | string[] | undefined, known: ReadonlySet<string>): Refusal | null {
  if (method !== 'POST' || actionId === undefined) return null
  if (typeof actionId === 'string' && known.has(actionId)) return null
  return { status: 409, message: 'This form comes from an older version of the site. Reload the page and send it again.' }
}
