// Editors put a petition inside a post by writing [petition its-slug] on a line of its own.

export type BodyPart = { kind: 'html'; html: string } | { kind: 'petition'; slug: string }

const SHORTCODE = /<p>\s*\[petition ([a-z0-9]+(?:-[a-z0-9]+)*)\]\s*<\/p>|\[petition ([a-z0-9]+(?:-[a-z0-9]+)*)\]/g

export function splitPetitionShortcodes(html: string): BodyPart[] {
  const parts: BodyPart[] = []
  let last = 0
  for (const match of html.matchAll(SHORTCODE)) {
    if (match.index > last) parts.push({ kind: 'html', html: html.slice(last, match.index) })
    parts.push({ kind: 'petition', slug: (match[1] ?? match[2])! })
    last = match.index + match[0].length
  }
  if (last < html.length) parts.push({ kind: 'html', html: html.slice(last) })
  return parts
}

export function petitionSlugsIn(html: string): string[] {
  return [...new Set(splitPetitionShortcodes(html).flatMap((p) => (p.kind === 'petition' ? [p.slug] : [])))]
}
