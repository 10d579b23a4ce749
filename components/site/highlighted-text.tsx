import { HIGHLIGHT_END, HIGHLIGHT_START } from '@/lib/posts/search-markers'

// Renders search snippets as text with <mark>ed matches, never as raw HTML.
export function HighlightedText({ text }: { text: string }) {
  const parts = text.split(new RegExp(`(${HIGHLIGHT_START}[^${HIGHLIGHT_END}]*${HIGHLIGHT_END})`, 'g'))
  return <>{parts.map((part, i) => (part.startsWith(HIGHLIGHT_START) ? <mark key={i}>{part.slice(1, -1)}</mark> : part))}</>
}
