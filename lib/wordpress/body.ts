import { sanitizeEditorHtml } from '@/lib/rich-text/sanitize-html'
import { convertShortcodes, linkBareUrls, type ShortcodeOptions } from '@/lib/wordpress/shortcodes'
import { wpautop } from '@/lib/wordpress/wpautop'

// A WordPress post's content, as WordPress stores it, turned into the HTML Placard stores:
// block-editor comments dropped, shortcodes and bare URLs converted, paragraphs made the way
// WordPress made them on display, uploaded images pointed at their imported copies, and the
// result through the editor's own sanitiser, so an import can store nothing an editor couldn't.

export type BodyOptions = ShortcodeOptions & {
  /** The Placard address of an uploaded file's WordPress URL, or undefined when it wasn't imported. */
  mediaUrl?: (wordpressUrl: string) => string | undefined
}

/** Every address of a file under wp-content/uploads that the content points at (src or href). */
export function uploadUrlsIn(content: string): string[] {
  const urls = new Set<string>()
  for (const m of content.matchAll(/\b(?:src|href)\s*=\s*["']([^"']*\/wp-content\/uploads\/[^"']+)["']/gi)) urls.add(m[1]!)
  return [...urls]
}

/** Pictures the content loads from anywhere but the site's uploads: the sanitiser drops them. */
export function outsidePicturesIn(content: string): number {
  return [...content.matchAll(/<img\b[^>]*?\bsrc\s*=\s*["']([^"']*)["']/gi)].filter(
    ([, src]) => /^(https?:)?\/\//i.test(src!) && !src!.includes('/wp-content/uploads/'),
  ).length
}

/** Whether WordPress would have run wpautop over it: block-editor content carries its own markup. */
const isBlockContent = (content: string) => /<!--\s*wp:/.test(content)

function pointAtImportedMedia(html: string, mediaUrl: BodyOptions['mediaUrl']): string {
  if (!mediaUrl) return html
  return html.replace(/\b(src|href)(\s*=\s*)(["'])([^"']*\/wp-content\/uploads\/[^"']+)\3/gi, (whole, name: string, eq: string, quote: string, url: string) => {
    const local = mediaUrl(url.replace(/&amp;/g, '&'))
    return local ? `${name}${eq}${quote}${local}${quote}` : whole
  })
}

export function convertBody(content: string, options: BodyOptions = {}): string {
  const blocks = isBlockContent(content)
  let html = content
    .replace(/\r\n?/g, '\n')
    // <!-- wp:paragraph {…} --> and <!-- /wp:paragraph -->, and the classic <!--more--> marks.
    .replace(/<!--\s*\/?wp:[\s\S]*?-->/g, '')
    .replace(/<!--\s*(more|nextpage|noteaser)\b[^>]*-->/g, '')
  html = linkBareUrls(convertShortcodes(html, options))
  if (!blocks) html = wpautop(html)
  html = pointAtImportedMedia(html, options.mediaUrl)
  return tidyLines(sanitizeEditorHtml(html).replace(/<p>(\s|&nbsp;|<br \/>)*<\/p>/g, ''))
}

/** One line break between blocks (what the removed comments and shortcodes left), except inside <pre>. */
function tidyLines(html: string): string {
  return html
    .split(/(<pre[\s>][\s\S]*?<\/pre>)/)
    .map((part, i) => (i % 2 ? part : part.replace(/\n\s*\n/g, '\n')))
    .join('')
    .trim()
}
