import { htmlToPlainText } from '@/lib/rich-text/plain-text'
import { a4Document, BOLD, REGULAR } from '@/lib/pdf/document'
import type { PublicPetition } from '@/lib/petitions/queries'
import { paths } from '@/lib/paths'
import { absoluteUrl, site } from '@/lib/site'

// The printable petition sheet as a PDF: the petition's text, then numbered blank rows for
// name, address/country and signature, in DejaVu Sans (lib/pdf/document.ts) so names in any of
// the campaign's alphabets print as written.

export const SHEET_ROWS = 20

export const SHEET_CONSENT = 'By signing, each person agrees that their name and address are passed to the addressee of this petition.'

/** Where the sheet goes back to: the petition's return address, else the campaign's, else its email. */
export function sheetReturn(petition: Pick<PublicPetition, 'returnAddress'>): { heading: string; address: string | null } {
  const address = petition.returnAddress ?? site.postalAddress
  return address
    ? { heading: 'Please send completed sheets to:', address }
    : { heading: `Please return completed sheets to ${site.name}: ${site.contactEmail}`, address: null }
}

/** The petition editor's hint: what an empty return address prints. */
export function sheetReturnFallback(): string {
  const back = sheetReturn({ returnAddress: null })
  return back.address ? `the campaign’s address (${back.address.replaceAll('\n', ', ')})` : `“${back.heading}”`
}

export async function petitionSheetPdf(petition: PublicPetition): Promise<Buffer> {
  const { doc, bytes } = a4Document({ margin: 42, info: { Title: `Petition sheet: ${petition.title}` } })

  doc.font(BOLD).fontSize(18).text(petition.title)
  doc.moveDown(0.3).font(REGULAR).fontSize(10).fillColor('#444').text(`To: ${petition.target}`)
  doc.moveDown(0.6).fillColor('#000').fontSize(10.5).text(petition.summary)
  doc.moveDown(0.5).fontSize(9.5).text(htmlToPlainText(petition.bodyHtml), { paragraphGap: 3 })
  doc
    .moveDown(0.5)
    .fontSize(8.5)
    .fillColor('#444')
    .text(`Sign online: ${absoluteUrl(paths.petition(petition.slug))}`)

  const left = doc.page.margins.left
  const width = doc.page.width - left - doc.page.margins.right
  const columns = [
    { label: '#', width: 24 },
    { label: 'Full name', width: width * 0.32 },
    { label: 'Address / country', width: width * 0.4 },
    { label: 'Signature', width: 0 },
  ]
  columns[3]!.width = width - columns.slice(0, 3).reduce((s, c) => s + c.width, 0)
  const rowHeight = 26

  const header = () => {
    let x = left
    doc.font(BOLD).fontSize(9).fillColor('#000')
    for (const c of columns) {
      doc.text(c.label, x + 3, doc.y, { width: c.width - 6, lineBreak: false })
      x += c.width
    }
    doc.moveDown(0.8)
  }

  doc.addPage()
  header()
  for (let n = 1; n <= SHEET_ROWS; n++) {
    if (doc.y + rowHeight > doc.page.height - doc.page.margins.bottom) {
      doc.addPage()
      header()
    }
    const y = doc.y
    let x = left
    for (const c of columns) {
      doc.rect(x, y, c.width, rowHeight).lineWidth(0.6).strokeColor('#666').stroke()
      x += c.width
    }
    doc
      .font(REGULAR)
      .fontSize(9)
      .fillColor('#000')
      .text(String(n), left + 4, y + 9, { width: 18, lineBreak: false })
    doc.y = y + rowHeight
    doc.x = left
  }
  doc.moveDown(1).font(REGULAR).fontSize(8).fillColor('#444').text(SHEET_CONSENT, left, doc.y, { width })
  const back = sheetReturn(petition)
  doc.moveDown(0.6).font(BOLD).fontSize(9).fillColor('#000').text(back.heading, { width })
  if (back.address) doc.font(REGULAR).text(back.address, { width })
  doc.end()
  return bytes
}
