import { describe, expect, it } from 'vitest'
import { wpautop } from '@/lib/wordpress/wpautop'

// The paragraphs a WordPress reader saw in a classic-editor post, made from its stored text by
// the same rules as WordPress's wpautop(). Expected outputs are what WordPress produces.

describe('wpautop', () => {
  it('makes paragraphs from blank lines and <br /> from single line breaks', () => {
    const text = 'First line\nsecond line\n\n\n\nNew paragraph.\r\n\r\nСвобода, Қазақстан.'
    expect(wpautop(text)).toBe('<p>First line<br />\nsecond line</p>\n<p>New paragraph.</p>\n<p>Свобода, Қазақстан.</p>\n')
  })

  it('puts no <p> around a list and no <br /> after block tags, and breaks the text around it', () => {
    const text = 'First things first:\n<ul>\n<li><a href="/x">One</a></li>\n<li>Two</li>\n</ul>\nAfter the list.\nSecond line.'
    expect(wpautop(text)).toBe(
      '<p>First things first:</p>\n<ul>\n<li><a href="/x">One</a></li>\n<li>Two</li>\n</ul>\n<p>After the list.<br />\nSecond line.</p>\n',
    )
  })

  it('leaves <pre> exactly as written, and paragraphs the text around it', () => {
    const code = 'if (a) {\n\n  b()<br>\n}'
    expect(wpautop(`Look at this code\n\n<pre>${code}</pre>\n\nCool, huh?`).trim()).toBe(`<p>Look at this code</p>\n<pre>${code}</pre>\n<p>Cool, huh?</p>`)
    expect(wpautop(`<pre>${code}</pre>`).trim()).toBe(`<pre>${code}</pre>`)
  })

  it('moves the paragraph inside a blockquote, and keeps headings and tables free of <p>', () => {
    expect(wpautop('<blockquote>Quoted\nwords</blockquote>\n\n<h2>Title</h2>\nText')).toBe(
      '<blockquote><p>Quoted<br />\nwords</p></blockquote>\n<h2>Title</h2>\n<p>Text</p>\n',
    )
    expect(wpautop('<table>\n<tr>\n<td>a</td>\n</tr>\n</table>')).toBe('<table>\n<tr>\n<td>a</td>\n</tr>\n</table>\n')
  })

  it('does not break inside a tag whose attributes span lines', () => {
    expect(wpautop('<a\nhref="/x"\ntitle="t">link</a> text')).toBe('<p><a\nhref="/x"\ntitle="t">link</a> text</p>\n')
  })

  it('turns two <br>s in a row into a paragraph break', () => {
    expect(wpautop('One<br><br />Two')).toBe('<p>One</p>\n<p>Two</p>\n')
  })

  it('keeps inline elements and images inside their paragraph', () => {
    expect(wpautop('<img src="/a.jpg" alt="" />\nCaption under it\n\n<strong>Bold</strong> start')).toBe(
      '<p><img src="/a.jpg" alt="" /><br />\nCaption under it</p>\n<p><strong>Bold</strong> start</p>\n',
    )
  })

  it('keeps <object> parts together, as WordPress does', () => {
    const text = 'Paragraph one.\n\n<object width="4">\n\t<param name="src" value="x" />\n\n\t<embed src="x" />\n</object>\n\nParagraph two.'
    expect(wpautop(text).trim()).toBe(
      '<p>Paragraph one.</p>\n<p><object width="4"><param name="src" value="x" /><embed src="x" /></object></p>\n<p>Paragraph two.</p>',
    )
  })

  it('returns nothing for whitespace', () => {
    expect(wpautop(' \n\n \t')).toBe('')
  })
})
