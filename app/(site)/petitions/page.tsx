import type { Metadata } from 'next'
import { PetitionProgress } from '@/components/petition/progress'
import { tagPage } from '@/lib/cache/tag-page'
import { tags } from '@/lib/cache/tags'
import { listPetitionNumbers, listPublicPetitions } from '@/lib/petitions/queries'
import { formatDate } from '@/lib/format'
import { paths } from '@/lib/paths'

export const revalidate = 10
export const metadata: Metadata = { title: 'Petitions', alternates: { canonical: '/petitions' } }

const statusLabel = { open: 'Open', closed: 'Closed', delivered: 'Delivered' } as const

export default async function PetitionsPage() {
  const petitions = await listPublicPetitions()
  const numbers = await listPetitionNumbers(petitions)
  await tagPage(tags.petitions, ...petitions.map((p) => tags.petition(p.id)))
  return (
    <section aria-labelledby="petitions-heading">
      <h1 id="petitions-heading" className="mb-6 border-b-4 border-accent pb-3 text-3xl font-extrabold tracking-tight">
        Petitions
      </h1>
      {petitions.length === 0 ? <p>There are no petitions yet.</p> : null}
      <ul className="space-y-6">
        {petitions.map((p) => (
          <li key={p.id} className="rounded-xl border border-line bg-white p-5">
            <p className={`text-xs font-bold tracking-widest uppercase ${p.status === 'open' ? 'text-accent-dark' : 'text-muted'}`}>
              {statusLabel[p.status]}
              {p.status === 'delivered' && p.deliveredAt ? ` ${formatDate(p.deliveredAt)}` : ''}
            </p>
            <h2 className="mt-1 font-serif text-2xl font-bold">
              <a href={paths.petition(p.slug)} className="text-ink hover:underline">
                {p.title}
              </a>
            </h2>
            <p className="mt-1 text-sm text-muted">To: {p.target}</p>
            <p className="mt-2">{p.summary}</p>
            <div className="mt-3">
              <PetitionProgress count={numbers.get(p.id)!.count} goal={numbers.get(p.id)!.goal} compact />
            </div>
            {p.status === 'open' ? (
              <p className="mt-3">
                <a
                  href={`${paths.petition(p.slug)}#sign`}
                  className="inline-flex min-h-11 items-center rounded-md bg-accent-dark px-4 font-semibold text-white hover:bg-accent"
                >
                  Sign now
                </a>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  )
}
