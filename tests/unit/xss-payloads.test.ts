import { parseDocument } from 'htmlparser2'
import { describe, expect, it } from 'vitest'
import { sanitizeRichText } from '@/lib/rich-text/sanitize-html'
import { splitPetitionShortcodes } from '@/lib/petitions/shortcodes'
import { XSS_PAYLOADS, assertSafeHtml, reparse } from '@/tests/support/xss-payloads'

// An attacker with an editor account (or a stolen one) writes each payload into a post; what
// is stored and what readers' browsers parse must hold nothing that runs, loads or clobbers.

const named = (html: string) => (html.length > 90 ? `${html.slice(0, 87)}...` : html)

describe('an editor pastes a known XSS payload', () => {
  it('the table covers the cheat sheets', () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(50)
  })

  it.each(XSS_PAYLOADS.map((payload) => [named(payload), payload]))('the oracle rejects it raw: %s', (_, payload) => {
    expect(() => assertSafeHtml(payload)).toThrow(/unsafe rich text/)
  })

  it.each(XSS_PAYLOADS.map((payload) => [named(payload), payload]))('nothing dangerous is stored: %s', (_, payload) => {
    const clean = sanitizeRichText(payload)
    assertSafeHtml(clean)
    // Mutation XSS shows up as output that changes when read again.
    expect(sanitizeRichText(clean)).toBe(clean)
    expect(reparse(clean)).toBe(clean)
  })
})

const idsAndTargets = (html: string) => {
  const ids: string[] = []
  const targets: string[] = []
  const walk = (nodes: ReturnType<typeof parseDocument>['children']) => {
    for (const node of nodes) {
      if (!('attribs' in node)) continue
      if (node.attribs.id) ids.push(node.attribs.id)
      if (node.attribs.href?.startsWith('#')) targets.push(node.attribs.href.slice(1))
      walk(node.children)
    }
  }
  walk(parseDocument(html).children)
  return { ids, targets }
}

const GOOD: [string, string, string][] = [
  ['headings', '<h2>Demands</h2><h3>First</h3><h4>Detail</h4>', '<h2>Demands</h2><h3>First</h3><h4>Detail</h4>'],
  ['inline marks', '<p><strong>b</strong> <em>i</em> <u>u</u> <s>s</s><br>next</p>', '<p><strong>b</strong> <em>i</em> <u>u</u> <s>s</s><br />next</p>'],
  ['lists', '<ul><li>a</li></ul><ol><li><p>b</p></li></ol>', '<ul><li>a</li></ul><ol><li><p>b</p></li></ol>'],
  ['a quote and a rule', '<blockquote><p>Quote</p></blockquote><hr>', '<blockquote><p>Quote</p></blockquote><hr />'],
  [
    'a figure with caption and credit',
    '<figure><img src="/media/a.jpg" alt="March" width="1200" height="800"><figcaption>The march <small>Photo: A. Person</small> <span class="credit">© Placard</span></figcaption></figure>',
    '<figure><img src="/media/a.jpg" alt="March" width="1200" height="800" loading="lazy" decoding="async" /><figcaption>The march <small>Photo: A. Person</small> <span class="credit">© Placard</span></figcaption></figure>',
  ],
  [
    'links out, by mail and within the site',
    '<p><a href="https://example.org/report?a=1&amp;b=2" target="_blank">report</a> <a href="mailto:press@example.org">press</a> <a href="/petitions/free-the-three">sign</a></p>',
    '<p><a href="https://example.org/report?a=1&amp;b=2" rel="noopener noreferrer nofollow">report</a> <a href="mailto:press@example.org">press</a> <a href="/petitions/free-the-three">sign</a></p>',
  ],
  ['a petition shortcode', '<p>[petition free-the-three]</p>', '<p>[petition free-the-three]</p>'],
  [
    'pasted Word',
    "<p class=MsoNormal style='margin-bottom:0cm;line-height:normal'><span lang=EN-GB style='font-size:12.0pt'>Text<o:p></o:p></span></p>",
    '<p>Text</p>',
  ],
]

describe('an editor writes an ordinary post', () => {
  it.each(GOOD)('%s survives', (_, html, expected) => {
    const clean = sanitizeRichText(html)
    expect(clean).toBe(expected)
    assertSafeHtml(clean)
    expect(sanitizeRichText(clean)).toBe(clean)
  })

  it('footnotes still jump to their note and back', () => {
    const clean = sanitizeRichText(
      '<p>A claim.<sup id="ref1"><a href="#note1">1</a></sup></p><h2 id="Notes">Notes</h2><ol><li id="note1">Source. <a href="#ref1">↩</a></li></ol><p><a href="#Notes">to the notes</a></p>',
    )
    expect(clean).toBe(
      '<p>A claim.<sup id="u-ref1"><a href="#u-note1">1</a></sup></p><h2 id="u-notes">Notes</h2><ol><li id="u-note1">Source. <a href="#u-ref1">↩</a></li></ol><p><a href="#u-notes">to the notes</a></p>',
    )
    const { ids, targets } = idsAndTargets(clean)
    expect(targets.every((target) => ids.includes(target))).toBe(true)
    expect(sanitizeRichText(clean)).toBe(clean)
  })

  it('ids an editor could not have meant as code are made into plain words', () => {
    expect(sanitizeRichText('<h3 id="Über uns &amp; <them>!">x</h3><a href="#%C3%9Cber%20uns%20%26%20%3Cthem%3E!">x</a>')).toBe(
      '<h3 id="u-uber-uns-them">x</h3><a href="#u-uber-uns-them">x</a>',
    )
    expect(sanitizeRichText(`<p id="${'a'.repeat(200)}">x</p>`)).toBe(`<p id="u-${'a'.repeat(62)}">x</p>`)
    expect(sanitizeRichText('<p id="!!!">x</p><a href="#">top</a>')).toBe('<p>x</p><a>top</a>')
  })

  it('a shortcode in a paragraph becomes a sign box; one inside an attribute stays text', () => {
    const parts = splitPetitionShortcodes(sanitizeRichText('<p>Before</p><p>[petition free-the-three]</p><img src="/a.png" alt="[petition other]">'))
    expect(parts.filter((part) => part.kind === 'petition')).toEqual([{ kind: 'petition', slug: 'free-the-three' }])
  })
})
