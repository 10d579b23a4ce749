// WordPress stores classic-editor posts without paragraphs: a blank line starts a new one and a
// single line break is a <br>. WordPress adds the markup at display time with wpautop(); this is
// the same set of rules, step by step in the same order, so an imported post breaks into the
// paragraphs its readers saw: nothing inside <pre>, no <p> around block elements (lists,
// quotes, tables, headings, figures), no <br> right after a block tag, and newlines inside a
// tag's attributes left alone. Posts written in the block editor already hold their markup and
// never go through here (WordPress skips wpautop for them too).

const BLOCKS =
  '(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary)'

// An HTML comment, a CDATA section or a tag, in one piece (WordPress's wp_html_split).
const HTML_PIECE = /(<(?:!--[\s\S]*?(?:-->|$)|!\[CDATA\[[\s\S]*?(?:\]\]>|$)|[^>]*>?))/

const NEWLINE_MARK = ' <!-- wpnl --> '

/** Replaces newlines inside tags and comments only, never in the text between them. */
function markNewlinesInTags(text: string): string {
  return text
    .split(HTML_PIECE)
    .map((piece, i) => (i % 2 === 1 ? piece.replaceAll('\n', NEWLINE_MARK) : piece))
    .join('')
}

/** Takes the <pre> elements out (they are restored untouched at the end). */
function holdPre(text: string, held: Map<string, string>): string {
  if (!text.includes('<pre')) return text
  const parts = text.split('</pre>')
  const last = parts.pop()!
  let out = ''
  parts.forEach((part, i) => {
    const start = part.indexOf('<pre')
    if (start < 0) {
      out += part
      return
    }
    const name = `<pre wp-pre-tag-${i}></pre>`
    held.set(name, `${part.slice(start)}</pre>`)
    out += part.slice(0, start) + name
  })
  return out + last
}

export function wpautop(input: string, br = true): string {
  if (input.trim() === '') return ''
  const held = new Map<string, string>()
  let text = holdPre(`${input}\n`, held)

  text = text.replace(/<br\s*\/?>\s*<br\s*\/?>/g, '\n\n')
  text = text.replace(new RegExp(`(<${BLOCKS}[\\s/>])`, 'g'), '\n\n$1')
  text = text.replace(new RegExp(`(</${BLOCKS}>)`, 'g'), '$1\n\n')
  text = text.replace(/(<hr\s*?\/?>)/g, '$1\n\n')
  text = text.replace(/\r\n|\r/g, '\n')
  text = markNewlinesInTags(text)
  if (text.includes('<option')) text = text.replace(/\s*<option/g, '<option').replace(/<\/option>\s*/g, '</option>')
  if (text.includes('</object>')) {
    text = text
      .replace(/(<object[^>]*>)\s*/g, '$1')
      .replace(/\s*<\/object>/g, '</object>')
      .replace(/\s*(<\/?(?:param|embed)[^>]*>)\s*/g, '$1')
  }
  if (text.includes('<source') || text.includes('<track')) {
    text = text
      .replace(/([<[](?:audio|video)[^>\]]*[>\]])\s*/g, '$1')
      .replace(/\s*([<[]\/(?:audio|video)[>\]])/g, '$1')
      .replace(/\s*(<(?:source|track)[^>]*>)\s*/g, '$1')
  }
  if (text.includes('<figcaption')) text = text.replace(/\s*(<figcaption[^>]*>)/g, '$1').replace(/<\/figcaption>\s*/g, '</figcaption>')
  text = text.replace(/\n\n+/g, '\n\n')

  text = text
    .split(/\n\s*\n/)
    .filter((p) => p !== '')
    .map((p) => `<p>${p.replace(/^\n+|\n+$/g, '')}</p>\n`)
    .join('')

  text = text.replace(/<p>\s*<\/p>/g, '')
  text = text.replace(/<p>([^<]+)<\/(div|address|form)>/g, '<p>$1</p></$2>')
  text = text.replace(new RegExp(`<p>\\s*(</?${BLOCKS}[^>]*>)\\s*</p>`, 'g'), '$1')
  text = text.replace(/<p>(<li.+?)<\/p>/g, '$1')
  text = text.replace(/<p><blockquote([^>]*)>/gi, '<blockquote$1><p>').replaceAll('</blockquote></p>', '</p></blockquote>')
  text = text.replace(new RegExp(`<p>\\s*(</?${BLOCKS}[^>]*>)`, 'g'), '$1')
  text = text.replace(new RegExp(`(</?${BLOCKS}[^>]*>)\\s*</p>`, 'g'), '$1')

  if (br) {
    text = text.replace(/<(script|style|svg)[\s\S]*?<\/\1>/g, (m) => m.replaceAll('\n', '<WPPreserveNewline />'))
    text = text.replaceAll('<br>', '<br />').replaceAll('<br/>', '<br />')
    text = text.replace(/(?<!<br \/>)\s*\n/g, '<br />\n')
    text = text.replaceAll('<WPPreserveNewline />', '\n')
  }

  text = text.replace(new RegExp(`(</?${BLOCKS}[^>]*>)\\s*<br />`, 'g'), '$1')
  text = text.replace(/<br \/>(\s*<\/?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol)[^>]*>)/g, '$1')
  text = text.replace(/\n<\/p>$/, '</p>')

  for (const [name, pre] of held) text = text.replace(name, () => pre)
  if (text.includes('<!-- wpnl -->')) text = text.replaceAll(NEWLINE_MARK, '\n').replaceAll('<!-- wpnl -->', '\n')
  return text
}
