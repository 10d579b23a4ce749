import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PrintButton } from '@/components/petition/print-button'
import { sanitizeRichText } from '@/lib/rich-text/sanitize-html'
import { loadPetition } from '@/lib/petitions/petition-page'
import { SHEET_CONSENT, SHEET_ROWS, sheetReturn } from '@/lib/petitions/sheet'
import { absoluteUrl } from '@/lib/site'
import { parseSlug } from '@/lib/validation/route-params'
import { paths } from '@/lib/paths'

export const revalidate = 60
export const generateStaticParams = async () => []
export const metadata: Metadata = { title: 'Petition sheet', robots: { index: false } }

// A print-ready sheet for collecting signatures on paper.
export default async function PetitionSheet({ params }: { params: Promise<{ slug: string }> }) {
  const slug = parseSlug((await params).slug)
  const data = slug ? await loadPetition(slug) : null
  if (!data) notFound()
  const { petition } = data
  const back = sheetReturn(petition)
  return (
    <main className="mx-auto max-w-[210mm] bg-white p-6 text-black print:p-0">
      <div className="mb-4 flex flex-wrap gap-3 print:hidden">
        <PrintButton />
        <a href={paths.petitionSheetPdf(petition.slug)} className="inline-flex min-h-11 items-center rounded-md border border-gray-500 px-4 font-semibold">
          Download PDF
        </a>
        <a href={paths.petition(petition.slug)} className="inline-flex min-h-11 items-center px-2 underline">
          Back to the petition
        </a>
      </div>
      <h1 className="text-2xl font-bold">{petition.title}</h1>
      <p className="mt-1 text-sm">To: {petition.target}</p>
      <p className="mt-3">{petition.summary}</p>
      <div className="rich-text mt-3 text-sm [font-size:0.9rem]" dangerouslySetInnerHTML={{ __html: sanitizeRichText(petition.bodyHtml) }} />
      <p className="mt-3 text-xs">Sign online: {absoluteUrl(paths.petition(petition.slug))}</p>
      <table className="mt-6 w-full border-collapse text-sm break-before-page">
        <caption className="sr-only">Signatures</caption>
        <thead>
          <tr>
            <th scope="col" className="w-8 border border-gray-600 p-1 text-left">
              #
            </th>
            <th scope="col" className="border border-gray-600 p-1 text-left">
              Full name
            </th>
            <th scope="col" className="border border-gray-600 p-1 text-left">
              Address / country
            </th>
            <th scope="col" className="w-1/4 border border-gray-600 p-1 text-left">
              Signature
            </th>
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: SHEET_ROWS }, (_, i) => (
            <tr key={i} className="h-10">
              <td className="border border-gray-600 p-1 align-top">{i + 1}</td>
              <td className="border border-gray-600" />
              <td className="border border-gray-600" />
              <td className="border border-gray-600" />
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-3 text-xs">{SHEET_CONSENT}</p>
      <p className="mt-2 text-sm font-semibold">{back.heading}</p>
      {back.address ? <p className="text-sm whitespace-pre-line">{back.address}</p> : null}
    </main>
  )
}
