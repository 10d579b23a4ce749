// The session cookie's name, without server imports: the page micro-cache (lib/http) and the
// auth code both need it. next-auth prefixes it with __Secure- when the site runs on HTTPS.
export const SESSION_COOKIE_BASE = 'next-auth.session-token'

export function sessionCookieName(siteUrl: string) {
  return siteUrl.startsWith('https:') ? `__Secure-${SESSION_COOKIE_BASE}` : SESSION_COOKIE_BASE
}

/** True when a Cookie header carries a session cookie (either spelling, or a chunk of one). */
export function hasSessionCookie(cookieHeader: string | undefined) {
  return Boolean(cookieHeader && cookieHeader.includes(SESSION_COOKIE_BASE))
}
