import { htmlToPlainText } from '@/lib/rich-text/plain-text'
import { slugify } from '@/lib/validation/slug'

// Reading a WordPress item's simple fields: its slug, its date, its title.

// Cyrillic as campaigns in Russia, Ukraine, Belarus and Kazakhstan write it, in the common
// passport-style romanisation; WordPress keeps such slugs percent-encoded (%d1%81%d0%b2…),
// which no Placard address may hold.
const CYRILLIC_LETTERS = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґўәғқңөұүһ'
// One romanisation per letter above, in order; "-" stands for none (the hard and soft signs).
const LATIN = 'a b v g d e e zh z i i k l m n o p r s t u f kh ts ch sh shch - y - e iu ia i i ie g u a g q n o u u h'.split(' ')
const CYRILLIC = new Map([...CYRILLIC_LETTERS].map((letter, i) => [letter, LATIN[i] === '-' ? '' : LATIN[i]!]))

function transliterate(text: string): string {
  return [...text.toLowerCase()].map((ch) => CYRILLIC.get(ch) ?? ch).join('')
}

function decodePercent(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

/** A Placard slug for a WordPress slug (or, when it has none, its title); '' when nothing usable is left. */
export function slugFromWordpress(wpSlug: string, title: string): string {
  return slugify(transliterate(decodePercent(wpSlug))) || slugify(transliterate(title))
}

// The named entities WordPress texts carry besides the few htmlToPlainText knows: typographic
// dashes, quotes and ellipses (Russian texts write «» as &laquo; &raquo;).
const NAMED: Record<string, string> = {
  ndash: '–',
  mdash: '—',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  copy: '©',
  euro: '€',
}

function character(code: number, entity: string): string {
  return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : entity
}

/** One line of plain text from a WordPress field that may carry entities and inline tags (titles, names, excerpts). */
export function plainText(value: string): string {
  const decoded = value
    .replace(/&#(\d{1,7});/g, (entity, digits: string) => character(Number(digits), entity))
    .replace(/&#x([0-9a-f]{1,6});/gi, (entity, hex: string) => character(parseInt(hex, 16), entity))
    .replace(/&([a-z]+);/g, (entity, name: string) => NAMED[name] ?? entity)
  return htmlToPlainText(decoded).replace(/\s+/g, ' ').trim()
}

const ZERO_DATE = /^0000-00-00/
const WP_DATE = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/

/** "2013-07-15 10:30:00" as those wall-clock numbers in UTC; null for WordPress's "no date"; throws when impossible. */
function parseWallClock(value: string, field: string): Date | null {
  const text = value.trim()
  if (!text || ZERO_DATE.test(text)) return null
  const m = WP_DATE.exec(text)
  const parts = m?.slice(1).map(Number)
  if (parts) {
    const [y, mo, d, h, mi, s] = parts as [number, number, number, number, number, number]
    const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s))
    const roundTrips =
      date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && date.getUTCHours() === h && date.getUTCMinutes() === mi
    if (roundTrips && s < 60) return date
  }
  throw new Error(`its ${field} “${text.slice(0, 40)}” is not a date`)
}

/**
 * When the post appeared. wp:post_date_gmt is the moment itself; wp:post_date is the same moment
 * on the site's clock. Both are checked; the GMT one wins. Without it (old exports, some
 * plugins), the site's clock is turned into a moment with the offset the export's other posts
 * showed (`offsetMinutes`), or read as UTC when none did.
 */
export function postMoment(postDate: string, postDateGmt: string, offsetMinutes: number | null): { at: Date; offsetMinutes: number | null } {
  const local = parseWallClock(postDate, 'date')
  const gmt = parseWallClock(postDateGmt, 'GMT date')
  if (gmt) return { at: gmt, offsetMinutes: local ? Math.round((local.getTime() - gmt.getTime()) / 60_000) : offsetMinutes }
  if (!local) throw new Error('it has no date')
  return { at: new Date(local.getTime() - (offsetMinutes ?? 0) * 60_000), offsetMinutes }
}
