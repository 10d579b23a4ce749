import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PetitionProgress } from '@/components/petition/progress'
import { loadPetition } from '@/lib/petitions/petition-page'
import { absoluteUrl } from '@/lib/site'
import { parseSlug } from '@/lib/validation/route-params'
import { paths } from '@/lib/paths'

export const revalidate = 10
export const generateStaticParams = async () => []
export const metadata: Metadata = { robots: { index: false } }

// A small counter other sites can put in an iframe; no script at all.
export default async function PetitionWidget({ params }: { params: Promise<{ slug: string }> }) {
  const slug = parseSlug((await params).slug)
  const data = slug ? await loadPetition(slug) : null
  if (!data) notFound()
  const { petition, numbers } = data
  return (
    <main className="p-3 font-sans">
      <p className="text-xs font-bold tracking-widest text-accent-dark uppercase">Petition</p>
      <p className="mt-1 leading-snug font-bold">{petition.title}</p>
      <div className="mt-2">
        <PetitionProgress count={numbers.count} goal={numbers.goal} compact />
      </div>
      {petition.status === 'open' ? (
        <a
          href={absoluteUrl(`${paths.petition(petition.slug)}#sign`)}
          target="_blank"
          rel="noopener"
          className="mt-3 inline-flex min-h-10 items-center rounded-md bg-accent-dark px-4 font-semibold text-white"
        >
          Sign the petition
        </a>
      ) : (
        <p className="mt-2 text-sm">This petition is {petition.status}.</p>
      )}
    </main>
  )
}
