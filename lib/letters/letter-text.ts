// The supporter's letter, made from the model letter, and the mailto: link that hands it to their
// own mail app. No server imports: the letter page's script and the server both use it.

export type LetterFields = { name: string; town: string; organisation: string }

/** What the letter shows before the supporter has typed anything (and all along without JavaScript). */
export const MODEL_PLACEHOLDERS: LetterFields = { name: '[Your name]', town: '[Your town]', organisation: '' }

const PLACEHOLDER = /\{(name|town|organisation|demands)\}/g
const HAS_PLACEHOLDER = /\{(name|town|organisation|demands)\}/

/**
 * Fills {name}, {town} and {organisation} in, and puts the chosen demands where {demands}
 * stands (or after the text when it doesn't). A line holding nothing but an empty placeholder
 * goes, so a supporter without an organisation leaves no blank line under their name.
 */
export function fillLetter(template: string, fields: LetterFields, demands: string[]): string {
  const list = demands.map((d) => `- ${d}`).join('\n')
  const withDemands = template.includes('{demands}') ? template : demands.length ? `${template.trimEnd()}\n\n{demands}` : template
  const values: Record<string, string> = { ...fields, demands: list }
  const fill = (line: string) => line.replace(PLACEHOLDER, (_match, key: string) => values[key]!.trim())
  return withDemands
    .split('\n')
    .flatMap((line) => {
      const filled = fill(line)
      return HAS_PLACEHOLDER.test(line) && filled.trim() === '' ? [] : [filled]
    })
    .join('\n')
}

/** Longer links are cut or refused by some desktop mail programs; phones take far more. */
export const MAILTO_COMFORTABLE = 2_000
/** Past this the body is left out and the supporter pastes the copied letter instead. */
export const MAILTO_MAX = 8_000

/** RFC 6068: %-encoded UTF-8, spaces as %20 (never +), line breaks as %0D%0A. */
function encodeValue(value: string): string {
  return encodeURIComponent(value.replace(/\r\n|\r|\n/g, '\r\n'))
}

/** An address in the "to" part: "@" stays readable (iOS Mail wants it), everything else is escaped. */
function encodeAddress(address: string): string {
  return encodeURIComponent(address.trim()).replace(/%40/g, '@')
}

export type Mailto = { href: string; bodyIncluded: boolean; long: boolean }

export function buildMailto({ to, cc, subject, body }: { to: string[]; cc: string[]; subject: string; body: string }): Mailto {
  const head = `mailto:${to.map(encodeAddress).join(',')}`
  const fields = [cc.length ? `cc=${cc.map(encodeAddress).join(',')}` : null, `subject=${encodeValue(subject)}`].filter(Boolean)
  const withoutBody = `${head}?${fields.join('&')}`
  const full = `${withoutBody}&body=${encodeValue(body)}`
  if (full.length > MAILTO_MAX) return { href: withoutBody, bodyIncluded: false, long: true }
  return { href: full, bodyIncluded: true, long: full.length > MAILTO_COMFORTABLE }
}
