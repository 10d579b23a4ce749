import { describe, expect, it } from 'vitest'
import { sanitizeRichText } from '@/lib/rich-text/sanitize-html'

describe('rich text from editors', () => {
  it('keeps the structure posts use: headings, lists, quotes, figures', () => {
    const html =
      '<h2>Demands</h2><ul><li>Free them</li></ul><blockquote><p>Quote</p></blockquote><figure><img src="/demo/a.svg" alt="A"><figcaption>Cap</figcaption></figure>'
    const clean = sanitizeRichText(html)
    expect(clean).toContain('<h2>Demands</h2><ul><li>Free them</li></ul><blockquote><p>Quote</p></blockquote>')
    expect(clean).toContain('<img src="/demo/a.svg" alt="A" loading="lazy" decoding="async" />')
    expect(clean).toContain('<figcaption>Cap</figcaption>')
  })

  it('removes scripts, event handlers, styles, iframes and javascript: links', () => {
    const clean = sanitizeRichText(
      '<p onclick="x()" style="color:red">Hi<script>alert(1)</script></p><iframe src="https://evil.example"></iframe><a href="javascript:alert(1)">x</a><svg onload="x()"></svg>',
    )
    expect(clean).toBe('<p>Hi</p><a>x</a>')
  })

  it('drops images from other hosts, so no request leaves the site', () => {
    expect(sanitizeRichText('<img src="https://tracker.example/pixel.gif" alt=""><img src="//cdn.example/x.png">')).toBe('')
  })

  it('marks outbound links nofollow and noopener', () => {
    expect(sanitizeRichText('<a href="https://example.org/x">x</a>')).toBe('<a href="https://example.org/x" rel="noopener noreferrer nofollow">x</a>')
    expect(sanitizeRichText('<a href="/posts/a">a</a>')).toBe('<a href="/posts/a">a</a>')
  })
})
