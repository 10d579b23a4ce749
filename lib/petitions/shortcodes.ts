import { SLUG_SOURCE } from '@/lib/validation/slug'

// Editors put a petition inside a post by writing [petition its-slug] as a paragraph of its own,
// and a protest letter by writing [letter its-slug].
// Only a whole paragraph at the top level of the text counts: one inside a link, a quote, a
// list or a table stays text, so the sign box can never be cut into (or wrapped by) other
// markup. The HTML here has been through the sanitiser, so its tags are balanced.

export type BodyPart = { kind: 'html'; html: string } | { kind: 'petition' | 'letter'; slug: string }

const SHORTCODE = new RegExp(`<p>\\s*\\[(petition|letter) (${SLUG_SOURCE})\\]\\s*</p>`, 'g')
const TAG = /<(\/?)([a-z][a-z0-9]*)\b[^>]*?(\/?)>/gi
const VOID = new Set(['br', 'hr', 'img', 'wbr'])

/** How many elements are open at the end of this HTML. */
function depthAfter(html: string, start: number, end: number, depth: number): number {
  for (const [, closing, name, selfClosing] of html.slice(start, end).matchAll(TAG)) {
    if (VOID.has(name!.toLowerCase()) || selfClosing) continue
    depth += closing ? -1 : 1
  }
  return depth
}

export function splitPetitionShortcodes(html: string): BodyPart[] {
  const parts: BodyPart[] = []
  let last = 0
  let depth = 0
  let scanned = 0
  for (const match of html.matchAll(SHORTCODE)) {
    depth = depthAfter(html, scanned, match.index, depth)
    scanned = match.index
    if (depth !== 0) continue
    if (match.index > last) parts.push({ kind: 'html', html: html.slice(last, match.index) })
    parts.push({ kind: match[1] as 'petition' | 'letter', slug: match[2]! })
    last = match.index + match[0].length
  }
  if (last < html.length) parts.push({ kind: 'html', html: html.slice(last) })
  return parts
}

function slugsIn(html: string, kind: 'petition' | 'letter'): string[] {
  return [...new Set(splitPetitionShortcodes(html).flatMap((p) => (p.kind === kind ? [p.slug] : [])))]
}

export const petitionSlugsIn = (html: string) => slugsIn(html, 'petition')
export const letterSlugsIn = (html: string) => slugsIn(html, 'letter')
