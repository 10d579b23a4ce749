import { htmlToPlainText } from '@/lib/rich-text/plain-text'

// The first lines of a text, for lists, feeds and link previews when the editor wrote no excerpt.
export function excerptFrom(bodyHtml: string, max = 220): string {
  const text = htmlToPlainText(bodyHtml.replace(/\[petition [a-z0-9-]+\]/g, ''))
    .replace(/\s+/g, ' ')
    .trim()
  if (text.length <= max) return text
  return `${text.slice(0, text.lastIndexOf(' ', max - 1) > 80 ? text.lastIndexOf(' ', max - 1) : max - 1)}…`
}
