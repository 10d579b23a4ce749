import { inflateSync } from 'node:zlib'
import { expect, it } from 'vitest'
import type { PublicPetition } from '@/lib/petitions/queries'
import { petitionSheetPdf } from '@/lib/petitions/sheet'

// The printable sheet must print names and texts in the alphabets campaigns use. The PDF
// standard fonts know only Western European letters: anything else came out as wrong glyphs.

const petition = {
  slug: 'free-the-oil-workers',
  title: 'Свободу нефтяникам Жанаозена! Қазақстан',
  summary: 'Біз әділеттілік талап етеміз: Ә Ғ Қ Ң Ө Ұ Ү Һ І',
  bodyHtml: '<p>Żółć, Dvořák, İstanbul, Ελλάδα</p>',
  target: 'Министерство труда',
} as PublicPetition

/** Every stream of the PDF, inflated: the fonts' character maps live in them. */
function pdfStreams(pdf: Buffer): string {
  const text = pdf.toString('latin1')
  const out: string[] = []
  for (const m of text.matchAll(/stream\r?\n/g)) {
    const start = m.index + m[0].length
    const end = text.indexOf('endstream', start)
    const raw = pdf.subarray(start, end)
    try {
      out.push(inflateSync(raw).toString('latin1'))
    } catch {
      out.push(raw.toString('latin1'))
    }
  }
  return out.join('\n')
}

it('embeds a font that has every Cyrillic and Kazakh letter of the petition', async () => {
  const pdf = await petitionSheetPdf(petition)
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
  expect(pdf.toString('latin1')).toMatch(/\/FontName \/[A-Z]{6}\+DejaVuSans/)
  const streams = pdfStreams(pdf)
  // The ToUnicode maps say which letter each drawn glyph is: a reader can copy and search them.
  const mapped = new Set([...streams.matchAll(/<([0-9a-f]{4})>/gi)].map((m) => String.fromCodePoint(parseInt(m[1]!, 16))))
  const written = `${petition.title}${petition.summary}${petition.bodyHtml}${petition.target}`
  const letters = [...new Set(written.replace(/[\x00-\x7f]/g, ''))].filter((c) => /\p{L}/u.test(c))
  expect(letters).toEqual(expect.arrayContaining([...'ӘҒҚҢӨҰҮҺІЖŻółćřİλ']))
  for (const letter of letters) expect(mapped, letter).toContain(letter)
})
