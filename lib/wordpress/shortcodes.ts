// WordPress shortcodes ([caption], [embed], [gallery], a petition plugin's [signature] …) as
// Placard has them: a caption becomes a <figure> with its <figcaption>, an embed a plain link
// (Placard loads nothing from other sites), [signature] the chosen petition's sign box when
// one is mapped, and every other shortcode is taken out, keeping the text an enclosing one
// wraps, and named in the import's report. WordPress only treats registered names as
// shortcodes, a list we don't have: bracketed prose such as "[sic]" or "[Update]" stays text
// unless it looks like a shortcode (attributes, a closing tag, a name with _ or -, or a name
// WordPress or its common plugins use).

export type ShortcodeOptions = {
  /** The Placard petition that [signature] stands for; unset: [signature] is unknown. */
  signaturePetition?: string
  /** Called with each shortcode removed because Placard has no equivalent. */
  onUnknown?: (name: string) => void
}

const KNOWN_NAMES = new Set([
  'caption',
  'wp_caption',
  'embed',
  'gallery',
  'audio',
  'video',
  'playlist',
  'signature',
  'petition',
  'contact-form-7',
  'contact-form',
  'button',
  'column',
  'columns',
  'row',
  'youtube',
  'vimeo',
  'tweet',
  'iframe',
  'email',
  'donate',
  'ninja_form',
  'gravityform',
])

// Opening bracket (or an escaping second one), name, attributes, then "/]", or "]" with an
// optional body up to "[/name]", and an optional escaping "]": WordPress's own shape.
const SHORTCODE = /\[(\[?)([A-Za-z][\w-]*)(?![\w-])([^\]/]*(?:\/(?!\])[^\]/]*)*?)(?:(\/)\]|\](?:([^[]*(?:\[(?!\/\2\])[^[]*)*)(\[\/\2\]))?)(\]?)/g

const ATTRIBUTE =
  /([\w-]+)\s*=\s*"([^"]*)"(?:\s|$)|([\w-]+)\s*=\s*'([^']*)'(?:\s|$)|([\w-]+)\s*=\s*([^\s'"]+)(?:\s|$)|"([^"]*)"(?:\s|$)|'([^']*)'(?:\s|$)|(\S+)(?:\s|$)/g

export function parseAttributes(raw: string): Record<string, string> {
  const out: Record<string, string> = {}
  let position = 0
  for (const m of raw.replace(/[\u00a0\u200b]/g, ' ').matchAll(ATTRIBUTE)) {
    const name = m[1] ?? m[3] ?? m[5]
    if (name) out[name.toLowerCase()] = m[2] ?? m[4] ?? m[6] ?? ''
    else out[String(position++)] = m[7] ?? m[8] ?? m[9] ?? ''
  }
  return out
}

function looksLikeShortcode(name: string, attributes: string, selfClosed: boolean, closed: boolean) {
  return KNOWN_NAMES.has(name.toLowerCase()) || closed || selfClosed || /[=_-]/.test(name + attributes)
}

const escapeHtml = (value: string) =>
  value
    .replace(/&(?!(?:[a-z]+|#\d+|#x[0-9a-f]+);)/gi, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')

/** "<img …> Caption text" (or a caption="…" attribute, older WordPress) as a figure. */
function captionFigure(attributes: Record<string, string>, content: string): string {
  const match = /^\s*((?:<a [^>]+>\s*)?<img [^>]+>(?:\s*<\/a>)?)([\s\S]*)$/i.exec(content)
  const image = match?.[1] ?? content
  const caption = (attributes.caption ?? match?.[2] ?? '')
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  return `\n\n<figure>${image.trim()}${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure>\n\n`
}

const link = (url: string) => `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`

export function convertShortcodes(text: string, options: ShortcodeOptions = {}): string {
  return text.replace(
    SHORTCODE,
    (whole, openEscape: string, name: string, rawAttributes: string, selfClosed?: string, content?: string, closing?: string, closeEscape?: string) => {
      if (!looksLikeShortcode(name, rawAttributes, Boolean(selfClosed), Boolean(closing))) {
        // Not a shortcode: leave the brackets, but still look inside for shortcodes.
        return `[${openEscape}${name}${convertShortcodes(whole.slice(1 + openEscape.length + name.length), options)}`
      }
      // [[gallery]] is how WordPress writes a shortcode's name as text.
      if (openEscape && closeEscape) return whole.slice(1, -1)
      const attributes = parseAttributes(rawAttributes)
      const inner = content ?? ''
      switch (name.toLowerCase()) {
        case 'caption':
        case 'wp_caption':
          return captionFigure(attributes, convertShortcodes(inner, options))
        case 'embed': {
          const url = inner.trim() || attributes.src || attributes.url || ''
          return /^https?:\/\/\S+$/.test(url) ? `\n\n${link(url)}\n\n` : ''
        }
        case 'signature':
          if (options.signaturePetition) return `\n\n[petition ${options.signaturePetition}]\n\n`
          break
      }
      options.onUnknown?.(name)
      return closing ? convertShortcodes(inner, options) : ''
    },
  )
}

/** A URL alone on its line became an embed in WordPress; here it becomes a link. */
export function linkBareUrls(text: string): string {
  return text.replace(/^([ \t]*)(https?:\/\/[^\s<>"]+)([ \t]*)$/gm, (_, before: string, url: string, after: string) => `${before}${link(url)}${after}`)
}
