import { readFileSync } from 'node:fs'
import path from 'node:path'

// A page kept in the micro-cache carries its stylesheet inside it (issue #13): a phone on a weak
// signal then paints as soon as the HTML is in, instead of waiting a round trip for the CSS
// while the framework's scripts arrive and run first. Done once per stored copy, not per request.
//
// Next's own `<link>` stays, marked `disabled` (a disabled stylesheet is not fetched): React
// finds it when the page hydrates and so does not add the stylesheet again. Next's
// `experimental.inlineCss` was tried instead and put the CSS into every page twice (a `<style>`
// and React's payload), which halved the micro-cache's throughput.

/** Next's stylesheet links, as React writes them into a page's head. */
const STYLESHEET_LINK = /<link rel="stylesheet" href="(\/_next\/static\/[\w/.-]+\.css)" data-precedence="([\w-]+)"\/>/g
/** More CSS than this stays a file of its own: past it, a page's weight costs more than the round trip. */
const MAX_INLINE_CHARS = 64 * 1024

export type ReadStylesheet = (href: string) => string | null

/** Reads the build's stylesheets from its folder, once each (their names change with their content). */
export function stylesheetsOf(distDir: string): ReadStylesheet {
  const texts = new Map<string, string | null>()
  const root = path.resolve(distDir, 'static')
  return (href) => {
    if (!texts.has(href)) {
      const file = path.resolve(root, href.slice('/_next/static/'.length))
      let text: string | null = null
      if (file.startsWith(root + path.sep)) {
        try {
          text = readFileSync(file, 'utf8')
        } catch {
          text = null
        }
      }
      texts.set(href, text)
    }
    return texts.get(href) ?? null
  }
}

/** The page's HTML with each of Next's stylesheets inlined, while they fit the budget. */
export function inlineStylesheets(html: string, read: ReadStylesheet): string {
  let budget = MAX_INLINE_CHARS
  return html.replace(STYLESHEET_LINK, (link, href: string, precedence: string) => {
    const css = read(href)
    if (css === null || css.length > budget || /<\/style/i.test(css)) return link
    budget -= css.length
    return `<style>${css}</style><link rel="stylesheet" href="${href}" data-precedence="${precedence}" disabled=""/>`
  })
}
