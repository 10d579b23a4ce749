import path from 'node:path'
import PDFDocument from 'pdfkit'

// What every PDF the site makes shares: the font and the way the document becomes bytes. The PDF
// standard fonts cover only Western European letters, so documents embed DejaVu Sans (from the
// dejavu-fonts-ttf package, subset to the letters used): Cyrillic, Kazakh, Greek, Turkish and
// Central European names print as written.

// Read from the installed package at run time (the bundler would turn a require.resolve into a
// module id): the server always runs from the project's folder.
const fontFolder = path.join(process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf')
export const REGULAR = path.join(fontFolder, 'DejaVuSans.ttf')
export const BOLD = path.join(fontFolder, 'DejaVuSans-Bold.ttf')

/** An A4 document and the promise of its bytes once `doc.end()` is called. */
export function a4Document(options: PDFKit.PDFDocumentOptions): { doc: PDFKit.PDFDocument; bytes: Promise<Buffer> } {
  const doc = new PDFDocument({ size: 'A4', ...options })
  const chunks: Buffer[] = []
  doc.on('data', (c: Buffer) => chunks.push(c))
  const bytes = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  return { doc, bytes }
}
