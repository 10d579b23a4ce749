import { SLUG_SOURCE } from '@/lib/validation/slug'

// Editors put a petition inside a post by writing [petition its-slug] as a paragraph of its own.
// Only a whole paragraph counts: a shortcode inside a link or bold text stays text, so the
// sign box can never be cut into (or wrapped by) other markup.

export type BodyPart = { kind: 'html'; html: string } | { kind: 'petition'; slug: string }

const SHORTCODE = new RegExp(`<p>\\s*\\[petition (${SLUG_SOURCE})\\]\\s*</p>`, 'g')

export function splitPetitionShortcodes(html: string): BodyPart[] {
  const parts: BodyPart[] = []
  let last = 0
  for (const match of html.matchAll(SHORTCODE)) {
    if (match.index > last) parts.push({ kind: 'html', html: html.slice(last, match.index) })
    parts.push({ kind: 'petition', slug: match[1]! })
    last = match.index + match[0].length
  }
  if (last < html.length) parts.push({ kind: 'html', html: html.slice(last) })
  return parts
}

export function petitionSlugsIn(html: string): string[] {
  return [...new Set(splitPetitionShortcodes(html).flatMap((p) => (p.kind === 'petition' ? [p.slug] : [])))]
}
