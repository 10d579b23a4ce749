import sanitize from 'sanitize-html'

// The one gate for rich text: everything an editor writes passes through here before it is
// stored, and again before it is rendered. Only structural tags survive; no scripts, styles,
// event handlers, iframes or remote embeds (no request may leave the site's own host).
// Sanitising its own output changes nothing, so stored HTML renders exactly as saved.
// tests/unit/xss-payloads.test.ts holds the attacks this must stop.

const allowedTags = [
  'h2',
  'h3',
  'h4',
  'p',
  'br',
  'hr',
  'ul',
  'ol',
  'li',
  'blockquote',
  'cite',
  'strong',
  'em',
  'b',
  'i',
  'u',
  's',
  'sub',
  'sup',
  'a',
  'figure',
  'figcaption',
  'img',
  'small',
  'span',
  'code',
  'pre',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
]

// Elements whose content is not prose (or is parsed differently by browsers than by the
// sanitiser's parser: the mutation-XSS family): dropped with everything inside them.
const nonTextTags = ['script', 'style', 'textarea', 'option', 'title', 'template', 'noscript', 'noembed', 'noframes', 'xmp', 'iframe', 'object', 'svg', 'math']

// In-page links (footnotes, "back to text", jump links) need ids, but an id an editor chose
// could clobber the page: id="location", id="__next" or one of the page's own ids ("sign",
// "main") would shadow a global or a real target. So every id in rich text lives in its own
// namespace: lower-cased, each run of characters outside [a-z0-9_-] turned into "-", prefixed
// "u-" and cut to 64 characters. href="#note1" is rewritten by the same rule, so both ends of
// a footnote still meet: <sup id="ref1"><a href="#note1"> ... <li id="note1"><a href="#ref1">
// becomes id="u-ref1" / href="#u-note1" and id="u-note1" / href="#u-ref1". The page's own ids
// never start "u-", and the hyphen means no id is a JavaScript identifier. An id that already
// starts "u-" is kept, so stored HTML survives the render-time pass. No `name` attributes.
const ID_PREFIX = 'u-'
const ID_MAX_LENGTH = 64

export function toContentId(raw: string): string | undefined {
  const plain = raw
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
  const words = plain.replace(/[^a-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '')
  const id = (words.startsWith(ID_PREFIX) ? words : ID_PREFIX + words).slice(0, ID_MAX_LENGTH).replace(/-+$/, '')
  return id.length > ID_PREFIX.length ? id : undefined
}

const EXTERNAL_REL = 'noopener noreferrer nofollow'

// Browsers drop tabs and newlines anywhere in a URL and spaces/control characters at its ends,
// so "java\tscript:" is "javascript:" to them; read URLs the same way, then accept only a
// literal allowed start. Everything else (other schemes, "//host", "/\host", "./x") is dropped.
function normaliseUrl(raw: string): string | undefined {
  const url = raw.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
  return /[\u0000-\u001f\u007f-\u009f]/.test(url) ? undefined : url
}

const isSitePath = (url: string) => /^\/(?![/\\])/.test(url)

function cleanHref(raw: string): string | undefined {
  const url = normaliseUrl(raw)
  if (url === undefined) return undefined
  if (url.startsWith('#')) {
    const id = toContentId(decodeFragment(url.slice(1)))
    return id && `#${id}`
  }
  const scheme = /^(https?:\/\/|mailto:)/i.exec(url)?.[1]
  if (scheme) return scheme.toLowerCase() + url.slice(scheme.length)
  return isSitePath(url) ? url : undefined
}

function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment)
  } catch {
    return fragment
  }
}

const cleanImageSrc = (raw: string) => {
  const url = normaliseUrl(raw)
  return url !== undefined && isSitePath(url) ? url : undefined
}

// Post bodies are split at "[petition slug]" to insert sign boxes; inside an attribute value
// that split would cut a tag in half, so the space after "petition" becomes a no-break space.
const defuseShortcodes = (value: string) => value.replaceAll('[petition ', '[petition\u00a0')

type Attributes = sanitize.Attributes

function withOnly(attribs: Attributes, changes: Record<string, string | undefined>): Attributes {
  const out = { ...attribs }
  for (const [name, value] of Object.entries(changes)) {
    if (value === undefined) delete out[name]
    else out[name] = value
  }
  return out
}

const dimension = (value: string | undefined) => (value !== undefined && /^\d{1,4}$/.test(value) ? value : undefined)

export function sanitizeRichText(html: string): string {
  return sanitize(html, {
    allowedTags,
    nonTextTags,
    allowedAttributes: {
      a: ['href', 'title', 'rel', 'id'],
      img: ['src', 'alt', 'width', 'height', 'loading', 'decoding'],
      th: ['scope'],
      span: ['class'],
      ...Object.fromEntries(['h2', 'h3', 'h4', 'p', 'li', 'sup'].map((tag) => [tag, ['id']])),
    },
    // A credit inside a figure caption; no other class reaches the page (site classes such as
    // Tailwind's "fixed inset-0" could otherwise dress content up as site chrome).
    allowedClasses: { span: ['credit'] },
    allowedSchemes: ['https', 'http', 'mailto'],
    allowedSchemesByTag: { img: [] },
    allowProtocolRelative: false,
    // Images must be served by this site: an img whose src did not survive is removed. A span
    // means nothing without its class (pasted Word is full of them): keep its text, not the tag.
    exclusiveFilter: (frame) => {
      if (frame.tag === 'img') return !frame.attribs.src
      return frame.tag === 'span' && !/(^|\s)credit(\s|$)/.test(frame.attribs.class ?? '') ? 'excludeTag' : false
    },
    transformTags: {
      a: (tagName, attribs) => {
        const href = attribs.href === undefined ? undefined : cleanHref(attribs.href)
        const rel = href !== undefined && /^https?:/.test(href) ? EXTERNAL_REL : undefined
        return { tagName, attribs: withOnly(attribs, { href, rel }) }
      },
      img: (tagName, attribs) => ({
        tagName,
        attribs: withOnly(attribs, {
          src: attribs.src === undefined ? undefined : cleanImageSrc(attribs.src),
          width: dimension(attribs.width),
          height: dimension(attribs.height),
          loading: 'lazy',
          decoding: 'async',
        }),
      }),
      '*': (tagName, attribs) => {
        const out: Attributes = {}
        for (const [name, value] of Object.entries(attribs)) out[name] = defuseShortcodes(value)
        return { tagName, attribs: withOnly(out, { id: out.id === undefined ? undefined : toContentId(out.id) }) }
      },
    },
  })
}

/** What an editor sends, as stored: sanitised, without the empty paragraph the editor keeps at the end to type into. */
export function sanitizeEditorHtml(html: string): string {
  return sanitizeRichText(html).replace(/(<p>(\s|<br\s*\/?>)*<\/p>)+$/, '')
}
