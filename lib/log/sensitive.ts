import { isIP } from 'node:net'
import { SESSION_COOKIE_BASE } from '@/lib/auth/session-cookie'

// What must never be in a log line, found in any text: email addresses, raw IP addresses,
// signature-link tokens, session cookies and the server's secrets. The logger blanks them out
// of every line it writes (lib/log/logger.ts); the privacy scan after the end-to-end run
// (tests/support/personal-data-scan.ts) looks for them in what was written anyway.

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g
// A run of the characters an address is made of, bounded by anything else. Each is then checked
// with node:net's isIP, so times (12:30:05), versions and hex digests don't count.
const IPV4_CANDIDATE = /(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?![\w.])/g
const IPV6_CANDIDATE = /(?<![\w:.])[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(?![\w:.])/g
// A URL's host is a server's address (the site's own http://127.0.0.1:3100, the database's),
// never a visitor's; the authority part of URLs is left out of the IP search.
const URL_AUTHORITY = /[a-z][a-z0-9+.-]*:\/\/[^\s/?#"'<>]*/gi
// Addresses that are never a person's: "any address" as a server binds it.
const NOT_A_PERSON = new Set(['0.0.0.0', '::'])
/** A confirm/withdraw/unsubscribe link's token (lib/opt-in/links.ts): the entry's id, time, MAC. */
const LINK_TOKEN = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.\d{1,12}\.[A-Za-z0-9_-]{43}/g
/** A one-time link's secret part: an invitation or password-reset path, any `token=` in a query. */
const URL_TOKEN = /(\/set-password\/|[?&]token=)(?!\[token\])[A-Za-z0-9._~%-]{16,}/g
/** A session cookie with its value, or a bare next-auth session token (an encrypted JWT). */
const SESSION = new RegExp(
  `${SESSION_COOKIE_BASE.replace(/\./g, '\\.')}(?:\\.\\d+)?=[^;\\s"]+|eyJ[A-Za-z0-9_-]{10,}\\.\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+`,
  'g',
)

/** Raw IP addresses in `text`: IPv4, IPv6 (compressed, bracketed, ::ffff:-mapped, ::1). */
export function ipAddressesIn(text: string): string[] {
  const outsideUrls = text.replace(URL_AUTHORITY, ' ')
  const found = [...(outsideUrls.match(IPV4_CANDIDATE) ?? []), ...(outsideUrls.match(IPV6_CANDIDATE) ?? [])].filter(
    (candidate) => isIP(candidate) !== 0 && /[0-9a-f]/i.test(candidate) && !NOT_A_PERSON.has(candidate),
  )
  return [...new Set(found)]
}

export function emailAddressesIn(text: string): string[] {
  return [...new Set(text.match(EMAIL) ?? [])]
}

export function linkTokensIn(text: string): string[] {
  const signatureTokens = text.match(LINK_TOKEN) ?? []
  // A signature token in a `token=` query is one finding, not two.
  const others = (text.match(URL_TOKEN) ?? []).filter((found) => !signatureTokens.some((token) => found.includes(token)))
  return [...new Set([...signatureTokens, ...others])]
}

export function sessionCookiesIn(text: string): string[] {
  return [...new Set(text.match(SESSION) ?? [])]
}

/** The server's own secrets as this process knows them (never shorter than 16 characters). */
export function secretsOf(source: NodeJS.ProcessEnv = process.env): string[] {
  return [source.PLACARD_SECRET, source.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY, source.PLACARD_CLIENT_IP_TOKEN].filter(
    (s): s is string => typeof s === 'string' && s.length >= 16,
  )
}

/**
 * One quick pass that every line holding something the patterns above find must match: an `@`,
 * a session cookie's name or a JWT's start, a one-time link, four dotted numbers (IPv4, also
 * inside an IPv6 address written with one), `::` or eight colon-separated groups (any other IPv6
 * address), or a link token's UUID ending followed by its time. A JSON log line always holds
 * colons, dots between digits and a time like 20:54:13.117, so a looser test (any `:`) ran the
 * full scan on every access line, which then cost twice what writing the line did.
 */
const MAYBE_SENSITIVE = /@|eyJ|session-token|token=|set-password|::|(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]|\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}|[0-9a-f]{12}\.\d/

/** `line` with everything above replaced by a placeholder naming what was there. */
export function blankSensitive(line: string, secrets: readonly string[] = secretsOf()): string {
  // Cheap test first: nearly every line holds none of these.
  if (!MAYBE_SENSITIVE.test(line) && !secrets.some((s) => line.includes(s))) return line
  let out = line
  for (const secret of secrets) out = out.split(secret).join('[secret]')
  out = out.replace(SESSION, '[session]').replace(LINK_TOKEN, '[token]').replace(URL_TOKEN, '$1[token]').replace(EMAIL, '[email]')
  for (const ip of ipAddressesIn(out)) out = out.replace(new RegExp(`(?<![\\w:.])${ip.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w:.])`, 'g'), '[ip]')
  return out
}
