import { expect, it } from 'vitest'
import { cleanPastedHtml } from '@/components/admin/editor/paste-cleanup'
import { sanitizeRichText } from '@/lib/rich-text/sanitize-html'

// What an editor pastes from Word or Google Docs keeps its headings, lists and emphasis, and
// loses the office suite's wrapping (conditional comments, <o:p>, classes, inline styles).

const word = `<!--[if gte mso 9]><xml><o:OfficeDocumentSettings></o:OfficeDocumentSettings></xml><![endif]-->
<p class=MsoTitle style='margin:0cm'><span lang=EN-GB style='font-size:28.0pt'>Free the dockers<o:p></o:p></span></p>
<p class=MsoNormal><b><span lang=EN-GB>Three</span></b><span lang=EN-GB> dockers were arrested.<o:p></o:p></span></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<ul style='margin-top:0cm'><li class=MsoNormal style='mso-list:l0 level1 lfo1'><span lang=EN-GB>Write a letter<o:p></o:p></span></li></ul>`

const googleDocs = `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1234"><h2 dir="ltr" style="line-height:1.38"><span style="font-size:16pt">Our demands</span></h2><p dir="ltr"><span style="font-weight:700">Release</span><span> them now.</span></p></b>`

it('drops Word’s comments, <o:p>, classes and styles, keeping the text and its structure', () => {
  const cleaned = cleanPastedHtml(word)
  expect(cleaned).not.toMatch(/mso|o:p|class=|style=|<!--/)
  expect(sanitizeRichText(cleaned).replace(/\s+/g, ' ').trim()).toBe(
    '<p>Free the dockers</p> <p><b>Three</b> dockers were arrested.</p> <ul><li>Write a letter</li></ul>',
  )
})

it('keeps a Google Docs heading and paragraph, without its inline styles', () => {
  const cleaned = cleanPastedHtml(googleDocs)
  expect(cleaned).not.toMatch(/style=|dir=/)
  expect(cleaned).toContain('<h2>')
  expect(sanitizeRichText(cleaned)).toContain('<h2>Our demands</h2>')
})
