import sanitize from 'sanitize-html'

// The one gate for rich text: everything an editor writes passes through here before it is
// stored, and again before it is rendered. Only structural tags survive; no scripts, styles,
// event handlers, iframes or remote embeds (no request may leave the site's own host).

const allowedTags = [
  'h2', 'h3', 'h4', 'p', 'br', 'hr', 'ul', 'ol', 'li', 'blockquote', 'cite', 'strong', 'em', 'b', 'i', 'u', 's',
  'sub', 'sup', 'a', 'figure', 'figcaption', 'img', 'code', 'pre', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
]

export function sanitizeRichText(html: string): string {
  return sanitize(html, {
    allowedTags,
    allowedAttributes: {
      a: ['href', 'title', 'rel'],
      img: ['src', 'alt', 'width', 'height', 'loading', 'decoding'],
      th: ['scope'],
    },
    allowedSchemes: ['https', 'http', 'mailto'],
    allowedSchemesByTag: { img: [] },
    allowProtocolRelative: false,
    // Images must be served by this site: only site-relative paths are kept.
    exclusiveFilter: (frame) => frame.tag === 'img' && !/^\/(?!\/)/.test(frame.attribs.src ?? ''),
    transformTags: {
      a: (tagName, attribs) => {
        const external = /^https?:/i.test(attribs.href ?? '')
        return { tagName, attribs: external ? { ...attribs, rel: 'noopener noreferrer nofollow' } : attribs }
      },
      img: (tagName, attribs) => ({ tagName, attribs: { ...attribs, loading: 'lazy', decoding: 'async' } }),
    },
  })
}
