import { mediaUrl, parseMediaUrl, widthsUpTo } from '@/lib/media/variants'

// Lets browsers choose the right size of an uploaded image. Everything is derived from the
// URL (see variants.ts: the widths of an upload follow from its largest width), so a post
// renders without asking the database which sizes exist. Images outside /media/ (the demo
// pictures under /demo/, anything else on the site) pass through unchanged.

/** The post column: full width minus the page padding on phones, 824 px next to the sidebar. */
export const CONTENT_SIZES = '(min-width: 1024px) 824px, calc(100vw - 2rem)'

export function srcsetFor(key: string, widths: readonly number[]): string {
  return widths.map((w) => `${mediaUrl(key, w)} ${w}w`).join(', ')
}

export type ResponsiveSource = { srcSet: string; sizes: string; width: number }

/** srcset and sizes for a `/media/<key>/<w>.webp` URL; null for any other URL (kept as it is). */
export function responsiveSource(url: string, sizes = CONTENT_SIZES): ResponsiveSource | null {
  const file = parseMediaUrl(url)
  // The JPEG exists in one size only; it is a fallback, not part of the set.
  if (!file || file.format !== 'webp') return null
  return { srcSet: srcsetFor(file.key, widthsUpTo(file.width)), sizes, width: file.width }
}

/** Props to spread on an <img>: {} for images that are not uploads. */
export function responsiveImageProps(url: string, sizes = CONTENT_SIZES): { srcSet?: string; sizes?: string } {
  const source = responsiveSource(url, sizes)
  return source ? { srcSet: source.srcSet, sizes: source.sizes } : {}
}

// Safe only on sanitizeRichText's output, which is where this runs: sanitize-html writes every
// attribute double-quoted with `"`, `<` and `>` escaped inside values, and escapes `<` in text,
// so `<img …>` can only be a tag and `name="value"` pairs parse exactly.
const IMG_TAG = /<img\b([^>]*?)\s*\/?>/g
const ATTRIBUTE = /([a-z-]+)="([^"]*)"/g

export type ResponsiveHtmlOptions = {
  /** Load the first image at once and first (the post has no featured image above it). */
  eagerFirst?: boolean
  sizes?: string
}

/**
 * Adds srcset, sizes and a width to uploaded images in sanitised rich text, at render time (the
 * sanitiser strips srcset on write, so stored HTML holds one plain URL). Width and height that
 * the editor stored (the picker hands out both) are kept: they let the browser reserve the
 * image's space before it loads. Without a stored height only the width is known here.
 */
export function withResponsiveImages(html: string, options: ResponsiveHtmlOptions = {}): string {
  let index = 0
  return html.replace(IMG_TAG, (tag, rawAttributes: string) => {
    const attributes = new Map<string, string>()
    for (const [, name, value] of rawAttributes.matchAll(ATTRIBUTE)) attributes.set(name!, value!)
    const first = index++ === 0
    const source = responsiveSource(decodeEntities(attributes.get('src') ?? ''), options.sizes)
    if (!source && !(first && options.eagerFirst)) return tag
    if (source) {
      attributes.set('srcset', source.srcSet)
      attributes.set('sizes', source.sizes)
      if (!attributes.has('width')) attributes.set('width', String(source.width))
    }
    if (first && options.eagerFirst) {
      attributes.delete('loading')
      attributes.set('fetchpriority', 'high')
    }
    return `<img ${[...attributes].map(([name, value]) => `${name}="${value}"`).join(' ')} />`
  })
}

/** The few entities sanitize-html writes in a URL attribute. */
function decodeEntities(value: string) {
  return value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
}
