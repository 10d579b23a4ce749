import { describe, expect, it } from 'vitest'
import { convertBody } from '@/lib/wordpress/body'
import { convertShortcodes, linkBareUrls, parseAttributes } from '@/lib/wordpress/shortcodes'

// WordPress shortcodes and embeds in imported posts: what becomes Placard markup, what is taken
// out (and reported), and what is prose that merely has brackets in it.

function convert(text: string, signaturePetition?: string) {
  const unknown: string[] = []
  const html = convertBody(text, { signaturePetition, onUnknown: (name) => unknown.push(name) })
  return { html, unknown }
}

describe('WordPress shortcodes', () => {
  it('turns a caption into a figure with its caption, in both of WordPress’s spellings', () => {
    expect(
      convert('[caption id="attachment_1" align="alignright" width="300"]<img src="/a.jpg" alt="A" width="300" height="200" /> Митинг[/caption]').html,
    ).toBe('<figure><img src="/a.jpg" alt="A" width="300" height="200" loading="lazy" decoding="async" /><figcaption>Митинг</figcaption></figure>')
    // WordPress before 3.4 kept the caption in an attribute.
    expect(convert('[caption id="" align="alignnone" width="200" caption="Old style"]<a href="/b.jpg"><img src="/b.jpg" alt="" /></a>[/caption]').html).toBe(
      '<figure><a href="/b.jpg"><img src="/b.jpg" alt="" loading="lazy" decoding="async" /></a><figcaption>Old style</figcaption></figure>',
    )
  })

  it('keeps a caption’s markup safe: a script in the caption text does not survive', () => {
    const { html } = convert('[caption]<img src="/a.jpg" alt="" /> Hi <script>alert(1)</script><b onclick="x()">there</b>[/caption]')
    expect(html).toBe('<figure><img src="/a.jpg" alt="" loading="lazy" decoding="async" /><figcaption>Hi <b>there</b></figcaption></figure>')
  })

  it('turns [embed] and a URL alone on its line into links, and leaves URLs inside sentences alone', () => {
    expect(convert('[embed]https://video.example/watch?v=1&t=2[/embed]').html).toBe(
      '<p><a href="https://video.example/watch?v=1&amp;t=2" rel="noopener noreferrer nofollow">https://video.example/watch?v=1&amp;t=2</a></p>',
    )
    expect(linkBareUrls('Intro\nhttps://a.example/x\nSee https://b.example/y too')).toBe(
      'Intro\n<a href="https://a.example/x">https://a.example/x</a>\nSee https://b.example/y too',
    )
    expect(convert('[embed]javascript:alert(1)[/embed]').html).toBe('')
  })

  it('takes out shortcodes Placard has no equivalent for, keeping the text an enclosing one wraps, and names each', () => {
    const { html, unknown } = convert(
      'Before [gallery ids="1,2,3"] after.\n\n[su_box title="Note"]Inside [b_tn url="x"]text[/b_tn].[/su_box]\n\n[contact-form-7 id="5" /]',
    )
    expect(html).toBe('<p>Before  after.</p>\n<p>Inside text.</p>')
    expect(unknown.sort()).toEqual(['b_tn', 'contact-form-7', 'gallery', 'su_box'])
  })

  it('leaves bracketed prose as text: [sic], [1], [Update], [edited: typo]', () => {
    const text = 'He said it [sic]. See note [1].\n\n[Update] The trial is on Monday [edited: typo].'
    const { html, unknown } = convert(text)
    expect(html).toBe('<p>He said it [sic]. See note [1].</p>\n<p>[Update] The trial is on Monday [edited: typo].</p>')
    expect(unknown).toEqual([])
  })

  it('writes an escaped [[shortcode]] as the text WordPress showed', () => {
    expect(convert('Type [[gallery]] to add one.').html).toBe('<p>Type [gallery] to add one.</p>')
  })

  it('maps [signature] to the chosen petition’s sign box, as a paragraph of its own even in a sentence', () => {
    expect(convert('Sign here: [signature]', 'free-them').html).toBe('<p>Sign here: </p>\n<p>[petition free-them]</p>')
    const { html, unknown } = convert('Sign here: [signature id="3"]')
    expect(html).toBe('<p>Sign here: </p>')
    expect(unknown).toEqual(['signature'])
  })

  it('never lets WordPress text pose as a Placard petition embed', () => {
    const { html, unknown } = convert('[petition other-campaign]')
    expect(html).toBe('')
    expect(unknown).toEqual(['petition'])
  })

  it('drops block-editor comments and converts the shortcode block inside them', () => {
    const text =
      '<!-- wp:paragraph {"align":"center"} -->\n<p>Text</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:shortcode -->\n[gallery ids="1"]\n<!-- /wp:shortcode -->\n\n<!-- wp:embed {"url":"https://v.example/1"} -->\n<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">\nhttps://v.example/1\n</div></figure>\n<!-- /wp:embed -->'
    expect(convert(text).html).toBe(
      '<p>Text</p>\n<figure>\nhttps://v.example/1\n</figure>'.replace(
        'https://v.example/1',
        '<a href="https://v.example/1" rel="noopener noreferrer nofollow">https://v.example/1</a>',
      ),
    )
  })

  it('reads attributes the way WordPress does', () => {
    expect(parseAttributes(' id="1" align=\'left\' width=300 "positional" bare')).toEqual({
      id: '1',
      align: 'left',
      width: '300',
      '0': 'positional',
      '1': 'bare',
    })
  })

  it('handles a shortcode that is never closed, and one nested in another, without eating the text', () => {
    expect(convertShortcodes('[su_note]open but never closed, text continues')).toBe('open but never closed, text continues')
    expect(convert('[su_row][su_column]One[/su_column][su_column]Two[/su_column][/su_row]').html).toBe('<p>OneTwo</p>')
  })
})
