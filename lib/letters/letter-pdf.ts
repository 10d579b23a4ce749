import { a4Document, BOLD, REGULAR } from '@/lib/pdf/document'
import type { PaperLetter } from '@/lib/letters/paper-letter'

// The supporter's letter on A4, laid out to be posted in a window envelope (DIN 5008 places the
// address field 45 mm from the top, 20 mm from the left): the sender's name and address at the
// top right, the addressee in the window, the date, the subject in bold, the text, and room
// for a signature above the sender's name. DejaVu Sans is subset to the letters used, so a
// letter is about 20 KB whatever alphabet it is in.

const MM = 72 / 25.4

/** Where the handwritten signature goes: above the sender's name near the end, else after the text. */
function splitAtSignature(body: string, name: string): [string, string] {
  const lines = body.split('\n')
  const at = name ? lines.findLastIndex((l) => l.trim() === name) : -1
  if (at >= 0 && at >= lines.length - 4) return [lines.slice(0, at).join('\n').trimEnd(), lines.slice(at).join('\n')]
  return [body.trimEnd(), name]
}

export async function letterPdf(letter: PaperLetter, date: Date): Promise<Buffer> {
  const { doc, bytes } = a4Document({
    margins: { top: 20 * MM, bottom: 20 * MM, left: 25 * MM, right: 20 * MM },
    info: { Title: letter.subject, Subject: letter.subject },
  })
  const left = doc.page.margins.left
  const width = doc.page.width - left - doc.page.margins.right

  doc.font(REGULAR).fontSize(10).fillColor('#000')
  if (letter.sender.length) doc.text(letter.sender.join('\n'), left, 20 * MM, { width, align: 'right' })

  doc.y = Math.max(doc.y + 12, 45 * MM)
  if (letter.addressee)
    doc.fontSize(11).text([letter.addressee.name, letter.addressee.postalAddress].filter(Boolean).join('\n'), left, doc.y, { width: 85 * MM })
  doc.y = Math.max(doc.y + 24, 90 * MM)

  doc
    .fontSize(11)
    .text(date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }), left, doc.y, { width, align: 'right' })
  doc.moveDown(1.5).font(BOLD).text(letter.subject, left, doc.y, { width })
  const [text, signed] = splitAtSignature(letter.body, letter.name)
  doc.moveDown(1).font(REGULAR).text(text, left, doc.y, { width, lineGap: 2 })

  // Room to sign by hand, on the same page as the name under it and the copies line.
  const copies = letter.copiesTo.length ? `Copy to: ${letter.copiesTo.join(', ')}` : ''
  const signedHeight = signed ? doc.heightOfString(signed, { width, lineGap: 2 }) : 0
  const copiesHeight = copies ? 24 + doc.fontSize(9).heightOfString(copies, { width }) : 0
  doc.fontSize(11)
  if (doc.y + 44 + signedHeight + copiesHeight > doc.page.height - doc.page.margins.bottom) {
    doc.addPage()
    doc.y = doc.page.margins.top
  }
  doc.y += 40
  doc
    .moveTo(left, doc.y)
    .lineTo(left + 60 * MM, doc.y)
    .lineWidth(0.5)
    .strokeColor('#555')
    .stroke()
  doc.y += 4
  if (signed) doc.text(signed, left, doc.y, { width, lineGap: 2 })
  if (copies)
    doc
      .fontSize(9)
      .fillColor('#444')
      .text(copies, left, doc.y + 24, { width })
  doc.end()
  return bytes
}
