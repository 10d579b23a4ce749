import { beforeEach, expect, it } from 'vitest'
import { db } from '@/lib/db/client'
import { fillLetter, MODEL_PLACEHOLDERS } from '@/lib/letters/letter-text'
import { handleLetterPdf, PDFS_PER_WINDOW } from '@/lib/letters/pdf-request'
import { databaseDigest } from '../support/database-digest'
import { resetDatabase } from '../support/factories'
import { makeLetter } from '../support/letters'
import { readPdf } from '../support/pdf-text'
import { clearOfWindowEdge } from '../support/rate-limit-window'

// Aigül lives in London. She fills in her name in Kazakh, edits the letter and downloads it as
// a PDF to post; Mehmet has no JavaScript and downloads the model letter with a demand ticked.
// Both PDFs are read back as text: the letter must say what they wrote, on A4, and nothing of
// it may be kept.

beforeEach(resetDatabase)

const A4 = [0, 0, 595.28, 841.89]

function post(slug: string, body: string, type: string, ip: string | null = null) {
  const request = new Request(`http://localhost/api/letters/${slug}/pdf`, { method: 'POST', headers: { 'content-type': type }, body })
  return handleLetterPdf(request, slug, ip)
}

async function letterWithEmbassy() {
  const letter = await makeLetter()
  const gb = await db.letterAddressee.findFirstOrThrow({ where: { state: letter.embassiesOf!, hostCountry: 'GB' } })
  return { letter, gb }
}

it('an edited letter comes back as a one-page A4 PDF with her name, the embassy, the date and her words', async () => {
  const { letter, gb } = await letterWithEmbassy()
  const before = await databaseDigest()
  const name = 'Айгүл Қасымова'
  const body = `Your Excellency,\n\nRelease him. Мен Қазақстаннан жазамын: Ә Ү Ө Ң. İstanbul'dan selamlar.\n\nYours faithfully,\n${name}\nLondon`
  const started = performance.now()
  const response = await post(
    letter.slug,
    JSON.stringify({ name, town: 'London', organisation: 'Unite', addressee: gb.id, subject: 'Release Teodor Valk', body }),
    'application/json',
  )
  const took = performance.now() - started
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toBe('application/pdf')
  expect(response.headers.get('content-disposition')).toBe(`attachment; filename="letter-${letter.slug}.pdf"`)
  expect(response.headers.get('cache-control')).toBe('no-store')
  const pdf = Buffer.from(await response.arrayBuffer())
  const facts = readPdf(pdf)
  expect(facts.pages).toBe(1)
  expect(facts.mediaBoxes).toEqual([A4])
  // The font is embedded, subset to the letters used: a letter stays small.
  expect(facts.fontNames.every((f) => /^[A-Z]{6}\+DejaVuSans/.test(f))).toBe(true)
  expect(pdf.length).toBeLessThan(60_000)
  // Sender block, addressee block, date, subject, body, the name under the signature line.
  expect(facts.lines.slice(0, 3)).toEqual([name, 'Unite', 'London'])
  expect(facts.lines.slice(3, 5)).toEqual([gb.name, gb.postalAddress])
  const today = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
  expect(facts.lines).toContain(today)
  expect(facts.lines).toContain('Release Teodor Valk')
  expect(facts.text).toContain("Мен Қазақстаннан жазамын: Ә Ү Ө Ң. İstanbul'dan selamlar.")
  expect(facts.lines.slice(-4)).toEqual(['Yours faithfully,', name, 'London', 'Copy to: campaign@example.org'])
  expect(facts.text).not.toContain('\ufffd')
  // Nothing is stored: every table is as it was (no client address, so no rate counter either).
  expect(await databaseDigest()).toBe(before)
  console.log(`[measure] one letter PDF: ${took.toFixed(0)} ms, ${pdf.length.toLocaleString('en')} bytes`)
})

it('without JavaScript the untouched model letter is filled in from the fields, with the ticked demand', async () => {
  const { letter, gb } = await letterWithEmbassy()
  const form = new URLSearchParams({ name: 'Mehmet Yılmaz', town: 'İzmir', organisation: '', addressee: gb.id, subject: letter.subject })
  form.set('body', fillLetter(letter.body, MODEL_PLACEHOLDERS, []).replace(/\n/g, '\r\n'))
  form.append('demand', '0')
  const response = await post(letter.slug, form.toString(), 'application/x-www-form-urlencoded')
  expect(response.status).toBe(200)
  expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="letter-/)
  const facts = readPdf(Buffer.from(await response.arrayBuffer()))
  expect(facts.lines.slice(0, 2)).toEqual(['Mehmet Yılmaz', 'İzmir'])
  expect(facts.text).toContain('- Return the seized records.')
  expect(facts.text).not.toContain('[Your name]')
  expect(facts.text).not.toContain('{demands}')
  expect(facts.lines.slice(-3)).toEqual(['Mehmet Yılmaz', 'İzmir', 'Copy to: campaign@example.org'])
})

it('without an addressee chosen the letter goes to the first fixed addressee; one of another letter is refused', async () => {
  const { letter } = await letterWithEmbassy()
  const other = await letterWithEmbassy()
  const send = (addressee: string) =>
    post(letter.slug, JSON.stringify({ name: 'Sam', addressee, subject: 'S', body: 'Dear Minister,\n\nRelease him.' }), 'application/json')
  const fixed = readPdf(Buffer.from(await (await send('')).arrayBuffer()))
  expect(fixed.lines).toContain('Ministry of Justice of Kardania')
  const refused = await send(other.gb.id)
  expect(refused.status).toBe(400)
  expect(((await refused.json()) as { message: string }).message).toMatch(/not one this letter goes to/)
})

it(`one address gets ${PDFS_PER_WINDOW} PDFs in ten minutes, then a clear refusal`, async () => {
  await clearOfWindowEdge(10 * 60)
  const body = JSON.stringify({ subject: 'S', body: 'Dear Minister' })
  for (let i = 0; i < PDFS_PER_WINDOW; i++) expect((await post('no-such-letter', body, 'application/json', '192.0.2.77')).status).toBe(404)
  const refused = await post('no-such-letter', body, 'application/json', '192.0.2.77')
  expect(refused.status).toBe(429)
  expect(((await refused.json()) as { message: string }).message).toMatch(/wait ten minutes/)
  // Another address is not held up.
  expect((await post('no-such-letter', body, 'application/json', '192.0.2.78')).status).toBe(404)
})
