import { hashIp } from '@/lib/http/client-ip'
import { parseBody } from '@/lib/http/read-body'
import { letterPdf } from '@/lib/letters/letter-pdf'
import { paperLetter } from '@/lib/letters/paper-letter'
import { getLetterBySlug } from '@/lib/letters/queries'
import { withinRateLimit } from '@/lib/rate-limit'
import { firstErrorPerField } from '@/lib/validation/field-errors'
import { letterPdfSchema, PDF_REQUEST_MAX_BYTES } from '@/lib/validation/letter-pdf'
import { parseSlug } from '@/lib/validation/route-params'

// "Download as PDF to post": POST /api/letters/<slug>/pdf. The letter's form posts here without
// JavaScript (the browser saves the answer as a file and stays on the page); with JavaScript the
// writer sends the edited letter as JSON and saves the answer itself, showing any problem in
// words. The letter is made and forgotten: nothing of it is stored or logged, and no cache may
// keep the answer. Making a PDF costs CPU, so one address gets PDFS_PER_WINDOW per window.

export const PDFS_PER_WINDOW = 30
const WINDOW_SECONDS = 10 * 60

const NO_STORE = { 'cache-control': 'no-store' }

function problem(mode: 'json' | 'form', status: number, message: string): Response {
  if (mode === 'json') return Response.json({ message }, { status, headers: NO_STORE })
  return new Response(`${message}\n\nGo back to the letter to change it.\n`, { status, headers: { ...NO_STORE, 'content-type': 'text/plain; charset=utf-8' } })
}

/** Form posts send each ticked demand as its own "demand" field: keep them all. */
async function readForm(request: Request) {
  const declared = Number(request.headers.get('content-length') ?? 0)
  // Over the limit by its own say: refused unread (parseBody answers 413 for any buffer this long).
  const buffer = declared > PDF_REQUEST_MAX_BYTES ? new Uint8Array(PDF_REQUEST_MAX_BYTES + 1) : new Uint8Array(await request.arrayBuffer())
  const type = request.headers.get('content-type')
  const body = await parseBody(type, buffer, PDF_REQUEST_MAX_BYTES)
  if (body.ok && type?.toLowerCase().startsWith('application/x-www-form-urlencoded'))
    body.data.demand = new URLSearchParams(new TextDecoder().decode(buffer)).getAll('demand')
  return body
}

export async function handleLetterPdf(request: Request, rawSlug: string, clientIp: string | null): Promise<Response> {
  const slug = parseSlug(rawSlug)
  const unknown = 'There is no letter action at this address.'
  const body = await readForm(request)
  const mode = body.ok ? body.mode : 'form'
  if (!slug) return problem(mode, 404, unknown)
  if (!body.ok) return problem(mode, body.status, body.message)
  const parsed = letterPdfSchema.safeParse(body.data)
  if (!parsed.success) return problem(mode, 400, Object.values(firstErrorPerField(parsed.error))[0] ?? 'Please check the letter and try again.')

  const ipHash = hashIp(clientIp)
  if (ipHash && !(await withinRateLimit(`letter-pdf:${ipHash}`, PDFS_PER_WINDOW, WINDOW_SECONDS)))
    return problem(mode, 429, 'You have made many PDFs in a few minutes. Please wait ten minutes and try again.')
  const letter = await getLetterBySlug(slug)
  if (!letter) return problem(mode, 404, unknown)
  const paper = paperLetter(letter, parsed.data)
  if (!paper.ok) return problem(mode, 400, paper.message)

  const pdf = await letterPdf(paper.letter, new Date())
  return new Response(new Uint8Array(pdf), {
    headers: {
      ...NO_STORE,
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="letter-${letter.slug}.pdf"`,
      'x-robots-tag': 'noindex',
    },
  })
}
