import { getPetitionBySlug } from '@/lib/petitions/queries'
import { petitionSheetPdf } from '@/lib/petitions/sheet'
import { parseSlug } from '@/lib/validation/route-params'

export const revalidate = 60
export const generateStaticParams = async () => []

// Public: the printable sheet as a PDF download.
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = parseSlug((await params).slug)
  const petition = slug ? await getPetitionBySlug(slug) : null
  if (!petition) return new Response('There is no petition at this address.', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })
  const pdf = await petitionSheetPdf(petition)
  return new Response(new Uint8Array(pdf), {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="petition-sheet-${petition.slug}.pdf"`,
    },
  })
}
